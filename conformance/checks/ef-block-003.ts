// EF-BLOCK-003 — after a block, the unpaid invoice is reminded by the fallback channel.
import type { ActiveCheck } from '../types.ts';
import { efakturaThenBlock } from '../steps/blocking.ts';
import { monthPasses } from '../steps/time.ts';

export const efBlock003: ActiveCheck = {
  id: 'EF-BLOCK-003',
  kind: 'active',
  area: 'blocking',
  severity: 'recommended',
  title: 'Reminders for unpaid invoices go by the fallback channel after a block',
  rule: 'When a scan discovers that a consumer blocked the issuer, the issuer reverts to the default channel and sends reminders for unpaid invoices there, because no eFaktura payment will come.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§2.4', keys: ['S42'], evidence: 'C' }],
  async run(ctx) {
    const blocked = await efakturaThenBlock(ctx, 'reservation');
    if (!blocked) return;
    const second = await monthPasses(ctx, blocked.billingDate);
    await monthPasses(ctx, second);
    const view = await ctx.driver.invoice(blocked.first.invoiceNumber);
    ctx.note(
      `Invoice ${blocked.first.invoiceNumber} now: status ${view.status}, channel ${view.channel}, reminders ${view.remindersSent}.`,
    );
    if (!(typeof view.remindersSent === 'number' && view.remindersSent >= 1)) {
      ctx.fail({
        message: `Invoice ${blocked.first.invoiceNumber} (due ${blocked.first.dueDate}) is unpaid two months after the consumer blocked the issuer, yet remindersSent is ${String(view.remindersSent)}.`,
        fix: 'After the scan that shows the block, send reminders for the unpaid eFaktura invoices by e-mail or print.',
        excerpt: JSON.stringify(view).slice(0, 400),
        codes: ['EB-EF-RESERVED'],
      });
    }
  },
};
