// Approval in the netbank for files sent without RGB (iso20022-norway.md §6.2: such files land in
// the "forfallsregister / godkjenningsliste" and wait, PDNG, until approved). Each approval counts
// for every waiting payment block whose debit account the user holds authority on; a block is
// released for execution once it has `requiredApprovals` distinct authorised approvers.
import { acceptedStatus } from './accepted-status.ts';
import { usersAuthorisedOn } from './customer-agreement.ts';
import { hasEnoughBankApprovals } from './rgb-approvals.ts';
import { progressReport } from './status-reports.ts';
import { storeStatusReport } from './status-report-store.ts';
import { scheduleFileTransaction } from './file-scheduling.ts';
import { osloIso } from '../norway/oslo-time.ts';
import type { NextId } from './bank-ids.ts';
import type { BankState, StoredStatusReport } from './bank-state.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { PaymentFileRecord, TransactionRecord } from './payment-file.ts';

export type NetbankApprovalResult =
  | { kind: 'not-awaiting' }
  | { kind: 'not-authorised'; accounts: string[] }
  | { kind: 'recorded'; releasedPayments: string[]; stillAwaiting: string[]; report?: StoredStatusReport };

export function approvePaymentFile(
  state: BankState,
  file: PaymentFileRecord,
  agreement: CustomerAgreement,
  userId: string,
  context: { now: Date; nextId: NextId },
): NetbankApprovalResult {
  const waiting = file.payments.filter(
    (payment) => payment.awaitingApproval && payment.debtorAccount !== undefined,
  );
  if (waiting.length === 0) return { kind: 'not-awaiting' };
  const mine = waiting.filter((payment) =>
    usersAuthorisedOn(agreement, payment.debtorAccount ?? '').has(userId),
  );
  if (mine.length === 0)
    return { kind: 'not-authorised', accounts: waiting.map((payment) => payment.debtorAccount ?? '') };

  const changed = new Set<TransactionRecord>();
  const releasedPayments: string[] = [];
  for (const payment of mine) {
    if (!payment.approvedBy.includes(userId)) payment.approvedBy.push(userId);
    if (!hasEnoughBankApprovals(agreement, payment.debtorAccount ?? '', payment.approvedBy)) continue;
    payment.awaitingApproval = false;
    releasedPayments.push(payment.paymentInformationId);
    const paymentIndex = file.payments.indexOf(payment);
    payment.transactions.forEach((tx, transactionIndex) => {
      if (tx.status !== 'PDNG') return;
      tx.status = acceptedStatus(payment, tx);
      tx.pendingReason = undefined;
      changed.add(tx);
      scheduleFileTransaction(state, file, paymentIndex, transactionIndex, context.nextId);
    });
  }
  const stillAwaiting = file.payments
    .filter((payment) => payment.awaitingApproval)
    .map((payment) => payment.paymentInformationId);
  if (changed.size === 0) return { kind: 'recorded', releasedPayments, stillAwaiting };
  const report = progressReport(file, changed, {
    messageId: context.nextId('pain002'),
    creationDateTime: osloIso(context.now),
  });
  return {
    kind: 'recorded',
    releasedPayments,
    stillAwaiting,
    report: storeStatusReport(state, file, 'approval', report),
  };
}
