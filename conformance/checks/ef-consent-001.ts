// EF-CONSENT-001 — eFaktura 2.0 reaches only consumers who gave "Ja takk til alle".
import type { ActiveCheck } from '../types.ts';
import { newCustomer } from '../steps/customers.ts';
import { describeTx, shippedTo } from '../steps/evidence.ts';
import { collectStatuses } from '../steps/time.ts';

export const efConsent001: ActiveCheck = {
  id: 'EF-CONSENT-001',
  kind: 'active',
  area: 'consent',
  severity: 'mandatory',
  title: 'eFaktura only to persons with JTTA',
  rule: 'An issuer sends eFaktura only to consumers who hold a JTTA consent ("Ja takk til alle"): a person in the register without it, or not in the register at all, gets the invoice by another channel.',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§2.1', keys: ['S1', 'S4'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§2.4', keys: ['S20'], evidence: 'C' },
  ],
  async run(ctx) {
    const withJtta = await newCustomer(ctx, { register: 'jtta' });
    const withoutJtta = await newCustomer(ctx, { register: 'no-jtta' });
    const unknown = await newCustomer(ctx, { register: 'unknown' });
    const scan = await ctx.driver.efakturaScan();
    ctx.note(`Scan answered found ${scan.found}, blocked ${scan.blocked}, notFound ${scan.notFound}.`);
    const invoices = await ctx.driver.billingRun(await ctx.today());
    await collectStatuses(
      ctx,
      invoices.map((invoice) => invoice.invoiceNumber),
    );

    const traffic = await ctx.traffic();
    for (const [customer, why] of [
      [withoutJtta, 'is in the register without JTTA consent'],
      [unknown, 'is not in the JTTA register'],
    ] as const) {
      for (const { shipment, tx } of shippedTo(traffic, { nationalId: customer.person.nationalId })) {
        ctx.fail({
          message: `Customer ${customer.customerNumber} ${why}, yet the SUT shipped eFaktura ${tx.invoiceNumber ?? '?'} to them.`,
          fix: 'Send eFaktura only to customers the register search returned as FOUND; bill the others by e-mail or print.',
          seqs: [shipment.seq],
          excerpt: describeTx(tx),
          codes: ['EB-EF-NO-JTTA'],
        });
      }
      const invoice = invoices.find((i) => i.customerNumber === customer.customerNumber);
      if (invoice?.channel === 'efaktura') {
        ctx.fail({
          message: `The billing run chose channel efaktura for invoice ${invoice.invoiceNumber} of customer ${customer.customerNumber}, who ${why}.`,
          fix: 'Choose eFaktura only when an eFaktura agreement (a FOUND search result) exists for the customer.',
          excerpt: JSON.stringify(invoice),
          codes: ['EB-EF-NO-JTTA'],
        });
      }
    }
    ctx.note(`Customer ${withJtta.customerNumber} holds JTTA (control case).`);
  },
};
