// Reads the bank's pain.002 status reports (GET /bank/v1/status-reports?since=, then
// GET /bank/v1/status-reports/{id}) and updates every payable: accepted (ACTC/ACCP/ACSP/ACWC),
// pending (PDNG), rejected with its reason code and the catalogue's explanation (RJCT), paid on
// ACSC (iso20022-norway.md §3.1–§3.3). A status given at transaction level wins; a payment-
// information or group status applies to the transactions the report does not list one by one.
import { lookupCode } from '../../src/codes/catalogue.ts';
import { BenchError, query } from '../bench-client.ts';
import { decide } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { listItems } from '../bench-lists.ts';
import { firstReasonCode, readPain002 } from '../xml/pain002-reader.ts';
import type { Pain002Read, StatusReasonRead } from '../xml/pain002-reader.ts';
import { setPayableStatus } from './payables.ts';
import type { PayableStatus } from './payable.ts';
import type { PaymentFile } from '../state.ts';

export function payableStatusOf(isoStatus: string | undefined): PayableStatus | undefined {
  switch (isoStatus) {
    case 'RJCT':
      return 'rejected';
    case 'ACSC':
    case 'ACCC':
      return 'paid';
    case 'PDNG':
      return 'pending';
    case 'RCVD':
    case 'ACTC':
    case 'ACCP':
    case 'ACSP':
    case 'ACWC':
      return 'accepted';
    default:
      return undefined;
  }
}

/** Statuses only move forward: a later receipt never undoes a rejection or a settlement. */
const RANK: Record<PayableStatus, number> = {
  open: 0,
  held: 0,
  sent: 0,
  accepted: 1,
  pending: 2,
  rejected: 3,
  paid: 3,
};

function reasonText(code: string | undefined, reasons: readonly StatusReasonRead[]): string | undefined {
  const extra = reasons.flatMap((r) => r.additionalInfo).join(' ');
  const title = code ? lookupCode(code)?.title.en : undefined;
  const parts = [code && title ? `${code} ${title}` : code, extra || undefined].filter(Boolean);
  return parts.length > 0 ? parts.join(': ') : undefined;
}

export function applyReport(ctx: ClientContext, reportId: string, report: Pain002Read): void {
  const { remittance } = ctx.state;
  const file = [...remittance.files.values()].find((f) => f.messageId === report.originalMessageId);
  if (!file) {
    decide(
      ctx,
      'status-report',
      `report ${reportId}`,
      `for message ${report.originalMessageId ?? '?'}, which this client did not send: ignored`,
    );
    return;
  }
  const touched = new Set<string>();
  const apply = (
    endToEndId: string,
    isoStatus: string | undefined,
    reasons: readonly StatusReasonRead[],
    level: string,
  ): void => {
    const status = payableStatusOf(isoStatus);
    if (!status) return;
    touched.add(endToEndId);
    for (const payableId of file.payablesByEndToEndId.get(endToEndId) ?? []) {
      const payable = remittance.payables.get(payableId);
      // A corrected payable has a new EndToEndId: reports on its old file no longer concern it.
      if (!payable || payable.endToEndId !== endToEndId || payable.messageId !== file.messageId) continue;
      if (payable.status === status || RANK[status] < RANK[payable.status]) continue;
      if (payable.status === 'paid' || (payable.status === 'rejected' && status !== 'rejected')) continue;
      const code = status === 'rejected' ? firstReasonCode(reasons) : undefined;
      payable.reasonCode = code ?? (status === 'rejected' ? 'NARR' : undefined);
      payable.reason = status === 'rejected' ? reasonText(code, reasons) : undefined;
      setPayableStatus(ctx, payable, status, `${isoStatus} at ${level} level in status report ${reportId}`);
      decide(
        ctx,
        'status-report',
        `payable ${payableId}`,
        `${isoStatus} (${level}) → ${status}${payable.reason ? `: ${payable.reason}` : ''}${status === 'rejected' ? '; correct it with PUT /driver/v1/payables/' + payableId + ' and run again' : ''}`,
        { reportId, endToEndId, isoStatus, reasonCode: payable.reasonCode },
      );
    }
  };
  for (const payment of report.payments) {
    for (const tx of payment.transactions) {
      if (!tx.endToEndId) continue;
      const reasons =
        tx.reasons.length > 0
          ? tx.reasons
          : payment.reasons.length > 0
            ? payment.reasons
            : report.groupReasons;
      apply(tx.endToEndId, tx.status, reasons, 'transaction');
    }
    if (payment.status && payment.status !== 'PART' && payment.pmtInfId) {
      for (const endToEndId of file.endToEndIdsByPmtInf.get(payment.pmtInfId) ?? []) {
        if (!touched.has(endToEndId))
          apply(
            endToEndId,
            payment.status,
            payment.reasons.length > 0 ? payment.reasons : report.groupReasons,
            'payment',
          );
      }
    }
  }
  if (report.groupStatus && report.groupStatus !== 'PART') {
    for (const endToEndId of file.payablesByEndToEndId.keys()) {
      if (!touched.has(endToEndId)) apply(endToEndId, report.groupStatus, report.groupReasons, 'group');
    }
  }
}

async function readOne(ctx: ClientContext, id: string): Promise<void> {
  const { remittance } = ctx.state;
  if (remittance.processedReports.has(id)) return;
  const xml = (
    await ctx.bench.call('GET', `/bank/v1/status-reports/${encodeURIComponent(id)}`, {
      key: ctx.config.bank.apiKey,
    })
  ).text;
  remittance.processedReports.add(id);
  let report: Pain002Read;
  try {
    report = readPain002(xml);
  } catch (error) {
    decide(
      ctx,
      'status-report',
      `report ${id}`,
      `not a readable pain.002 (${(error as Error).message}); skipped`,
    );
    return;
  }
  applyReport(ctx, id, report);
}

/** Reads the reports listed in a POST /payment-files answer. */
export async function readListedReports(ctx: ClientContext, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    try {
      await readOne(ctx, id);
    } catch (error) {
      decide(
        ctx,
        'status-report',
        `report ${id}`,
        `could not be read now (${error instanceof BenchError ? `${error.status} ${error.code}` : String(error)}); read with the next listing`,
      );
    }
  }
}

/** Reads every report not read yet. Failures are logged; the payables keep their last status. */
export async function readStatusReports(ctx: ClientContext): Promise<number> {
  const { remittance } = ctx.state;
  if (remittance.files.size === 0) return 0;
  let listing: ReturnType<typeof listItems>;
  try {
    listing = listItems(
      await ctx.bench.getJson(
        `/bank/v1/status-reports${query({ since: remittance.reportCursor })}`,
        ctx.config.bank.apiKey,
      ),
    );
  } catch (error) {
    decide(
      ctx,
      'status-report',
      'status reports',
      `could not be listed (${error instanceof BenchError ? `${error.status} ${error.code}` : String(error)}); payables keep their last known status`,
    );
    return 0;
  }
  const fresh = listing.items.filter((item) => !remittance.processedReports.has(item.id));
  await readListedReports(
    ctx,
    fresh.map((item) => item.id),
  );
  if (listing.next !== undefined) remittance.reportCursor = listing.next;
  return fresh.length;
}

export type { PaymentFile };
