// What the consumer sees of an eFaktura in the online bank (efaktura-b2c.md §8 [C]: Sbanken's list
// fields — issuer, KID, amount, minimum amount, due date, status, document type, credit account).
import type { EfakturaState, EfakturaTransaction } from '../../src/efaktura/index.ts';

export function inboxItemView(state: EfakturaState, tx: EfakturaTransaction) {
  const issuer = state.issuers.get(tx.issuerOrgNumber);
  return {
    transactionId: tx.transactionId,
    issuerOrgNumber: tx.issuerOrgNumber,
    issuerName: tx.issuerName ?? issuer?.name ?? tx.issuerOrgNumber,
    documentType: tx.documentType,
    paymentType: tx.paymentType,
    invoiceNumber: tx.invoiceNumber,
    ...(tx.kid !== undefined ? { kid: tx.kid } : {}),
    amount: tx.amount,
    ...(tx.minAmount !== undefined ? { minAmount: tx.minAmount } : {}),
    dueDate: tx.dueDate,
    creditAccount: tx.accountNumber,
    ...(tx.subject !== undefined ? { subject: tx.subject } : {}),
    status: tx.status,
    deliveredAt: tx.deliveredAt,
    ...(tx.approval
      ? {
          approval: {
            fromAccount: tx.approval.fromAccount,
            amount: tx.approval.amount,
            approvedAt: tx.approval.approvedAt,
            executionDate: tx.approval.executionDate,
          },
        }
      : {}),
    ...(tx.paidAt ? { paidAt: tx.paidAt } : {}),
    ...(tx.lastPaymentFailure ? { lastPaymentFailure: tx.lastPaymentFailure } : {}),
    ...(tx.deletedAt ? { deletedAt: tx.deletedAt } : {}),
    ...(tx.cancelledAt ? { cancelledAt: tx.cancelledAt } : {}),
    ...(tx.expiredAt ? { expiredAt: tx.expiredAt } : {}),
  };
}
