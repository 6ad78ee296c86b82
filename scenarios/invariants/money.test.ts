import { describe, expect, it } from 'vitest';
import { makeModel } from '../test-fixtures.ts';
import {
  judgeConservation,
  judgeCreditorReceipts,
  judgePaidOnceInCamt,
  judgeReconciliation,
} from './money.ts';
import { judgeReminders } from './cancellation.ts';

describe('judgeConservation', () => {
  it("accepts money moving between the run's accounts and flags money created or lost", () => {
    const opening = new Map([
      ['a', 100],
      ['b', 0],
    ]);
    expect(
      judgeConservation(
        opening,
        new Map([
          ['a', 40],
          ['b', 60],
        ]),
      ),
    ).toEqual([]);
    expect(
      judgeConservation(
        opening,
        new Map([
          ['a', 40],
          ['b', 70],
        ]),
      )[0]?.detail,
    ).toMatch(/created 0\.10 kr/);
  });
});

describe('judgeCreditorReceipts', () => {
  it('flags a creditor paid more than the bank reported executed', () => {
    const model = makeModel();
    const k0 = model.creditors[0]?.bban ?? '';
    const opening = new Map(model.creditors.map((c) => [c.bban, 0]));
    const current = new Map(opening).set(k0, 20_002);
    expect(judgeCreditorReceipts(model, opening, current, new Map([[k0, 20_002]]))).toEqual([]);
    expect(judgeCreditorReceipts(model, opening, current, new Map([[k0, 10_001]]))[0]?.detail).toMatch(
      /received 200\.02 kr, but .* 100\.01 kr/,
    );
  });
});

describe('judgePaidOnceInCamt and judgeReconciliation', () => {
  const model = makeModel();
  const paid = {
    transactionId: 't1',
    person: 0,
    issuerOrgNumber: model.issuer.orgNumber,
    kid: '1000005-',
    amount: 10_000,
    dueDate: '2026-01-26',
    status: 'PAID',
    seenAtStep: 2,
  };
  const credit = { notificationId: 'n1', account: model.issuer.account, kid: '1000005-', amountOre: 10_000 };

  it('requires a paid eFaktura to appear exactly once in camt.054', () => {
    expect(judgePaidOnceInCamt(model, [paid], [credit])).toEqual([]);
    expect(judgePaidOnceInCamt(model, [paid], [])[0]?.detail).toMatch(/appear 0 time/);
    expect(
      judgePaidOnceInCamt(model, [paid], [credit, { ...credit, notificationId: 'n2' }])[0]?.detail,
    ).toMatch(/appear 2 time/);
  });

  it('flags a reconciliation that counts more payments than were notified', () => {
    expect(judgeReconciliation({ totalMatched: 1, credits: [credit], unpaidAfterReconcile: [] })).toEqual([]);
    expect(
      judgeReconciliation({ totalMatched: 2, credits: [credit], unpaidAfterReconcile: [] })[0]?.detail,
    ).toMatch(/counted twice/);
    expect(
      judgeReconciliation({
        totalMatched: 0,
        credits: [credit],
        unpaidAfterReconcile: [{ invoiceNumber: 'F1', kid: '1000005-', status: 'sent' }],
      })[0]?.detail,
    ).toMatch(/after reconcile the driver says "sent"/);
  });
});

describe('judgeReminders', () => {
  it('requires a reminder for each unpaid eFaktura invoice when a scan ends the agreement', () => {
    const model = makeModel();
    model.invoices.set('F1', {
      invoiceNumber: 'F1',
      customerNumber: '1001',
      channel: 'efaktura',
      kid: '1000005-',
      amount: 10_000,
      dueDate: '2026-01-26',
      billedAtStep: 1,
    });
    const before = new Map([
      ['F1', { invoiceNumber: 'F1', channel: 'efaktura', status: 'sent', remindersSent: 0 }],
    ]);
    const reminded = new Map([
      ['F1', { invoiceNumber: 'F1', channel: 'efaktura', status: 'sent', remindersSent: 1 }],
    ]);
    const cancelled = [{ person: 0, customerNumber: '1001' }];
    expect(judgeReminders(model, cancelled, before, reminded)).toEqual([]);
    expect(judgeReminders(model, cancelled, before, before)[0]?.detail).toMatch(/got no reminder/);
    const paid = new Map([
      ['F1', { invoiceNumber: 'F1', channel: 'efaktura', status: 'paid', remindersSent: 0 }],
    ]);
    expect(judgeReminders(model, cancelled, paid, paid)).toEqual([]);
  });
});
