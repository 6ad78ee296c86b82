// Hands an accepted pain.001 transaction to the execution runs as a scheduled payment
// (ARCHITECTURE.md §5.5: "a corporate pain.001 payment to an account held in the simulated bank is
// booked the same way" as a nettbank transfer). Creditors in other banks are paid via clearing.
import type { NextId } from './bank-ids.ts';
import type { BankState } from './bank-state.ts';
import type { PaymentFileRecord } from './payment-file.ts';
import { EXTERNAL_CLEARING_ACCOUNT } from './ledger.ts';

export function scheduleFileTransaction(
  state: BankState,
  file: PaymentFileRecord,
  paymentIndex: number,
  transactionIndex: number,
  nextId: NextId,
): void {
  const payment = file.payments[paymentIndex];
  const tx = payment?.transactions[transactionIndex];
  if (!payment || !tx || payment.debtorAccount === undefined || tx.amountOre === undefined) return;
  const id = nextId('payment');
  tx.scheduledPaymentId = id;
  state.schedule({
    id,
    origin: { kind: 'file', fileId: file.fileId, paymentIndex, transactionIndex },
    instruction: {
      transferId: id,
      fromAccount: payment.debtorAccount,
      // Accepted transactions always have a valid creditor account; the ledger credits clearing
      // for any account it does not hold.
      toAccount: tx.creditorAccount ?? EXTERNAL_CLEARING_ACCOUNT,
      amountOre: tx.amountOre,
      currency: tx.currency,
      debtorName: payment.debtorName,
      creditorName: tx.creditorName,
      endToEndId: tx.endToEndId,
      instructionId: tx.instructionId,
      kids: tx.kids,
      unstructured: tx.unstructured,
    },
    executionDate: payment.executionDate,
    state: 'scheduled',
    forceInsufficientFunds: tx.forceInsufficientFunds,
  });
}
