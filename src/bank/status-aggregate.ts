// The status of a payment block or a whole file from its transactions' statuses
// (iso20022-norway.md §3.2, §3.3): all rejected → RJCT; some rejected → PART (group and payment
// level only; .03 has no PART for a transaction, §3.1); otherwise the least advanced state wins:
// PDNG (waiting for approval or funds), then ACWC (accepted with a changed date), then ACSP
// (accepted, settlement in process), and ACSC once every transaction is booked.
import type { GroupStatus } from '../iso20022/pain002-model.ts';
import type { TransactionState } from './payment-file.ts';

export function aggregateStatus(states: Iterable<TransactionState>): GroupStatus {
  let total = 0;
  const counts: Record<TransactionState, number> = { RJCT: 0, ACSP: 0, ACWC: 0, PDNG: 0, ACSC: 0 };
  for (const state of states) {
    counts[state] += 1;
    total += 1;
  }
  if (total === 0 || counts.RJCT === total) return 'RJCT';
  if (counts.RJCT > 0) return 'PART';
  if (counts.ACSC === total) return 'ACSC';
  if (counts.PDNG > 0) return 'PDNG';
  if (counts.ACWC > 0) return 'ACWC';
  return 'ACSP';
}
