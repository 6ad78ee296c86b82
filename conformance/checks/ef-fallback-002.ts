// EF-FALLBACK-002 — an eFaktura not approved within three days falls back to e-mail.
import type { ActiveCheck } from '../types.ts';
import { invoiceOf, newCustomer, openAccount } from '../steps/customers.ts';
import { collectStatuses } from '../steps/time.ts';

export const efFallback002: ActiveCheck = {
  id: 'EF-FALLBACK-002',
  kind: 'active',
  area: 'fallback',
  severity: 'recommended',
  title: 'An eFaktura not approved within 3 days falls back to e-mail',
  rule: 'When the consumer has not approved an eFaktura in the online bank within three days of delivery, the invoice is also sent by e-mail (vendor practice, Tripletex); an approved eFaktura is not sent again.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§7', keys: ['S36', 'S37'], evidence: 'C' }],
  async run(ctx) {
    const idle = await newCustomer(ctx, { register: 'jtta' });
    const payer = await newCustomer(ctx, { register: 'jtta' });
    await openAccount(ctx, payer);
    await ctx.driver.efakturaScan();
    const invoices = await ctx.driver.billingRun(await ctx.today());
    await collectStatuses(
      ctx,
      invoices.map((invoice) => invoice.invoiceNumber),
    );
    const idleInvoice = invoiceOf(invoices, idle);
    const payerInvoice = invoiceOf(invoices, payer);
    if (idleInvoice?.channel !== 'efaktura' || payerInvoice?.channel !== 'efaktura') {
      ctx.fail({
        message:
          'Precondition not met: two customers found in the register were not both billed by eFaktura.',
        fix: 'Bill customers found in the register by eFaktura (see EF-CONSENT-002).',
        excerpt: JSON.stringify(invoices).slice(0, 400),
      });
      return;
    }
    const inbox = await ctx.bench.inbox(payer.person.nationalId);
    const item = inbox.find((entry) => entry.invoiceNumber === payerInvoice.invoiceNumber);
    if (item && payer.account)
      await ctx.bench.approve(payer.person.nationalId, item.transactionId, payer.account);
    else ctx.note(`eFaktura ${payerInvoice.invoiceNumber} was not in the consumer's online bank to approve.`);

    for (let day = 1; day <= 5; day += 1) {
      await ctx.advance({ days: 1 });
      await ctx.driver.invoice(idleInvoice.invoiceNumber);
      await ctx.driver.invoice(payerInvoice.invoiceNumber);
    }
    const idleView = await ctx.driver.invoice(idleInvoice.invoiceNumber);
    const payerView = await ctx.driver.invoice(payerInvoice.invoiceNumber);
    ctx.expect(idleView.channel === 'email', {
      message: `eFaktura ${idleInvoice.invoiceNumber} stayed unapproved for 5 days after delivery, and its channel is still ${idleView.channel}.`,
      fix: 'When an eFaktura is not approved within 3 days of delivery, send it by e-mail too and record channel email.',
      excerpt: JSON.stringify(idleView).slice(0, 400),
    });
    ctx.expect(payerView.channel === 'efaktura', {
      message: `eFaktura ${payerInvoice.invoiceNumber} was approved on day 1, yet its channel became ${payerView.channel}.`,
      fix: 'Do not fall back for an eFaktura the consumer approved.',
      excerpt: JSON.stringify(payerView).slice(0, 400),
    });
  },
};
