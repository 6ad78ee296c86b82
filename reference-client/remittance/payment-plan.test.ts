import { describe, expect, it } from 'vitest';
import { createBankingCalendar } from '../../src/bank/banking-calendar.ts';
import { planPayments } from './payment-plan.ts';
import type { PlanOptions } from './payment-plan.ts';
import type { Payable } from './payable.ts';

const calendar = createBankingCalendar();
const options: PlanOptions = {
  runDate: '2026-01-12',
  debtorAccount: '86011117947',
  structuredReferenceLimit: 25,
  nextBankingDay: (d) => calendar.nextBankingDay(d),
};

let n = 0;
function payable(extra: Partial<Payable>): Payable {
  n += 1;
  return {
    id: `p${n}`,
    creditorName: 'Leverandør AS',
    creditorAccount: '12345678903',
    amount: 10_000,
    type: 'invoice',
    dueDate: '2026-01-14',
    version: 1,
    status: 'open',
    history: [],
    ...extra,
  };
}

describe('planPayments', () => {
  it('pays a KID invoice alone with its KID and an invoice-number invoice with a CINV reference', () => {
    const plan = planPayments(
      [payable({ kid: '000133700501645' }), payable({ invoiceNumber: 'F-1' })],
      options,
    );
    const txs = plan.payments.flatMap((p) => p.transactions);
    expect(txs).toHaveLength(2);
    expect(txs[0]).toMatchObject({ kid: '000133700501645', references: [] });
    expect(txs[1]).toMatchObject({
      kid: undefined,
      references: [{ type: 'CINV', number: 'F-1', amount: 10_000 }],
    });
  });

  it('settles a credit note against invoices of the same creditor without KID and with a positive net', () => {
    const plan = planPayments(
      [
        payable({ invoiceNumber: 'F-1', kid: '000133700501645', amount: 50_000 }),
        payable({ type: 'credit-note', invoiceNumber: 'K-1', amount: 20_000 }),
      ],
      options,
    );
    const [tx] = plan.payments.flatMap((p) => p.transactions);
    expect(tx?.amount).toBe(30_000);
    expect(tx?.kid).toBeUndefined();
    expect(tx?.references.map((r) => r.type)).toEqual(['CINV', 'CREN']);
    expect(plan.held).toEqual([]);
  });

  it('holds a credit note larger than what is open to the creditor', () => {
    const plan = planPayments(
      [
        payable({ invoiceNumber: 'F-1', amount: 10_000 }),
        payable({ id: 'big', type: 'credit-note', invoiceNumber: 'K-9', amount: 90_000 }),
      ],
      options,
    );
    expect(plan.held.map((h) => h.payableId)).toEqual(['big']);
    expect(plan.payments.flatMap((p) => p.transactions)[0]?.references).toHaveLength(1);
  });

  it('never puts more structured references in one payment than the bank allows', () => {
    const invoices = Array.from({ length: 7 }, (_, i) =>
      payable({ invoiceNumber: `F-${i}`, amount: 10_000 }),
    );
    const notes = Array.from({ length: 5 }, (_, i) =>
      payable({ type: 'credit-note', invoiceNumber: `K-${i}`, amount: 1_000 }),
    );
    const plan = planPayments([...invoices, ...notes], { ...options, structuredReferenceLimit: 3 });
    const txs = plan.payments.flatMap((p) => p.transactions);
    for (const tx of txs) {
      expect(tx.references.length).toBeLessThanOrEqual(3);
      expect(tx.amount).toBeGreaterThan(0);
    }
    const paid = new Set(txs.flatMap((tx) => tx.payableIds));
    expect(paid.size + plan.held.length).toBe(12);
  });

  it('moves execution dates to banking days and past due dates to the run date, one PmtInf per date', () => {
    const plan = planPayments(
      [
        payable({ kid: '000133700501645', dueDate: '2026-01-17' }), // Saturday → Monday 19th
        payable({ invoiceNumber: 'F-1', dueDate: '2025-12-01' }), // past → run date
        payable({ invoiceNumber: 'F-2', dueDate: '2026-04-03' }), // Good Friday → Tuesday 7 April
      ],
      options,
    );
    expect(plan.payments.map((p) => p.executionDate)).toEqual(['2026-01-12', '2026-01-19', '2026-04-07']);
  });

  it('keeps the KID next to the credit note under the credit-note-with-kid mutant', () => {
    const plan = planPayments(
      [
        payable({ invoiceNumber: 'F-1', kid: '000133700501645', amount: 50_000 }),
        payable({ type: 'credit-note', invoiceNumber: 'K-1', amount: 20_000 }),
      ],
      { ...options, mutant: 'credit-note-with-kid' },
    );
    expect(plan.payments[0]?.transactions[0]).toMatchObject({ kid: '000133700501645' });
  });
});
