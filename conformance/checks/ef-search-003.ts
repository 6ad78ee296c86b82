// EF-SEARCH-003 — no "on behalf of": an eFaktura goes only to the customer's own eFaktura address.
import type { ActiveCheck } from '../types.ts';
import { newCustomer } from '../steps/customers.ts';
import { recipientMismatches } from '../steps/recipients.ts';
import { collectStatuses } from '../steps/time.ts';

export const efSearch003: ActiveCheck = {
  id: 'EF-SEARCH-003',
  kind: 'active',
  area: 'search',
  severity: 'mandatory',
  title: 'No eFaktura "on behalf of" another person',
  rule: 'An eFaktura is presented only to the legal recipient named on the invoice: it goes to the eFaktura address found for that customer, never to a household member, parent or spouse who has eFaktura ("on behalf of" ended with eFaktura 2.0).',
  sources: [{ notes: 'efaktura-b2c.md', section: '§2.1', keys: ['S1', 'S8', 'S26'], evidence: 'C' }],
  targets: ['sends-on-behalf'],
  async run(ctx) {
    const holder = await newCustomer(ctx, { register: 'jtta' });
    const member = ctx.person();
    // Same household: the same address as the eFaktura holder, but no JTTA of their own.
    member.addresses = holder.person.addresses.map((address) => ({ ...address }));
    const other = await newCustomer(ctx, { register: 'no-jtta', person: member });
    await ctx.driver.efakturaScan();
    const invoices = await ctx.driver.billingRun(await ctx.today());
    await collectStatuses(
      ctx,
      invoices.map((invoice) => invoice.invoiceNumber),
    );
    const traffic = await ctx.traffic();
    for (const problem of recipientMismatches(traffic, ctx.driver.invoices, ctx.driver.customers))
      ctx.fail(problem);
    const memberInvoice = invoices.find((invoice) => invoice.customerNumber === other.customerNumber);
    if (memberInvoice?.channel === 'efaktura') {
      ctx.fail({
        message: `Customer ${other.customerNumber} has no JTTA of their own, yet invoice ${memberInvoice.invoiceNumber} went by eFaktura (the household member ${holder.customerNumber} has eFaktura).`,
        fix: 'Bill a customer without an eFaktura agreement by e-mail or print, never through someone else’s eFaktura address.',
        excerpt: JSON.stringify(memberInvoice),
        codes: ['EB-EF-NO-JTTA'],
      });
    }
  },
};
