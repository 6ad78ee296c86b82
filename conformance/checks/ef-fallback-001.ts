// EF-FALLBACK-001 — an eFaktura that MPS rejects is re-sent by the fallback channel, not lost.
import type { ActiveCheck } from '../types.ts';
import { invoiceOf, newCustomer } from '../steps/customers.ts';
import { describeTx, shippedInvoice } from '../steps/evidence.ts';
import { until } from '../steps/time.ts';

export const efFallback001: ActiveCheck = {
  id: 'EF-FALLBACK-001',
  kind: 'active',
  area: 'fallback',
  severity: 'mandatory',
  title: 'A rejected eFaktura is re-sent by e-mail or print',
  rule: 'MPS may reject an eFaktura after accepting the shipment (for example JTTA withdrawn between the search and the send). The issuer polls the status, and sends a rejected invoice by the fallback channel (e-mail, else print) instead of losing it.',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§7', keys: ['S39', 'S20'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§2.4', keys: ['S20'], evidence: 'C' },
  ],
  targets: ['no-fallback-after-rejection'],
  async run(ctx) {
    const customer = await newCustomer(ctx, { register: 'jtta' });
    await ctx.driver.efakturaScan();
    // JTTA goes away after the scan: the SUT still holds the agreement, MPS will reject the send.
    await ctx.bench.withdrawConsent(customer.person.nationalId);
    const invoices = await ctx.driver.billingRun(await ctx.today());
    const invoice = invoiceOf(invoices, customer);
    if (!invoice) {
      ctx.fail({
        message: `The billing run returned no invoice for customer ${customer.customerNumber}.`,
        fix: 'Bill every active subscription and list the invoice in the answer.',
        excerpt: JSON.stringify(invoices).slice(0, 400),
      });
      return;
    }
    if (invoice.channel !== 'efaktura') {
      ctx.note(
        `Invoice ${invoice.invoiceNumber} went by ${invoice.channel} directly (the SUT re-checked before sending): nothing was rejected.`,
      );
      return;
    }
    let last = await ctx.driver.invoice(invoice.invoiceNumber);
    const steps = [6, 10, 30, 60, 120, 240];
    const fellBack = await until(
      ctx,
      async () => {
        last = await ctx.driver.invoice(invoice.invoiceNumber);
        return last.channel === 'email' || last.channel === 'print';
      },
      { stepsMinutes: steps, realWaitMs: 20 },
    );
    const traffic = await ctx.traffic();
    const shipped = shippedInvoice(traffic, invoice.invoiceNumber);
    const rejection = traffic.polls.find((poll) =>
      poll.transactions.some(
        (tx) => shipped.some((s) => s.tx.transactionId === tx.transactionId) && /REJECT/i.test(tx.status),
      ),
    );
    if (!fellBack) {
      ctx.fail({
        message: rejection
          ? `MPS rejected eFaktura ${invoice.invoiceNumber} (the SUT read the rejection), but ${steps.reduce((a, b) => a + b, 0)} minutes later the invoice still has channel ${last.channel}: it was not re-sent by e-mail or print.`
          : `MPS rejected eFaktura ${invoice.invoiceNumber} (JTTA withdrawn), but the SUT never read a rejected status and the invoice still has channel ${last.channel}.`,
        fix: 'Poll the shipment until it leaves IN_PROGRESS; for every REJECTED transaction send the invoice by e-mail (or print) and record that channel.',
        seqs: [...shipped.map((s) => s.shipment.seq), ...(rejection ? [rejection.seq] : [])],
        excerpt:
          `${shipped.map((s) => describeTx(s.tx)).join('\n')}\nGET /invoices/${invoice.invoiceNumber} → ${JSON.stringify(last)}`.slice(
            0,
            800,
          ),
        codes: ['EB-EF-NO-JTTA'],
      });
    }
    const resent = shipped.filter((s) => s.shipment.seq > (shipped[0]?.shipment.seq ?? 0));
    for (const again of resent) {
      ctx.fail({
        message: `Rejected eFaktura ${invoice.invoiceNumber} was shipped to MPS again instead of going by the fallback channel.`,
        fix: 'After a rejection use e-mail or print; do not resend the same invoice by eFaktura.',
        seqs: [again.shipment.seq],
        excerpt: describeTx(again.tx),
        codes: ['EB-EF-NO-JTTA'],
      });
    }
  },
};
