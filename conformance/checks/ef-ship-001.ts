// EF-SHIP-001 — shipments carry at most 1,000 transactions; a large billing run is split.
import type { ActiveCheck } from '../types.ts';
import { newCustomers } from '../steps/customers.ts';
import { requestExcerpt } from '../steps/evidence.ts';
import { MAX_TRANSACTIONS_PER_SHIPMENT, shipmentLimitProblem } from '../steps/shipment-rules.ts';
import { collectStatuses } from '../steps/time.ts';

export const efShip001: ActiveCheck = {
  id: 'EF-SHIP-001',
  kind: 'active',
  area: 'shipments',
  severity: 'mandatory',
  title: 'At most 1,000 transactions per shipment',
  rule: 'MPS takes at most 1,000 transactions per shipment. A billing run with more eFaktura invoices is split into several shipments, each with its own UUID, and every eFaktura invoice is shipped.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§4.2', keys: ['S15', 'S46'], evidence: 'C' }],
  targets: ['oversize-shipment'],
  async run(ctx) {
    const count = MAX_TRANSACTIONS_PER_SHIPMENT + 1;
    await newCustomers(ctx, count, { register: 'jtta', keys: 'national-id' });
    await ctx.driver.efakturaScan();
    const invoices = await ctx.driver.billingRun(await ctx.today());
    const efaktura = invoices.filter((invoice) => invoice.channel === 'efaktura');
    await collectStatuses(
      ctx,
      efaktura.slice(0, 3).map((invoice) => invoice.invoiceNumber),
    );
    const traffic = await ctx.traffic();
    for (const shipment of traffic.shipments) {
      const problem = shipmentLimitProblem(shipment);
      if (problem)
        ctx.fail({ ...problem, seqs: [shipment.seq], excerpt: requestExcerpt(shipment.entry, 300) });
    }
    if (efaktura.length === 0 && ctx.findings.length === 0) {
      ctx.fail({
        message: `Precondition not met: none of ${count} customers found in the register was billed by eFaktura, so shipment sizes cannot be judged.`,
        fix: 'Bill customers found in the register by eFaktura (see EF-CONSENT-002).',
      });
      return;
    }
    const accepted = traffic.shipments.filter((s) => s.accepted);
    if (efaktura.length < count)
      ctx.note(`${efaktura.length} of ${count} JTTA customers were billed by eFaktura.`);
    // Bodies over the journal's limit are cut: those shipments are counted, not listed.
    const listed = new Set(accepted.flatMap((s) => s.transactions.map((tx) => tx.invoiceNumber)));
    const shippedCount = accepted.reduce((sum, s) => sum + s.transactionCount, 0);
    const allListed = accepted.every((s) => !s.entry.truncated);
    const lost = allListed
      ? efaktura.filter((invoice) => !listed.has(invoice.invoiceNumber)).map((i) => i.invoiceNumber)
      : [];
    const lostCount = allListed ? lost.length : Math.max(0, efaktura.length - shippedCount);
    if (!allListed && accepted.some((s) => !s.countKnown)) {
      ctx.note(
        'A shipment body was too large for the journal and MPS never reported its size: the count is a lower bound.',
      );
    }
    if (lostCount > 0) {
      ctx.fail({
        message: `${lostCount} of ${efaktura.length} eFaktura invoices never reached MPS in an accepted shipment${lost.length ? ` (e.g. ${lost.slice(0, 3).join(', ')})` : ` (accepted shipments carry ${shippedCount})`}.`,
        fix: 'Ship every eFaktura invoice in shipments MPS accepts (202); split large runs into shipments of at most 1,000.',
        seqs: traffic.shipments.filter((s) => !s.accepted).map((s) => s.seq),
        codes: ['EB-EF-SHIPMENT-TOO-LARGE'],
      });
    }
    ctx.note(
      `${traffic.shipments.length} shipment(s): ${traffic.shipments.map((s) => `${s.transactionCount}${s.countKnown ? '' : '+'}`).join(' + ')} transactions.`,
    );
  },
};
