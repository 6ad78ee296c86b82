// The bank simulator (ARCHITECTURE.md §5.4): set-up of accounts, KID agreements and customer
// agreements; pain.001 intake with pain.002 status reports; execution on banking days with
// camt.054 notifications and camt.053 statements. A thin adapter over src/bank.
import { DEFAULT_BANK_SETTINGS } from '../../src/bank/bank-settings.ts';
import { BANK_SIMULATOR_NAME } from './bank-store.ts';
import { describeBank, seedDemoBank } from './demo-world.ts';
import { scheduleExecutionRuns } from './execution-jobs.ts';
import { accountRoutes } from './routes/accounts.ts';
import { agreementRoutes } from './routes/agreements.ts';
import { documentRoutes } from './routes/documents.ts';
import { paymentFileRoutes } from './routes/payment-files.ts';
import type { Simulator } from '../kernel/types.ts';

export const bankSimulator: Simulator = {
  name: BANK_SIMULATOR_NAME,
  prefix: '/bank/v1',
  routes: [...accountRoutes, ...agreementRoutes, ...paymentFileRoutes, ...documentRoutes],
  defaultSettings: {
    ...DEFAULT_BANK_SETTINGS,
    executionRunTimes: [...DEFAULT_BANK_SETTINGS.executionRunTimes],
  },
  seedWorld(tenant, world) {
    scheduleExecutionRuns(tenant);
    if (world === 'demo') seedDemoBank(tenant);
  },
  describeWorld: describeBank,
};
