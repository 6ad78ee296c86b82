// Sending invoices and reminders: by e-mail (PDF) or print right away, or as eFaktura in MPS
// shipments of at most 1,000 transactions with UUID ids (efaktura-b2c.md §4.2 [C]). A shipment MPS
// refuses outright is not lost: every invoice in it goes by the fallback channel at once (§7.5).
import { addDays } from '../../src/norway/oslo-time.ts';
import { BenchError } from '../bench-client.ts';
import { decide, nowIso, today } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { nextPollAtMs } from './poll-schedule.ts';
import { fallbackChannel } from './channel.ts';
import type { Channel, EfakturaSend, Invoice, Reminder } from './invoice.ts';

/** MPS takes at most 1,000 transactions per shipment (efaktura-b2c.md §4.2 [C]). */
export const MAX_TRANSACTIONS_PER_SHIPMENT = 1000;

export interface EfakturaItem {
  invoice: Invoice;
  documentType: 'INVOICE' | 'REMINDER';
  efakturaIdentifier: string;
  /** The invoice number on the wire (a reminder gets its own: `<invoice>-R<n>`). */
  invoiceNumber: string;
  amount: number;
  dueDate: string;
  subject: string;
  /** For a reminder: its entry in invoice.reminders. */
  reminder?: Reminder;
}

export function setChannel(ctx: ClientContext, invoice: Invoice, channel: Channel, reason: string): void {
  if (invoice.channel !== channel || invoice.channelHistory.length === 0) {
    invoice.channel = channel;
    invoice.channelHistory.push({ at: nowIso(ctx), channel, reason });
  }
}

function describeOffline(
  ctx: ClientContext,
  invoice: Invoice,
  channel: Exclude<Channel, 'efaktura'>,
): string {
  const customer = ctx.state.issuer.customers.get(invoice.customerNumber);
  return channel === 'email'
    ? `e-mailed (PDF) to ${customer?.email ?? '?'}`
    : `printed and posted to ${customer ? `${customer.address.street}, ${customer.address.postalCode} ${customer.address.city}` : '?'}`;
}

/** Sends an invoice by e-mail or print now. */
export function sendOffline(
  ctx: ClientContext,
  invoice: Invoice,
  channel: Exclude<Channel, 'efaktura'>,
  reason: string,
): void {
  setChannel(ctx, invoice, channel, reason);
  if (invoice.status === 'sending') invoice.status = 'sent';
  decide(
    ctx,
    'billing',
    `invoice ${invoice.invoiceNumber}`,
    `${reason}: ${describeOffline(ctx, invoice, channel)}`,
    {
      customerNumber: invoice.customerNumber,
      channel,
    },
  );
}

/** Re-sends an invoice whose eFaktura did not work by the customer's fallback channel (§7.5, §7.7). */
export function fallBack(ctx: ClientContext, invoice: Invoice, reason: string): void {
  const customer = ctx.state.issuer.customers.get(invoice.customerNumber);
  const channel = customer ? fallbackChannel(customer) : 'print';
  setChannel(ctx, invoice, channel, reason);
  invoice.status = invoice.paidAmount > 0 ? invoice.status : 'sent';
  decide(
    ctx,
    'fallback',
    `invoice ${invoice.invoiceNumber}`,
    `${reason}, channel ${channel}: ${describeOffline(ctx, invoice, channel)}`,
    {
      customerNumber: invoice.customerNumber,
      channel,
    },
  );
}

/** Sends a reminder (betalingspåminnelse) by e-mail or print now. */
export function remindOffline(ctx: ClientContext, invoice: Invoice, reason: string): Reminder {
  const customer = ctx.state.issuer.customers.get(invoice.customerNumber);
  const channel = customer ? fallbackChannel(customer) : 'print';
  const reminder: Reminder = { at: nowIso(ctx), channel, reason };
  invoice.reminders.push(reminder);
  decide(
    ctx,
    'reminder',
    `invoice ${invoice.invoiceNumber}`,
    `${reason}: reminder ${invoice.reminders.length} by ${channel}, ${describeOffline(ctx, invoice, channel)}`,
    { customerNumber: invoice.customerNumber, channel },
  );
  return reminder;
}

/** A reminder as eFaktura (document type REMINDER, §4.3 [C]); queued for the next shipment. */
export function eFakturaReminder(
  ctx: ClientContext,
  invoice: Invoice,
  efakturaIdentifier: string,
  reason: string,
): EfakturaItem {
  const reminder: Reminder = { at: nowIso(ctx), channel: 'efaktura', reason };
  invoice.reminders.push(reminder);
  const open = invoice.amount - invoice.paidAmount;
  return {
    invoice,
    documentType: 'REMINDER',
    efakturaIdentifier,
    invoiceNumber: `${invoice.invoiceNumber}-R${invoice.reminders.length}`,
    amount: open > 0 ? open : invoice.amount,
    // The new due date has to be at least 3 days ahead for MPS (efaktura-b2c.md §4.3 [C]).
    dueDate: addDays(today(ctx), ctx.settings.dueDays),
    subject: `Betalingspåminnelse for faktura ${invoice.invoiceNumber}`,
    reminder,
  };
}

function fallBackItem(ctx: ClientContext, item: EfakturaItem, reason: string): void {
  if (item.documentType === 'INVOICE') {
    fallBack(ctx, item.invoice, reason);
    return;
  }
  const reminder = item.reminder;
  const customer = ctx.state.issuer.customers.get(item.invoice.customerNumber);
  const channel = customer ? fallbackChannel(customer) : 'print';
  if (reminder) reminder.channel = channel;
  decide(
    ctx,
    'fallback',
    `invoice ${item.invoice.invoiceNumber}`,
    `reminder ${reason}, channel ${channel}: ${describeOffline(ctx, item.invoice, channel)}`,
  );
}

export { fallBackItem };

/** A rejected eFaktura reminder goes out again by the fallback channel. */
export function fallBackReminder(
  ctx: ClientContext,
  invoice: Invoice,
  transactionId: string,
  reason: string,
): void {
  const reminder = invoice.reminders.find((r) => r.transactionId === transactionId);
  const customer = ctx.state.issuer.customers.get(invoice.customerNumber);
  const channel = customer ? fallbackChannel(customer) : 'print';
  if (reminder) reminder.channel = channel;
  decide(
    ctx,
    'fallback',
    `invoice ${invoice.invoiceNumber}`,
    `${reason}, channel ${channel}: ${describeOffline(ctx, invoice, channel)}`,
  );
}

/** Submits eFaktura in shipments of at most 1,000 and starts tracking them for polling. */
export async function submitShipments(ctx: ClientContext, items: readonly EfakturaItem[]): Promise<void> {
  // MUTANT: oversize-shipment — ignores the MPS limit of 1,000 transactions per shipment.
  const limit = ctx.mutant === 'oversize-shipment' ? 5000 : MAX_TRANSACTIONS_PER_SHIPMENT;
  const { config, state } = ctx;
  for (let start = 0; start < items.length; start += limit) {
    const chunk = items.slice(start, start + limit);
    const shipmentId = ctx.ids();
    const sends = chunk.map((item): EfakturaSend => ({
      transactionId: ctx.ids(),
      shipmentId,
      documentType: item.documentType,
      invoiceNumber: item.invoiceNumber,
      efakturaIdentifier: item.efakturaIdentifier,
      status: 'IN_PROGRESS',
    }));
    const body = {
      shipmentId,
      issuerOrgNumber: config.issuer.orgNumber,
      transactions: chunk.map((item, index) => ({
        transactionId: sends[index]?.transactionId,
        paymentType: 'EFAKTURA',
        documentType: item.documentType,
        invoiceNumber: item.invoiceNumber,
        efakturaIdentifier: item.efakturaIdentifier,
        kid: item.invoice.kid,
        amount: item.amount,
        dueDate: item.dueDate,
        issuerName: config.issuer.name,
        accountNumber: config.issuer.accountNumber,
        subject: item.subject,
      })),
    };
    let accepted = false;
    let refusal = '';
    try {
      // The shipment id makes a repeat harmless: MPS answers 3002 if the first attempt arrived.
      await ctx.bench.call('POST', '/mps/v1/shipments', {
        key: config.issuer.apiKey,
        json: body,
        retry: true,
      });
      accepted = true;
    } catch (error) {
      if (error instanceof BenchError && error.code === '3002') {
        accepted = true;
        decide(
          ctx,
          'shipment',
          `shipment ${shipmentId}`,
          'MPS already has it (3002 after a repeat): the first attempt arrived',
        );
      } else {
        refusal =
          error instanceof BenchError
            ? `${error.status || 'no answer'} ${error.code}: ${error.detail}`
            : String(error);
      }
    }
    if (!accepted) {
      decide(
        ctx,
        'shipment',
        `shipment ${shipmentId}`,
        `refused by MPS (${refusal}); its ${chunk.length} transaction(s) go by the fallback channel`,
      );
      chunk.forEach((item) => {
        // MUTANT: no-fallback-after-rejection — a refused eFaktura is simply dropped.
        if (ctx.mutant === 'no-fallback-after-rejection') return;
        fallBackItem(ctx, item, `eFaktura shipment refused by MPS (${refusal})`);
      });
      continue;
    }
    state.issuer.shipments.set(shipmentId, {
      shipmentId,
      transactionIds: sends.map((send) => send.transactionId),
      status: 'IN_PROGRESS',
      submittedAt: nowIso(ctx),
      polls: 0,
      nextPollAtMs: nextPollAtMs(ctx.now.getTime(), 0, ctx.backoff),
    });
    chunk.forEach((item, index) => {
      const send = sends[index] as EfakturaSend;
      state.issuer.transactions.set(send.transactionId, {
        invoiceNumber: item.invoice.invoiceNumber,
        kind: item.documentType === 'INVOICE' ? 'invoice' : 'reminder',
        shipmentId,
        send,
      });
      if (item.documentType === 'INVOICE') {
        item.invoice.efaktura = send;
        item.invoice.approvalChecked = false;
        if (item.invoice.status === 'sent') item.invoice.status = 'sending';
      } else if (item.reminder) {
        item.reminder.transactionId = send.transactionId;
      }
    });
    decide(
      ctx,
      'shipment',
      `shipment ${shipmentId}`,
      `submitted to MPS with ${chunk.length} transaction(s); status is collected by polling with back-off`,
      {
        transactions: chunk.length,
      },
    );
  }
}
