// A billing run (driver POST /billing-runs { date }): invoices every subscription period due on the
// date, chooses the channel per invoice (eFaktura when an agreement exists, else e-mail, else
// print: efaktura-b2c.md §7.4), sends reminders for overdue invoices, and submits the eFaktura in
// shipments. It returns after submitting; MPS's verdict is collected by polling (shipment-poller.ts)
// on later driver calls, and a rejected eFaktura is then re-sent by the fallback channel.
import { addDays } from '../../src/norway/oslo-time.ts';
import { decide, nowIso } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { refreshBlacklist } from './blacklist.ts';
import { currentState } from './efaktura-transaction.ts';
import { chooseChannel } from './channel.ts';
import { issueKid } from './kid.ts';
import { periodsDue } from './subscription.ts';
import { eFakturaReminder, remindOffline, sendOffline, submitShipments } from './send.ts';
import type { EfakturaItem } from './send.ts';
import type { Invoice } from './invoice.ts';
import type { Customer } from './customer.ts';
import type { Subscription } from './subscription.ts';

export interface BilledInvoice {
  invoiceNumber: string;
  customerNumber: string;
  channel: Invoice['channel'];
  kid: string;
  amount: number;
  dueDate: string;
}

function newInvoice(
  ctx: ClientContext,
  customer: Customer,
  subscription: Subscription,
  period: string,
  date: string,
): Invoice {
  const { issuer } = ctx.state;
  issuer.invoiceSeq += 1;
  const counter = (issuer.kidCounters.get(customer.customerNumber) ?? 0) + 1;
  issuer.kidCounters.set(customer.customerNumber, counter);
  const invoice: Invoice = {
    invoiceNumber: `${date.slice(0, 4)}${String(issuer.invoiceSeq).padStart(6, '0')}`,
    customerNumber: customer.customerNumber,
    subscriptionId: subscription.id,
    period,
    issueDate: date,
    dueDate: addDays(date, ctx.settings.dueDays),
    kid: issueKid(customer.kidCustomerPart, counter, ctx.config.issuer.kid, ctx.mutant),
    amount: subscription.amount,
    channel: 'print',
    channelHistory: [],
    status: 'sending',
    paidAmount: 0,
    payments: [],
    reminders: [],
  };
  issuer.invoices.set(invoice.invoiceNumber, invoice);
  return invoice;
}

export async function runBilling(ctx: ClientContext, date: string): Promise<BilledInvoice[]> {
  const { issuer } = ctx.state;
  // A reservation made since the last scan must stop this run's eFaktura (incremental read).
  await refreshBlacklist(ctx, { full: false });
  const efaktura: EfakturaItem[] = [];
  const billed: Invoice[] = [];
  const household = () =>
    [...issuer.agreements.values()].flatMap((agreement) => {
      const customer = issuer.customers.get(agreement.customerNumber);
      return customer ? [{ customer, agreement }] : [];
    });

  // Overdue reminders first, so this run's new invoices are not reminded of.
  for (const invoice of [...issuer.invoices.values()]) {
    if (invoice.status === 'paid' || invoice.reminders.length > 0) continue;
    if (addDays(invoice.dueDate, ctx.settings.reminderDays) > date) continue;
    const subject = `invoice ${invoice.invoiceNumber}`;
    // An eFaktura the consumer approved is paid on its due date: MPS knows before the bank
    // account does, so ask before reminding (reconciliation books the payment itself).
    if (invoice.channel === 'efaktura' && invoice.efaktura) {
      const state = await currentState(ctx, invoice.efaktura);
      if (state === 'APPROVED' || state === 'PAID') {
        decide(
          ctx,
          'reminder',
          subject,
          `overdue in the books but the eFaktura is ${state} in the online bank: no reminder (reconcile to book the payment)`,
        );
        continue;
      }
    }
    const agreement = issuer.agreements.get(invoice.customerNumber);
    const reason = `unpaid ${ctx.settings.reminderDays} days after the due date ${invoice.dueDate}`;
    // A REMINDER goes as eFaktura only over a live agreement: never to a person who blocked us.
    if (agreement && !issuer.blacklist.has(agreement.efakturaIdentifier)) {
      efaktura.push(eFakturaReminder(ctx, invoice, agreement.efakturaIdentifier, reason));
      decide(ctx, 'reminder', subject, `${reason}: reminder ${invoice.reminders.length} as eFaktura`);
    } else {
      remindOffline(ctx, invoice, reason);
    }
  }

  for (const subscription of [...issuer.subscriptions.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    const customer = issuer.customers.get(subscription.customerNumber);
    if (!customer) continue;
    for (const period of periodsDue(subscription, date)) {
      const invoice = newInvoice(ctx, customer, subscription, period, date);
      subscription.billedPeriods.add(period);
      billed.push(invoice);
      const choice = chooseChannel(
        customer,
        issuer.agreements.get(customer.customerNumber),
        issuer.noAgreementReasons.get(customer.customerNumber),
        household,
        ctx.mutant,
      );
      const subject = `invoice ${invoice.invoiceNumber}`;
      if (choice.channel === 'efaktura' && choice.efakturaIdentifier !== undefined) {
        invoice.channel = 'efaktura';
        invoice.channelHistory.push({
          at: nowIso(ctx),
          channel: 'efaktura',
          reason: choice.reason,
        });
        decide(
          ctx,
          'billing',
          subject,
          `customer ${customer.customerNumber}: ${choice.reason}, channel efaktura (KID ${invoice.kid}, due ${invoice.dueDate})`,
        );
        efaktura.push({
          invoice,
          documentType: 'INVOICE',
          efakturaIdentifier: choice.efakturaIdentifier,
          invoiceNumber: invoice.invoiceNumber,
          amount: invoice.amount,
          dueDate: invoice.dueDate,
          subject: `Abonnement ${subscription.id}, periode fra ${period}`,
        });
      } else if (choice.channel !== 'efaktura') {
        sendOffline(ctx, invoice, choice.channel, `customer ${customer.customerNumber}: ${choice.reason}`);
      }
    }
  }
  await submitShipments(ctx, efaktura);
  decide(ctx, 'billing', `billing run ${date}`, `${billed.length} invoice(s): ${countBy(billed)}`);
  return billed.map((invoice) => ({
    invoiceNumber: invoice.invoiceNumber,
    customerNumber: invoice.customerNumber,
    channel: invoice.channel,
    kid: invoice.kid,
    amount: invoice.amount,
    dueDate: invoice.dueDate,
  }));
}

function countBy(invoices: readonly Invoice[]): string {
  const counts = new Map<string, number>();
  for (const invoice of invoices) counts.set(invoice.channel, (counts.get(invoice.channel) ?? 0) + 1);
  return [...counts].map(([channel, n]) => `${n} ${channel}`).join(', ') || 'none';
}
