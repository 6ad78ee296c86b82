// The bank simulator (ARCHITECTURE.md §5.4): set-up of accounts, KID agreements and customer
// agreements; pain.001 intake with pain.002 status reports; execution on banking days with
// camt.054 notifications and camt.053 statements. A thin adapter over src/bank.
import { BANK_SIMULATOR_NAME } from './bank-store.ts';
import { DEFAULT_BANK_SETTINGS } from '../../src/bank/bank-settings.ts';
import type { Simulator } from '../kernel/types.ts';

export const bankSimulator: Simulator = {
  name: BANK_SIMULATOR_NAME,
  prefix: '/bank/v1',
  routes: [],
  defaultSettings: {
    ...DEFAULT_BANK_SETTINGS,
    executionRunTimes: [...DEFAULT_BANK_SETTINGS.executionRunTimes],
  },
};
