// How far one bad transaction reaches, per agreement (iso20022-norway.md §3.3 [I]):
// - 'transaction': only itself;
// - 'creditor': every transaction of the file to the same creditor account (Visma on DNB: "All
//   invoices to one supplier in a batch will be rejected if one invoice has an error", S39);
// - 'file': every transaction of the file (Aritma RR09: "one bad KID rejects all payments in the
//   file", S29); under 'file' a rejected payment block rejects the file too.
// A transaction rejected by the spread carries the cause's reason code, with AddtlInf naming the
// transaction that caused it.
import type { RejectGranularity } from './customer-agreement.ts';
import type { Finding } from './finding.ts';
import type { PaymentRecord, TransactionRecord } from './payment-file.ts';

function collateral(
  cause: Finding,
  causeEndToEndId: string | undefined,
  scope: string,
  record: TransactionRecord,
): Finding {
  const by = causeEndToEndId === undefined ? `payment block ${cause.path}` : `EndToEndId ${causeEndToEndId}`;
  return {
    reason: cause.reason,
    level: 'transaction',
    path: `${record.path}/PmtId/EndToEndId`,
    value: record.endToEndId,
    line: record.line,
    text: `Rejected together with ${by}: the agreement rejects per ${scope}`,
  };
}

function reject(record: TransactionRecord, finding: Finding): void {
  record.status = 'RJCT';
  record.reasons = [finding];
  record.pendingReason = undefined;
}

/**
 * Spreads rejections over the file in place. `ownRejections` are the transactions rejected by
 * their own rules; `paymentRejections` the payment blocks rejected as a whole.
 */
export function spreadRejections(
  granularity: RejectGranularity,
  payments: readonly PaymentRecord[],
  ownRejections: ReadonlyArray<{ record: TransactionRecord; finding: Finding }>,
  paymentRejections: ReadonlyArray<{ payment: PaymentRecord; finding: Finding }>,
): void {
  if (granularity === 'transaction') return;
  if (granularity === 'creditor') {
    const causes = new Map<string, { record: TransactionRecord; finding: Finding }>();
    for (const rejection of ownRejections) {
      const account = rejection.record.creditorAccount;
      if (account !== undefined && !causes.has(account)) causes.set(account, rejection);
    }
    if (causes.size === 0) return;
    for (const payment of payments) {
      for (const record of payment.transactions) {
        if (record.status === 'RJCT' || record.creditorAccount === undefined) continue;
        const cause = causes.get(record.creditorAccount);
        if (cause) reject(record, collateral(cause.finding, cause.record.endToEndId, 'creditor', record));
      }
    }
    return;
  }
  const first = ownRejections[0];
  const cause = first ? { finding: first.finding, endToEndId: first.record.endToEndId } : undefined;
  const blockCause = paymentRejections[0];
  const chosen = cause ?? (blockCause ? { finding: blockCause.finding, endToEndId: undefined } : undefined);
  if (!chosen) return;
  for (const payment of payments) {
    for (const record of payment.transactions) {
      if (record.status !== 'RJCT')
        reject(record, collateral(chosen.finding, chosen.endToEndId, 'file', record));
    }
  }
}
