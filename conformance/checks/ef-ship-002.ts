// EF-SHIP-002 — every shipment and transaction field is what MPS requires.
import type { ActiveCheck } from '../types.ts';
import { newCustomer } from '../steps/customers.ts';
import { shipmentProblems } from '../steps/shipment-rules.ts';
import { collectStatuses } from '../steps/time.ts';

export const efShip002: ActiveCheck = {
  id: 'EF-SHIP-002',
  kind: 'active',
  area: 'shipments',
  severity: 'mandatory',
  title: 'Shipment fields: UUIDs, one recipient, KID, amounts, due date, account',
  rule: "A shipment and each transaction carry new lower-case UUIDs; each transaction names exactly one recipient, a valid payment and document type, the invoice number, a KID valid for the issuer's agreement, whole øre amounts (minAmount ≤ amount), a due date 3 days to 1 year ahead, the issuer's name (≤ 40) and the issuer's own account; MPS accepts every transaction.",
  sources: [
    { notes: 'efaktura-b2c.md', section: '§4.2', keys: ['S14', 'S15'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§4.3', keys: ['S20', 'S32'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§10.4', keys: [], evidence: 'I' },
  ],
  async run(ctx) {
    for (let i = 0; i < 3; i += 1) await newCustomer(ctx, { register: 'jtta' });
    await ctx.driver.efakturaScan();
    const today = await ctx.today();
    const invoices = await ctx.driver.billingRun(today);
    await collectStatuses(
      ctx,
      invoices.map((invoice) => invoice.invoiceNumber),
    );
    const traffic = await ctx.traffic();
    const issuer = await ctx.sutIssuer();
    if (traffic.shipments.length === 0) {
      ctx.fail({
        message: 'Three customers found in the register were billed, but the SUT sent no shipment to MPS.',
        fix: 'Ship eFaktura invoices with POST /mps/v1/shipments.',
      });
    }
    for (const shipment of traffic.shipments) {
      for (const problem of shipmentProblems(shipment, issuer, today))
        ctx.fail({ ...problem, seqs: [shipment.seq] });
      if (!shipment.accepted) {
        ctx.fail({
          message: `MPS refused shipment ${shipment.shipmentId ?? '?'} with ${shipment.entry.status} ${shipment.entry.code ?? ''}.`,
          fix: 'Fix the fields MPS names in the problem detail and send a new shipment.',
          seqs: [shipment.seq],
          excerpt: shipment.entry.responseBody?.slice(0, 400),
          codes: shipment.entry.code ? [shipment.entry.code] : [],
        });
      }
    }
    const reported = new Set<string>();
    for (const poll of traffic.polls) {
      for (const tx of poll.transactions) {
        if (!/REJECT/i.test(tx.status) || reported.has(tx.transactionId)) continue;
        reported.add(tx.transactionId);
        ctx.fail({
          message: `MPS rejected transaction ${tx.transactionId}${tx.reason ? ` with ${tx.reason}` : ''}.`,
          fix: 'Send transactions MPS can validate (see the reason code).',
          seqs: [poll.seq],
          codes: tx.reason ? [tx.reason] : [],
        });
      }
    }
  },
};
