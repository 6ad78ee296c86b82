// An eFaktura not approved within N days of delivery (default 3) falls back to e-mail (print
// when there is no address): Tripletex sends the invoice by e-mail if the customer has not
// approved the eFaktura in the online bank within three days (efaktura-b2c.md §7.7 [C] S36/S37;
// whether "approved" means the invoice or JTTA is [U], we read it as the invoice). The eFaktura is
// withdrawn at MPS first, so the invoice stays on exactly one channel.
import { decide } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { cancelTransaction, currentState } from './efaktura-transaction.ts';
import { fallBack } from './send.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function checkApprovalDeadlines(ctx: ClientContext): Promise<void> {
  const deadlineMs = ctx.settings.fallbackDays * DAY_MS;
  for (const invoice of ctx.state.issuer.invoices.values()) {
    const send = invoice.efaktura;
    if (!send || invoice.channel !== 'efaktura' || invoice.approvalChecked || invoice.status === 'paid')
      continue;
    if (invoice.paidAmount > 0 || send.deliveredAt === undefined) continue;
    if (send.status !== 'DELIVERED' && send.status !== 'DELETED' && send.status !== 'EXPIRED') continue;
    const deliveredMs = Date.parse(send.deliveredAt);
    if (!Number.isFinite(deliveredMs) || ctx.now.getTime() - deliveredMs < deadlineMs) continue;
    invoice.approvalChecked = true;
    const state = await currentState(ctx, send);
    if (state === 'APPROVED' || state === 'PAID') {
      decide(
        ctx,
        'fallback',
        `invoice ${invoice.invoiceNumber}`,
        `eFaktura ${state} in the online bank: no fallback needed`,
      );
      continue;
    }
    const why = `eFaktura not approved within ${ctx.settings.fallbackDays} days of delivery (${state})`;
    if (state === 'DELIVERED') await cancelTransaction(ctx, send, why);
    fallBack(ctx, invoice, why);
  }
}
