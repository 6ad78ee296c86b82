// When an eFaktura agreement ends (a scan finds the person BLOCKED or no longer registered, the
// blacklist lists them, or MPS rejects a delivery for missing consent): disable the agreement,
// revert the customer to the default channel, and send reminders for unpaid invoices through it,
// because no eFaktura payment will come (efaktura-b2c.md §7.6 [C], INFO-Subscription S42). An
// eFaktura the consumer already approved is left alone: its payment is on its way. One not yet
// approved is withdrawn at MPS so the customer cannot pay twice.
import { decide } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { fallbackChannel } from './channel.ts';
import { cancelTransaction, currentState } from './efaktura-transaction.ts';
import { fallBack, remindOffline, setChannel } from './send.ts';

export async function endAgreement(
  ctx: ClientContext,
  customerNumber: string,
  reason: string,
): Promise<void> {
  const { issuer } = ctx.state;
  const agreement = issuer.agreements.get(customerNumber);
  if (!agreement) return;
  issuer.agreements.delete(customerNumber);
  issuer.noAgreementReasons.set(customerNumber, reason);
  const customer = issuer.customers.get(customerNumber);
  const channel = customer ? fallbackChannel(customer) : 'print';
  decide(
    ctx,
    'agreement',
    `customer ${customerNumber}`,
    `${reason}: eFaktura agreement disabled, channel ${channel}; running subscriptions switch from the next billing run`,
    { efakturaIdentifier: agreement.efakturaIdentifier, channel },
  );
  const unpaid = [...issuer.invoices.values()].filter(
    (invoice) =>
      invoice.customerNumber === customerNumber &&
      invoice.status !== 'paid' &&
      invoice.channel === 'efaktura' &&
      invoice.efaktura !== undefined &&
      invoice.efaktura.status !== 'REJECTED' &&
      invoice.efaktura.status !== 'CANCELLED',
  );
  for (const invoice of unpaid) {
    const send = invoice.efaktura;
    if (!send) continue;
    const state = await currentState(ctx, send);
    if (state === 'APPROVED' || state === 'PAID') {
      decide(
        ctx,
        'reminder',
        `invoice ${invoice.invoiceNumber}`,
        `eFaktura ${state} in the online bank before the agreement ended: payment expected, no reminder`,
      );
      continue;
    }
    if (state === 'IN_PROGRESS' || state === 'DELIVERED') await cancelTransaction(ctx, send, reason);
    if (state === 'IN_PROGRESS') {
      // Never reached the online bank: the invoice itself goes by the new channel.
      fallBack(ctx, invoice, `${reason}: eFaktura withdrawn before delivery`);
      continue;
    }
    setChannel(ctx, invoice, channel, `${reason}: eFaktura agreement ended`);
    remindOffline(ctx, invoice, `${reason}: eFaktura agreement ended with the invoice unpaid`);
  }
}
