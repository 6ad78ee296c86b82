// EF-CONSENT-003 — every invoice goes by exactly one channel, and none is lost.
import type { ActiveCheck } from '../types.ts';
import { invoicesOf, newCustomer } from '../steps/customers.ts';
import { describeTx, shippedInvoice } from '../steps/evidence.ts';
import { collectStatuses } from '../steps/time.ts';

const CHANNELS = new Set(['efaktura', 'email', 'print']);

export const efConsent003: ActiveCheck = {
  id: 'EF-CONSENT-003',
  kind: 'active',
  area: 'consent',
  severity: 'mandatory',
  title: 'Every invoice by exactly one channel, none lost',
  rule: "The distribution plan sends each invoice by exactly one channel: eFaktura where an agreement exists, otherwise e-mail, otherwise print. An eFaktura invoice is shipped to MPS once; an e-mail or print invoice is never shipped; each eFaktura reaches the consumer's online bank once.",
  sources: [{ notes: 'efaktura-b2c.md', section: '§7', keys: ['S32', 'S19', 'S56'], evidence: 'C' }],
  async run(ctx) {
    const efaktura = await newCustomer(ctx, { register: 'jtta' });
    const email = await newCustomer(ctx, { register: 'no-jtta' });
    const print = await newCustomer(ctx, { register: 'unknown', keys: 'name-only', withoutEmail: true });
    await ctx.driver.efakturaScan();
    const invoices = await ctx.driver.billingRun(await ctx.today());
    await collectStatuses(
      ctx,
      invoices.map((invoice) => invoice.invoiceNumber),
    );
    const traffic = await ctx.traffic();

    const expected = new Map([
      [efaktura, 'efaktura'],
      [email, 'email'],
      [print, 'print'],
    ] as const);
    for (const [customer, channel] of expected) {
      const own = invoicesOf(invoices, customer);
      if (own.length !== 1) {
        ctx.fail({
          message: `Customer ${customer.customerNumber} has one monthly subscription but the billing run answered ${own.length} invoices for them.`,
          fix: 'Bill each active subscription once per period, and list every invoice in the billing run answer.',
          excerpt: JSON.stringify(own).slice(0, 400),
        });
        continue;
      }
      const invoice = own[0];
      if (!invoice) continue;
      if (!CHANNELS.has(invoice.channel)) {
        ctx.fail({
          message: `Invoice ${invoice.invoiceNumber} has channel "${invoice.channel}"; it must be exactly one of efaktura, email, print.`,
          fix: 'Report the one channel the invoice was sent by.',
          excerpt: JSON.stringify(invoice),
        });
      } else if (invoice.channel !== channel) {
        ctx.fail({
          message: `Invoice ${invoice.invoiceNumber} of customer ${customer.customerNumber} went by ${invoice.channel}; the distribution plan gives ${channel} (${customer.register === 'jtta' ? 'JTTA, found' : customer.keys === 'name-only' ? 'no eFaktura, no e-mail address' : 'no eFaktura, e-mail address known'}).`,
          fix: 'Choose eFaktura when an agreement exists, else e-mail when the address is known, else print.',
          excerpt: JSON.stringify(invoice),
        });
      }
      const shipped = shippedInvoice(traffic, invoice.invoiceNumber);
      if (invoice.channel === 'efaktura' && shipped.length !== 1) {
        ctx.fail({
          message: `eFaktura invoice ${invoice.invoiceNumber} was shipped ${shipped.length} times; it must be shipped exactly once.`,
          fix: 'Ship each eFaktura invoice once; after a rejection send it by the fallback channel, not again by eFaktura.',
          seqs: shipped.map((s) => s.shipment.seq),
          excerpt: shipped.map((s) => describeTx(s.tx)).join('\n'),
        });
      }
      if (invoice.channel !== 'efaktura' && shipped.length > 0) {
        ctx.fail({
          message: `Invoice ${invoice.invoiceNumber} is reported as ${invoice.channel} but was also shipped as eFaktura.`,
          fix: 'Send each invoice by exactly one channel.',
          seqs: shipped.map((s) => s.shipment.seq),
          excerpt: shipped.map((s) => describeTx(s.tx)).join('\n'),
        });
      }
      const view = await ctx.driver.invoice(invoice.invoiceNumber);
      if (!CHANNELS.has(view.channel)) {
        ctx.fail({
          message: `GET /invoices/${invoice.invoiceNumber} answers channel "${view.channel}": the invoice has no delivery channel.`,
          fix: 'Every invoice keeps exactly one current channel (efaktura, email or print).',
          excerpt: JSON.stringify(view).slice(0, 400),
        });
      }
    }

    const efakturaInvoice = invoicesOf(invoices, efaktura)[0];
    if (efakturaInvoice?.channel === 'efaktura') {
      const inbox = await ctx.bench.inbox(efaktura.person.nationalId);
      const delivered = inbox.filter((item) => item.invoiceNumber === efakturaInvoice.invoiceNumber);
      ctx.expect(delivered.length === 1, {
        message: `eFaktura ${efakturaInvoice.invoiceNumber} appears ${delivered.length} times in the consumer's online bank; expected once.`,
        fix: 'Check that MPS accepted the transaction (GET /mps/v1/shipments/{id}) and that the invoice was not sent twice.',
        excerpt: JSON.stringify(inbox).slice(0, 400),
      });
    }
  },
};
