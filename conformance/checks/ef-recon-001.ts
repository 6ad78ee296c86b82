// EF-RECON-001 — a payment with the invoice's KID marks it paid, and only once.
import type { ActiveCheck } from '../types.ts';
import { bankDayPasses, billOne, isPaid, pay } from '../steps/reconciliation.ts';

export const efRecon001: ActiveCheck = {
  id: 'EF-RECON-001',
  kind: 'active',
  area: 'reconciliation',
  severity: 'mandatory',
  title: 'A KID payment marks the invoice paid, counted once',
  rule: 'Reconciliation reads the camt.054 credit notifications of the issuer account, matches each KID (Strd/CdtrRefInf SCOR) to its open invoice and marks it paid; reading the same notifications again changes nothing.',
  sources: [
    { notes: 'iso20022-norway.md', section: '§4.2', keys: ['S20', 'S45'], evidence: 'C' },
    { notes: 'ARCHITECTURE.md', section: '§5.5', keys: [], evidence: 'I' },
  ],
  async run(ctx) {
    const billed = await billOne(ctx);
    if (!billed) return;
    const { invoice } = billed;
    await pay(ctx, billed, invoice.amount);
    await bankDayPasses(ctx);
    const first = await ctx.driver.reconcile();
    const view = await ctx.driver.invoice(invoice.invoiceNumber);
    ctx.note(
      `First reconcile: matched ${first.matched}, unmatched ${first.unmatched}; invoice status ${view.status}.`,
    );
    ctx.expect(first.matched >= 1, {
      message: `Invoice ${invoice.invoiceNumber} (KID ${invoice.kid}, ${invoice.amount} øre) was paid in full with its KID, but the reconcile answered matched ${first.matched}.`,
      fix: 'Read GET /bank/v1/notifications?account=<issuer account>&since=… and each camt.054; match RmtInf/Strd/CdtrRefInf/Ref (SCOR) to the invoice KIDs.',
      excerpt: JSON.stringify(first),
    });
    ctx.expect(isPaid(view), {
      message: `After the reconcile, invoice ${invoice.invoiceNumber} has status "${view.status}"; it was paid in full.`,
      fix: 'Mark an invoice paid when payments with its KID cover the amount (status "paid").',
      excerpt: JSON.stringify(view).slice(0, 400),
    });
    const second = await ctx.driver.reconcile();
    const again = await ctx.driver.invoice(invoice.invoiceNumber);
    ctx.expect(second.matched === 0, {
      message: `A second reconcile with no new notifications answered matched ${second.matched}: the same camt.054 was counted again.`,
      fix: 'Remember which notifications (and entries, by AcctSvcrRef) were booked; read only new ones with ?since= and never count one twice.',
      excerpt: JSON.stringify(second),
      codes: ['DUPL'],
    });
    ctx.expect(again.status === view.status, {
      message: `The second reconcile changed invoice ${invoice.invoiceNumber} from "${view.status}" to "${again.status}".`,
      fix: 'Never count the same notification twice.',
      excerpt: JSON.stringify(again).slice(0, 400),
      codes: ['DUPL'],
    });
  },
};
