// EF-POLL-002 — polling backs off while a shipment stays IN_PROGRESS, and stops when it is final.
import type { ActiveCheck } from '../types.ts';
import { NotApplicable } from '../check-context.ts';
import { newCustomer } from '../steps/customers.ts';
import { pollsAfterFinal, pollsById } from '../steps/polling.ts';

/** A back-off poller (1, 2, 4 … minutes) needs about 6 GETs for an hour; a fixed 1-minute one 60. */
export const MAX_POLLS_PER_HOUR = 12;
const SLOW_PROCESSING_MINUTES = 90;

export const efPoll002: ActiveCheck = {
  id: 'EF-POLL-002',
  kind: 'active',
  area: 'polling',
  severity: 'recommended',
  title: 'Polling backs off and stops at a final status',
  rule: `While a shipment stays IN_PROGRESS the delay between status polls grows (at most ${MAX_POLLS_PER_HOUR} GETs of one shipment in an hour, however often the issuer's system is called), and polling stops once the shipment is PROCESSED or STOPPED.`,
  sources: [{ notes: 'efaktura-b2c.md', section: '§7', keys: ['S39', 'S20'], evidence: 'C' }],
  targets: ['polls-without-backoff'],
  async run(ctx) {
    const settings = await ctx.bench.settings();
    const previous = settings.mps?.processingDelayMinutes;
    if (typeof previous !== 'number')
      throw new NotApplicable('the bench has no mps.processingDelayMinutes setting');
    // MPS takes 90 minutes for this check, so there is an hour of IN_PROGRESS to observe.
    await ctx.bench.patchSettings({ mps: { processingDelayMinutes: SLOW_PROCESSING_MINUTES } });
    try {
      await newCustomer(ctx, { register: 'jtta' });
      await ctx.driver.efakturaScan();
      const invoices = await ctx.driver.billingRun(await ctx.today());
      const invoiceNumber = invoices[0]?.invoiceNumber;
      if (!invoiceNumber) throw new NotApplicable('the billing run produced no invoice');
      const shippedAt = await ctx.journalTail();
      for (let minute = 1; minute <= 60; minute += 1) {
        await ctx.advance({ minutes: 1 });
        await ctx.driver.invoice(invoiceNumber);
      }
      const hourEnd = await ctx.journalTail();
      for (const minutes of [40, 30, 30]) {
        await ctx.advance({ minutes });
        await ctx.driver.invoice(invoiceNumber);
        await ctx.driver.invoice(invoiceNumber);
      }
      const traffic = await ctx.traffic();
      for (const [id, polls] of pollsById(
        traffic.polls.filter((p) => p.seq > shippedAt && p.seq <= hourEnd),
      )) {
        if (!id.startsWith('shipment:') || polls.length <= MAX_POLLS_PER_HOUR) continue;
        ctx.fail({
          message: `${id} was polled ${polls.length} times in the hour it stayed IN_PROGRESS (one driver call a minute); with back-off it needs about 6.`,
          fix: 'Double the delay after each poll that finds the shipment IN_PROGRESS (1, 2, 4 … up to 60 minutes), whatever triggers the poll.',
          seqs: polls.slice(0, 10).map((p) => p.seq),
          excerpt: polls
            .slice(0, 8)
            .map((p) => `seq ${p.seq} at ${p.entry.virtualTime} → ${p.answerStatus ?? p.entry.status}`)
            .join('\n'),
        });
      }
      for (const finding of pollsAfterFinal(traffic.polls)) ctx.fail(finding);
    } finally {
      await ctx.bench.patchSettings({ mps: { processingDelayMinutes: previous } });
    }
  },
};
