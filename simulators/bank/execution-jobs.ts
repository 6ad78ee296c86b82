// The bank's execution runs on the tenant's virtual clock (ARCHITECTURE.md §3): one daily job per
// run time (setting executionRunTimes, [P] SpareBank 1 batch windows, iso20022-norway.md §2.5);
// a run on a non-banking day does nothing. Registered when the world is seeded (every reset
// cancels all jobs first), so a change of run times takes effect at the next reset.
import { executeDuePayments } from '../../src/bank/execute-due-payments.ts';
import { bankCalendar, bankSettings, bankState } from './bank-store.ts';
import type { ExecutionStep } from '../../src/bank/execute-due-payments.ts';
import type { Tenant } from '../kernel/types.ts';

export const EXECUTION_JOB_PREFIX = 'bank:execution-run';

/** Runs the bank's execution now (what each scheduled run does). */
export function runExecutionNow(tenant: Tenant): ExecutionStep {
  return executeDuePayments(bankState(tenant), {
    now: tenant.clock.now(),
    calendar: bankCalendar(tenant),
    settings: bankSettings(tenant),
    nextId: (prefix) => tenant.nextId(prefix),
  });
}

export function scheduleExecutionRuns(tenant: Tenant): void {
  for (const time of bankSettings(tenant).executionRunTimes) {
    tenant.clock.scheduleDaily(`${EXECUTION_JOB_PREFIX} ${time}`, time, () => {
      runExecutionNow(tenant);
    });
  }
}
