// EF-POLL-001 — shipment status is polled, never hammered in a tight loop.
import type { ActiveCheck } from '../types.ts';
import type { CheckContext } from '../check-context.ts';
import { newCustomer } from '../steps/customers.ts';
import { bursts, loopInWindow } from '../steps/polling.ts';
import type { FindingInput } from '../types.ts';

/** Runs one driver call and returns the journal window (seqs) it covered. */
async function watched(
  ctx: CheckContext,
  call: () => Promise<unknown>,
): Promise<{ from: number; to: number }> {
  const from = await ctx.journalTail();
  await call();
  const to = await ctx.journalTail();
  return { from, to };
}

export const efPoll001: ActiveCheck = {
  id: 'EF-POLL-001',
  kind: 'active',
  area: 'polling',
  severity: 'mandatory',
  title: 'No tight polling loops on shipment status',
  rule: 'A shipment stays IN_PROGRESS until MPS has validated it. The issuer polls its status with growing delays; it never loops on GET /shipments/{id} (more than 3 GETs of one shipment within one driver call, or a burst at one virtual instant).',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§7', keys: ['S39', 'S20'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§4.2', keys: ['S15', 'S46'], evidence: 'C' },
  ],
  targets: ['polls-without-backoff'],
  async run(ctx) {
    await newCustomer(ctx, { register: 'jtta' });
    await newCustomer(ctx, { register: 'jtta' });
    await ctx.driver.efakturaScan();
    const today = await ctx.today();
    const windows: Array<{ from: number; to: number; what: string }> = [];
    let invoiceNumber = '';
    windows.push({
      ...(await watched(ctx, async () => {
        const invoices = await ctx.driver.billingRun(today);
        invoiceNumber = invoices[0]?.invoiceNumber ?? '';
      })),
      what: 'POST /billing-runs',
    });
    if (!invoiceNumber) {
      ctx.fail({
        message: 'The billing run returned no invoices for two subscribed customers.',
        fix: 'Bill every active subscription.',
      });
      return;
    }
    // Driver calls while the shipment is IN_PROGRESS: twice at the same instant, then a minute apart.
    for (let i = 0; i < 7; i += 1) {
      if (i >= 2) await ctx.advance({ minutes: 1 });
      windows.push({
        ...(await watched(ctx, () => ctx.driver.invoice(invoiceNumber))),
        what: `GET /invoices/${invoiceNumber}`,
      });
    }
    const traffic = await ctx.traffic();
    const findings: FindingInput[] = [];
    for (const window of windows)
      findings.push(...loopInWindow(traffic.polls, window.from, window.to, window.what));
    if (findings.length === 0) findings.push(...bursts(traffic.polls));
    for (const finding of findings) ctx.fail(finding);
    ctx.note(
      `${traffic.polls.length} status GETs over ${windows.length} driver calls and 5 virtual minutes.`,
    );
  },
};
