// EF-CONSENT-002 — a consumer found in the register gets eFaktura from the first invoice.
import type { ActiveCheck } from '../types.ts';
import { invoiceOf, newCustomer } from '../steps/customers.ts';
import { shippedInvoice } from '../steps/evidence.ts';
import { collectStatuses } from '../steps/time.ts';

export const efConsent002: ActiveCheck = {
  id: 'EF-CONSENT-002',
  kind: 'active',
  area: 'consent',
  severity: 'mandatory',
  title: 'A JTTA consumer found by the scan is billed by eFaktura',
  rule: 'After a search finds a consumer with JTTA who has not reserved against the issuer, the issuer creates an eFaktura agreement and the next invoice goes by eFaktura (the first invoice may be eFaktura).',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§2.1', keys: ['S1'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§7', keys: ['S42', 'S32'], evidence: 'C' },
  ],
  async run(ctx) {
    const byNationalId = await newCustomer(ctx, { register: 'jtta', keys: 'national-id' });
    const byContact = await newCustomer(ctx, { register: 'jtta', keys: 'phone-and-email' });
    await ctx.driver.efakturaScan();
    const invoices = await ctx.driver.billingRun(await ctx.today());
    await collectStatuses(
      ctx,
      invoices.map((invoice) => invoice.invoiceNumber),
    );
    const traffic = await ctx.traffic();

    for (const customer of [byNationalId, byContact]) {
      const searched = traffic.searches.find((search) =>
        search.results.some((r) => r.customerNumber === customer.customerNumber),
      );
      const result = searched?.results.find((r) => r.customerNumber === customer.customerNumber);
      if (!searched) {
        ctx.fail({
          message: `The scan never searched the register for customer ${customer.customerNumber} (keys: ${customer.keys}).`,
          fix: 'Search every customer with the keys it holds in POST /mps/v1/efaktura-identifiers/search during the scan.',
          seqs: traffic.searches.map((s) => s.seq),
        });
        continue;
      }
      const invoice = invoiceOf(invoices, customer);
      if (!invoice) {
        ctx.fail({
          message: `The billing run returned no invoice for customer ${customer.customerNumber}, who has a monthly subscription starting today.`,
          fix: 'Bill every active subscription in the billing run and list the invoice in the answer.',
          excerpt: JSON.stringify(invoices).slice(0, 400),
        });
        continue;
      }
      if (result?.status === 'FOUND' && invoice.channel !== 'efaktura') {
        ctx.fail({
          message: `The register search found customer ${customer.customerNumber} (FOUND ${result.efakturaIdentifier ?? ''}), but invoice ${invoice.invoiceNumber} went by ${invoice.channel}.`,
          fix: 'Create an eFaktura agreement for a FOUND customer and bill them by eFaktura.',
          seqs: [searched.seq],
          excerpt: JSON.stringify(invoice),
        });
      }
      if (result && result.status !== 'FOUND') {
        ctx.fail({
          message: `The register answered ${result.status} for customer ${customer.customerNumber}, who holds JTTA: the SUT searched with keys that do not match the customer's data (${customer.keys}).`,
          fix: 'Send the customer data exactly as held (national id, or mobile and e-mail, with name and address).',
          seqs: [searched.seq],
        });
      }
      if (invoice.channel === 'efaktura' && shippedInvoice(traffic, invoice.invoiceNumber).length === 0) {
        ctx.fail({
          message: `Invoice ${invoice.invoiceNumber} is reported as eFaktura but was never shipped to MPS.`,
          fix: 'Ship every eFaktura invoice in POST /mps/v1/shipments.',
          seqs: traffic.shipments.map((s) => s.seq),
        });
      }
    }
  },
};
