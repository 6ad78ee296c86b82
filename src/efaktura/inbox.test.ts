import { describe, expect, it } from 'vitest';
import {
  issuerInput,
  nationalId,
  personInput,
  shipment,
  transaction,
  uuid,
} from '../../test/efaktura/fixtures.ts';
import { cancelShipment, cancelTransaction } from './cancellation.ts';
import { giveConsent } from './consent.ts';
import {
  checkPayerAccount,
  deleteFromInbox,
  expireUnpaid,
  expiryDate,
  inboxItem,
  inboxOf,
  planApproval,
  recordApproval,
  settle,
} from './inbox.ts';
import { confirmIssuer, registerIssuer } from './issuer.ts';
import { DEFAULT_JTTA_SETTINGS, DEFAULT_MPS_SETTINGS } from './settings.ts';
import { acceptShipment } from './shipment-intake.ts';
import { processShipment } from './shipment-processing.ts';
import type { TransactionInput } from './shipment.ts';
import { createEfakturaState } from './state.ts';

const NOW = new Date('2026-01-12T08:05:00+01:00');

function delivered(overrides: Partial<TransactionInput> = {}) {
  const state = createEfakturaState(1);
  const issuer = registerIssuer(state.issuers, issuerInput(), () => 'k', NOW);
  if (issuer.ok) confirmIssuer(issuer.value, NOW);
  const { person } = state.register.put(nationalId(0), personInput(), '2020-01-01T00:00:00+01:00');
  giveConsent(person, NOW);
  acceptShipment(state, shipment(1, [transaction(1, overrides)]), NOW);
  processShipment(state, uuid(1, 1), NOW, { mps: DEFAULT_MPS_SETTINGS, jtta: DEFAULT_JTTA_SETTINGS });
  const tx = state.transactions.get(uuid(1, 2));
  if (tx?.status !== 'DELIVERED') throw new Error('setup: not delivered');
  return { state, tx };
}

const approval = {
  fromAccount: '86011117947',
  approvedAt: '2026-01-12T09:00:00+01:00',
  executionDate: '2026-01-26',
  transferId: 't-1',
};

describe('the consumer online bank inbox', () => {
  it('shows an eFaktura only to the person it was delivered to', () => {
    const { state, tx } = delivered();
    expect(inboxOf(state, nationalId(0))).toEqual([tx]);
    expect(inboxItem(state, nationalId(1), tx.transactionId)).toBeUndefined();
    expect(inboxOf(state, nationalId(1))).toEqual([]);
  });

  it('plans payment of the full amount on the due date, or of a partial amount from minAmount', () => {
    const { tx } = delivered({ minAmount: 50_00 });
    expect(planApproval(tx, undefined, NOW)).toEqual({
      ok: true,
      value: { amount: 125_00, executionDate: '2026-01-26' },
    });
    expect(planApproval(tx, 50_00, NOW).ok).toBe(true);
    const low = planApproval(tx, 49_99, NOW);
    expect(low.ok ? 'ok' : low.issues[0]?.code).toBe('EB-EF-AMOUNT-OUT-OF-RANGE');
  });

  it('pays today when the due date has passed', () => {
    const { tx } = delivered();
    const plan = planApproval(tx, undefined, new Date('2026-02-01T10:00:00+01:00'));
    expect(plan.ok && plan.value.executionDate).toBe('2026-02-01');
  });

  it('refuses to approve a credit note, or an eFaktura that is not DELIVERED', () => {
    const credit = delivered({ documentType: 'CREDIT_NOTE' }).tx;
    const refused = planApproval(credit, undefined, NOW);
    expect(refused.ok ? 'ok' : refused.issues[0]?.code).toBe('EB-EF-NOT-PAYABLE');
    const { tx } = delivered();
    recordApproval(tx, { ...approval, amount: tx.amount });
    const again = planApproval(tx, undefined, NOW);
    expect(again.ok ? 'ok' : again.issues[0]?.code).toBe('EB-EF-INVALID-STATE');
  });

  it("accepts only the person's own open account", () => {
    const own = { bban: '86011117947', owner: { nationalId: nationalId(0) }, status: 'open' as const };
    expect(checkPayerAccount(own, own.bban, nationalId(0)).ok).toBe(true);
    const foreign = checkPayerAccount(
      { ...own, owner: { nationalId: nationalId(1) } },
      own.bban,
      nationalId(0),
    );
    expect(foreign.ok ? 'ok' : foreign.issues[0]?.code).toBe('EB-EF-NOT-ACCOUNT-OWNER');
    const missing = checkPayerAccount(undefined, own.bban, nationalId(0));
    expect(missing.ok ? 'ok' : missing.issues[0]?.code).toBe('EB-EF-NOT-ACCOUNT-OWNER');
    const closed = checkPayerAccount({ ...own, status: 'closed' }, own.bban, nationalId(0));
    expect(closed.ok ? 'ok' : closed.issues[0]?.code).toBe('EB-EF-ACCOUNT-UNUSABLE');
  });

  it('moves APPROVED → PAID when the bank books, and back to DELIVERED when it refuses', () => {
    const { tx } = delivered();
    recordApproval(tx, { ...approval, amount: tx.amount });
    settle(tx, { status: 'REJECTED', reasonCode: 'AM04' }, NOW);
    expect([tx.status, tx.lastPaymentFailure?.reasonCode]).toEqual(['DELIVERED', 'AM04']);
    recordApproval(tx, { ...approval, amount: tx.amount });
    settle(tx, { status: 'BOOKED', bookingDate: '2026-01-26' }, NOW);
    expect([tx.status, tx.paidAt]).toEqual(['PAID', '2026-01-26']);
  });

  it('deletes a delivered or approved eFaktura, returning the payment to cancel', () => {
    const { tx } = delivered();
    recordApproval(tx, { ...approval, amount: tx.amount });
    expect(deleteFromInbox(tx, NOW)).toEqual({ ok: true, value: { transferToCancel: 't-1' } });
    const again = deleteFromInbox(tx, NOW);
    expect(again.ok ? 'ok' : again.issues[0]?.code).toBe('EB-EF-INVALID-STATE');
  });

  it('expires an unpaid eFaktura after the due date plus the setting, but not a paid one', () => {
    const { state, tx } = delivered();
    expect(expiryDate(tx, 30)).toBe('2026-02-26');
    const { tx: paid } = delivered();
    paid.status = 'PAID';
    expect(expireUnpaid(state, [tx.transactionId], new Date('2026-02-26T00:00:00+01:00'))).toEqual([tx]);
    expect(tx.status).toBe('EXPIRED');
    expect(paid.status).toBe('PAID');
  });
});

describe('cancellation by the issuer', () => {
  it('cancels a shipment once (201 unknown, 205 twice) and returns approved payments to drop', () => {
    const { state, tx } = delivered();
    recordApproval(tx, { ...approval, amount: tx.amount });
    const first = cancelShipment(state, uuid(1, 1), NOW);
    expect(first.ok && first.value.transfersToCancel).toEqual(['t-1']);
    expect(tx.status).toBe('CANCELLED');
    const twice = cancelShipment(state, uuid(1, 1), NOW);
    expect(twice.ok ? 'ok' : twice.issues[0]?.code).toBe('205');
    const unknown = cancelShipment(state, uuid(9, 1), NOW);
    expect(unknown.ok ? 'ok' : unknown.issues[0]?.code).toBe('201');
  });

  it('answers 202 for a shipment carrying the TRIGGER-202 invoice number', () => {
    const { state } = delivered({ invoiceNumber: 'TRIGGER-202' });
    const result = cancelShipment(state, uuid(1, 1), NOW);
    expect(result.ok ? 'ok' : result.issues[0]?.code).toBe('202');
  });

  it('cancels one transaction (201T unknown, 205T twice) but not a paid one', () => {
    const { state, tx } = delivered();
    expect(cancelTransaction(state, tx.transactionId, NOW).ok).toBe(true);
    const twice = cancelTransaction(state, tx.transactionId, NOW);
    expect(twice.ok ? 'ok' : twice.issues[0]?.code).toBe('205T');
    const unknown = cancelTransaction(state, uuid(7, 2), NOW);
    expect(unknown.ok ? 'ok' : unknown.issues[0]?.code).toBe('201T');
    const { state: other, tx: paid } = delivered();
    paid.status = 'PAID';
    const refused = cancelTransaction(other, paid.transactionId, NOW);
    expect(refused.ok ? 'ok' : refused.issues[0]?.code).toBe('EB-EF-NOT-CANCELLABLE');
  });
});
