// Reconciliation (driver POST /reconcile): read the issuer account's camt.054 credit notifications
// (GET /bank/v1/notifications?account=&since=, then GET /bank/v1/notifications/{id}), match each
// credit's KID (SCOR, iso20022-norway.md §4.2) to the open invoice that carries it, and book full,
// partial and over-payments. A notification, and a booking (the bank's AcctSvcrRef), is counted
// once, however often it is listed.
import { BenchError, query } from '../bench-client.ts';
import { decide } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { benchFailure } from '../driver/problems.ts';
import { readCamt054 } from '../xml/camt054-reader.ts';
import { listItems } from '../bench-lists.ts';
import type { CamtCredit } from '../xml/camt054-reader.ts';
import type { Invoice } from './invoice.ts';

export interface ReconcileResult {
  matched: number;
  unmatched: number;
  notifications: number;
}

/** Which key reads the issuer account's notifications: the bank agreement's, else the tenant's. */
async function listNotifications(ctx: ClientContext): Promise<{ body: unknown; key: string }> {
  const { issuer } = ctx.state;
  const path = `/bank/v1/notifications${query({ account: ctx.config.issuer.accountNumber, since: issuer.notificationCursor })}`;
  const keys = [issuer.notificationKey, ctx.config.bank.apiKey, ctx.config.tenantKey].filter(
    (key, index, all): key is string => key !== undefined && all.indexOf(key) === index,
  );
  let last: unknown;
  for (const key of keys) {
    try {
      const body = await ctx.bench.getJson(path, key);
      if (issuer.notificationKey !== key) {
        issuer.notificationKey = key;
        decide(
          ctx,
          'reconcile',
          'notifications',
          `read with the ${key === ctx.config.tenantKey ? 'tenant' : 'bank agreement'} key`,
        );
      }
      return { body, key };
    } catch (error) {
      last = error;
      // The account may simply not be in this key's agreement: try the next key.
      if (!(error instanceof BenchError) || (error.status !== 403 && error.status !== 404)) break;
    }
  }
  throw benchFailure(last, `listing camt.054 notifications for ${ctx.config.issuer.accountNumber}`);
}

function openInvoiceFor(ctx: ClientContext, kid: string): Invoice | undefined {
  const candidates = [...ctx.state.issuer.invoices.values()].filter((invoice) => invoice.kid === kid);
  return (
    candidates.filter((i) => i.status !== 'paid').sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ??
    candidates.sort((a, b) => b.dueDate.localeCompare(a.dueDate))[0]
  );
}

function book(ctx: ClientContext, credit: CamtCredit, reference: string, notificationId: string): boolean {
  const kid = credit.kids[0];
  const amount = credit.amount;
  const subject = `payment ${reference}`;
  if (kid === undefined) {
    decide(
      ctx,
      'reconcile',
      subject,
      `credit of ${amount ?? '?'} øre without a KID: left for manual matching`,
    );
    return false;
  }
  const invoice = openInvoiceFor(ctx, kid);
  if (!invoice || amount === undefined) {
    decide(
      ctx,
      'reconcile',
      subject,
      `KID ${kid} (${amount ?? '?'} øre) matches no invoice: unknown KID, left for manual matching`,
    );
    return false;
  }
  const wasPaid = invoice.status === 'paid';
  invoice.paidAmount += amount;
  invoice.payments.push({ reference, notificationId, amount, bookingDate: credit.bookingDate });
  const open = invoice.amount - invoice.paidAmount;
  invoice.status = open <= 0 ? 'paid' : 'partially-paid';
  const how = wasPaid
    ? `paid again: over-payment of ${amount} øre to refund`
    : open < 0
      ? `paid with an over-payment of ${-open} øre`
      : open === 0
        ? 'paid in full'
        : `partially paid, ${open} øre still open`;
  decide(
    ctx,
    'reconcile',
    `invoice ${invoice.invoiceNumber}`,
    `KID ${kid}: ${amount} øre booked ${credit.bookingDate ?? ''}, ${how}`.replace('  ', ' '),
    {
      kid,
      amount,
      reference,
    },
  );
  return true;
}

export async function reconcile(ctx: ClientContext): Promise<ReconcileResult> {
  const { issuer } = ctx.state;
  const { body, key } = await listNotifications(ctx);
  const { items, next } = listItems(body);
  const result: ReconcileResult = { matched: 0, unmatched: 0, notifications: 0 };
  for (const { id } of items) {
    if (issuer.processedNotifications.has(id)) continue;
    let xml: string;
    try {
      xml = (await ctx.bench.call('GET', `/bank/v1/notifications/${encodeURIComponent(id)}`, { key })).text;
    } catch (error) {
      throw benchFailure(error, `reading camt.054 ${id}`);
    }
    let credits: CamtCredit[];
    try {
      credits = readCamt054(xml).credits;
    } catch (error) {
      decide(
        ctx,
        'reconcile',
        `notification ${id}`,
        `not a readable camt.054 (${(error as Error).message}); skipped`,
      );
      issuer.processedNotifications.add(id);
      continue;
    }
    result.notifications += 1;
    credits.forEach((credit, index) => {
      const reference = credit.accountServicerReference ?? `${id}#${index}`;
      // The same booking in a later notification is not a second payment.
      if (issuer.paymentReferences.has(reference)) return;
      issuer.paymentReferences.add(reference);
      if (book(ctx, credit, reference, id)) result.matched += 1;
      else result.unmatched += 1;
    });
    issuer.processedNotifications.add(id);
  }
  if (next !== undefined) issuer.notificationCursor = next;
  decide(
    ctx,
    'reconcile',
    'reconciliation',
    `${result.notifications} new notification(s): ${result.matched} matched, ${result.unmatched} unmatched`,
  );
  return result;
}
