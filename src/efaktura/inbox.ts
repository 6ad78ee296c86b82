// The consumer's eFaktura list in the online bank (efaktura-b2c.md §8 [C]: Sbanken lists each
// received eFaktura with issuer, KID, amount, minimum amount, due date, status and document type;
// Vipps IPP: pending → approved | deleted, approved → deleted). Our statuses [I]: DELIVERED →
// APPROVED → PAID, or DELETED, CANCELLED (by the issuer), EXPIRED (not paid N days after the due
// date, setting nettbank.expireAfterDays). Only the person named on the invoice sees it (§2.1 [C]).
import { addDays, osloDate, osloIso } from '../norway/oslo-time.ts';
import { issue } from './issue.ts';
import type { Outcome } from './issue.ts';
import type { Approval, EfakturaTransaction } from './shipment.ts';
import type { EfakturaState } from './state.ts';

export function inboxOf(state: EfakturaState, nationalId: string): EfakturaTransaction[] {
  const ids = state.inbox.get(nationalId) ?? [];
  return ids.flatMap((id) => {
    const tx = state.transactions.get(id);
    return tx ? [tx] : [];
  });
}

/** The person's own eFaktura; another person's is simply not there (404, no hint it exists). */
export function inboxItem(
  state: EfakturaState,
  nationalId: string,
  transactionId: string,
): EfakturaTransaction | undefined {
  const tx = state.transactions.get(transactionId);
  return tx && tx.recipientNationalId === nationalId ? tx : undefined;
}

/** What the bank's ledger says about the account the consumer wants to pay from. */
export interface PayerAccount {
  bban: string;
  owner: { nationalId?: string };
  status: 'open' | 'closed' | 'blocked';
}

export function checkPayerAccount(
  account: PayerAccount | undefined,
  fromAccount: string,
  nationalId: string,
): Outcome<PayerAccount> {
  if (!account || account.owner.nationalId !== nationalId) {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-NOT-ACCOUNT-OWNER',
          'fromAccount',
          fromAccount,
          `Account ${fromAccount} is not an account of ${nationalId} in this bank; pay from one of the person's own accounts.`,
        ),
      ],
    };
  }
  if (account.status !== 'open') {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-ACCOUNT-UNUSABLE',
          'fromAccount',
          fromAccount,
          `Account ${fromAccount} is ${account.status}; pay from an open account.`,
        ),
      ],
    };
  }
  return { ok: true, value: account };
}

export interface ApprovalPlan {
  amount: number;
  executionDate: string;
}

/** Whether the eFaktura can be approved for payment, and when the payment runs (the due date, or today if later). */
export function planApproval(
  tx: EfakturaTransaction,
  requestedAmount: number | undefined,
  now: Date,
): Outcome<ApprovalPlan> {
  if (tx.status !== 'DELIVERED') {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-INVALID-STATE',
          'status',
          tx.status,
          `eFaktura ${tx.transactionId} is ${tx.status}; only a DELIVERED eFaktura can be approved.`,
        ),
      ],
    };
  }
  if (tx.documentType === 'CREDIT_NOTE' || tx.amount === 0) {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-NOT-PAYABLE',
          'documentType',
          tx.documentType,
          `eFaktura ${tx.transactionId} is a ${tx.documentType} of ${tx.amount} øre: there is nothing to pay.`,
        ),
      ],
    };
  }
  const minimum = tx.minAmount ?? tx.amount;
  const amount = requestedAmount ?? tx.amount;
  if (amount < minimum || amount > tx.amount) {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-AMOUNT-OUT-OF-RANGE',
          'amount',
          requestedAmount,
          `Pay between ${minimum} and ${tx.amount} øre (minAmount to amount) for eFaktura ${tx.transactionId}.`,
        ),
      ],
    };
  }
  const today = osloDate(now);
  return { ok: true, value: { amount, executionDate: tx.dueDate > today ? tx.dueDate : today } };
}

export function recordApproval(tx: EfakturaTransaction, approval: Approval): void {
  tx.status = 'APPROVED';
  tx.approval = approval;
  tx.lastPaymentFailure = null;
}

export type SettlementOutcome =
  { status: 'BOOKED'; bookingDate: string } | { status: 'REJECTED'; reasonCode: string };

/** The bank booked or refused the payment: PAID, or back to DELIVERED so the consumer can retry. */
export function settle(tx: EfakturaTransaction, outcome: SettlementOutcome, now: Date): void {
  if (tx.status !== 'APPROVED') return;
  if (outcome.status === 'BOOKED') {
    tx.status = 'PAID';
    tx.paidAt = outcome.bookingDate;
    return;
  }
  tx.status = 'DELIVERED';
  tx.approval = null;
  tx.lastPaymentFailure = { reasonCode: outcome.reasonCode, at: osloIso(now) };
}

/** Deletes the eFaktura from the list; an approved one loses its payment (returned for cancelling). */
export function deleteFromInbox(
  tx: EfakturaTransaction,
  now: Date,
): Outcome<{ transferToCancel: string | null }> {
  if (tx.status !== 'DELIVERED' && tx.status !== 'APPROVED') {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-INVALID-STATE',
          'status',
          tx.status,
          `eFaktura ${tx.transactionId} is ${tx.status}; only DELIVERED or APPROVED can be deleted.`,
        ),
      ],
    };
  }
  const transferToCancel = tx.status === 'APPROVED' && tx.approval ? tx.approval.transferId : null;
  tx.status = 'DELETED';
  tx.deletedAt = osloIso(now);
  tx.approval = null;
  return { ok: true, value: { transferToCancel } };
}

/** The Oslo date on which an unpaid eFaktura expires. */
export function expiryDate(tx: EfakturaTransaction, expireAfterDays: number): string {
  return addDays(tx.dueDate, expireAfterDays + 1);
}

/** Expires every listed eFaktura that is still unpaid on `now`. */
export function expireUnpaid(
  state: EfakturaState,
  transactionIds: Iterable<string>,
  now: Date,
): EfakturaTransaction[] {
  const expired: EfakturaTransaction[] = [];
  for (const id of transactionIds) {
    const tx = state.transactions.get(id);
    if (tx?.status !== 'DELIVERED') continue;
    tx.status = 'EXPIRED';
    tx.expiredAt = osloIso(now);
    expired.push(tx);
  }
  return expired;
}
