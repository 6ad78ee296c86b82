// EF-RECON-002 — a partial payment does not settle the invoice; the rest does.
import type { ActiveCheck } from '../types.ts';
import { bankDayPasses, billOne, isPaid, pay } from '../steps/reconciliation.ts';

export const efRecon002: ActiveCheck = {
  id: 'EF-RECON-002',
  kind: 'active',
  area: 'reconciliation',
  severity: 'mandatory',
  title: 'A partial payment leaves the invoice open until the rest arrives',
  rule: 'A payment with the KID that covers only part of the amount is booked against the invoice but does not mark it paid; when the rest arrives with the same KID the invoice is paid.',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§8', keys: ['S58'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§4.2', keys: ['S45'], evidence: 'C' },
  ],
  async run(ctx) {
    const billed = await billOne(ctx);
    if (!billed) return;
    const { invoice } = billed;
    const part = Math.max(100, Math.floor(invoice.amount / 200) * 100);
    await pay(ctx, billed, part);
    await bankDayPasses(ctx);
    await ctx.driver.reconcile();
    const partly = await ctx.driver.invoice(invoice.invoiceNumber);
    ctx.expect(!isPaid(partly), {
      message: `Invoice ${invoice.invoiceNumber} of ${invoice.amount} øre received ${part} øre with its KID and now has status "${partly.status}".`,
      fix: 'Compare the sum paid with the amount: a partial payment leaves the invoice open (e.g. "partially-paid").',
      excerpt: JSON.stringify(partly).slice(0, 400),
    });
    await pay(ctx, billed, invoice.amount - part);
    await bankDayPasses(ctx);
    await ctx.driver.reconcile();
    const settled = await ctx.driver.invoice(invoice.invoiceNumber);
    ctx.expect(isPaid(settled), {
      message: `Invoice ${invoice.invoiceNumber} received ${part} + ${invoice.amount - part} øre (the full amount) with its KID, but has status "${settled.status}".`,
      fix: 'Add up every payment with the KID; when they cover the amount, mark the invoice paid.',
      excerpt: JSON.stringify(settled).slice(0, 400),
    });
  },
};
