// EF-RECON-003 — a payment with a KID the issuer never issued is reported unmatched.
import { makeKid, validateKid } from '../../src/norway/kid.ts';
import type { ActiveCheck } from '../types.ts';
import { bankDayPasses, billOne, isPaid, pay } from '../steps/reconciliation.ts';

export const efRecon003: ActiveCheck = {
  id: 'EF-RECON-003',
  kind: 'active',
  area: 'reconciliation',
  severity: 'mandatory',
  title: 'An unknown KID is reported unmatched, no invoice is touched',
  rule: 'A credit with a KID that matches no open invoice is reported as unmatched for manual follow-up; it never marks another invoice paid.',
  sources: [{ notes: 'iso20022-norway.md', section: '§4.2', keys: ['S45'], evidence: 'C' }],
  async run(ctx) {
    const billed = await billOne(ctx);
    if (!billed) return;
    const { invoice } = billed;
    const checked = validateKid(invoice.kid);
    const algorithm = checked.valid ? checked.algorithm : 'MOD10';
    // A KID of the same shape that no invoice carries: a different body, valid check character.
    let unknown = invoice.kid;
    while (unknown === invoice.kid) {
      const made = makeKid(ctx.rng.digits(Math.max(1, invoice.kid.length - 1)), algorithm);
      if (made.valid) unknown = made.value;
    }
    await pay(ctx, billed, invoice.amount, unknown);
    await bankDayPasses(ctx);
    const result = await ctx.driver.reconcile();
    const view = await ctx.driver.invoice(invoice.invoiceNumber);
    ctx.note(
      `Paid ${invoice.amount} øre with unknown KID ${unknown}; reconcile answered matched ${result.matched}, unmatched ${result.unmatched}.`,
    );
    ctx.expect(result.unmatched >= 1, {
      message: `A payment of ${invoice.amount} øre with KID ${unknown}, which no invoice carries, was not reported as unmatched (reconcile answered ${JSON.stringify(result)}).`,
      fix: 'Report every credit whose KID matches no open invoice as unmatched.',
      excerpt: JSON.stringify(result),
    });
    ctx.expect(result.matched === 0 && !isPaid(view), {
      message: `The payment with unknown KID ${unknown} was matched to something: invoice ${invoice.invoiceNumber} is "${view.status}", matched ${result.matched}.`,
      fix: 'Match on the exact KID only; never settle an invoice by amount or by a KID that differs.',
      excerpt: JSON.stringify(view).slice(0, 400),
    });
  },
};
