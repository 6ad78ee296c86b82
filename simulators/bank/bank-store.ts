// The bank's per-tenant state, settings and banking calendar (ARCHITECTURE.md §3: state lives in
// the tenant's store and is dropped on reset).
import { BankState } from '../../src/bank/bank-state.ts';
import { resolveBankSettings } from '../../src/bank/bank-settings.ts';
import { createBankingCalendar } from '../../src/bank/banking-calendar.ts';
import type { BankSettings } from '../../src/bank/bank-settings.ts';
import type { BankingCalendar } from '../../src/bank/banking-calendar.ts';
import type { Tenant } from '../kernel/types.ts';

export const BANK_SIMULATOR_NAME = 'bank';

export function bankState(tenant: Tenant): BankState {
  return tenant.store('bank', () => new BankState());
}

/** The effective settings: `PATCH /sim/v1/settings { bank: {...} }` over the defaults. */
export function bankSettings(tenant: Tenant): BankSettings {
  return resolveBankSettings(tenant.settings[BANK_SIMULATOR_NAME]);
}

export function bankCalendar(tenant: Tenant): BankingCalendar {
  return tenant.store('bank-calendar', () => createBankingCalendar());
}
