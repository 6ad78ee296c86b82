// An accepted transaction is ACSP, or ACWC when the bank changed something on the way, such as a
// rolled-forward execution date (DT06, iso20022-norway.md §2.5, §3.2 "accepted with change").
import { BANK_REASON_CODES } from './bank-reason-codes.ts';
import type { Finding } from './finding.ts';
import type { PaymentRecord, TransactionRecord } from './payment-file.ts';

const isChange = (finding: Finding): boolean => !BANK_REASON_CODES[finding.reason].rejects;

export function acceptedStatus(payment: PaymentRecord, transaction: TransactionRecord): 'ACSP' | 'ACWC' {
  return payment.reasons.some(isChange) || transaction.reasons.some(isChange) ? 'ACWC' : 'ACSP';
}
