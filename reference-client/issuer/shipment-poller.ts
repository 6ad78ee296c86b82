// Collects the outcome of submitted shipments: GET /mps/v1/shipments/{id} with back-off on the
// virtual clock (poll-schedule.ts) until the shipment leaves IN_PROGRESS, then every transaction's
// status is applied: DELIVERED eFaktura are "sent"; REJECTED ones go by the fallback channel, not
// lost (efaktura-b2c.md §7.5 [C]); a rejection for missing consent or a reservation also ends the
// customer's agreement (§2.4: Vipps rejects asynchronously when JTTA is gone [C] S20).
import { osloIso } from '../../src/norway/oslo-time.ts';
import { BenchError } from '../bench-client.ts';
import { decide, nowIso } from '../context.ts';
import type { ClientContext } from '../context.ts';
import type { TrackedShipment } from '../state.ts';
import { nextPollAtMs } from './poll-schedule.ts';
import { fallBack, fallBackReminder } from './send.ts';
import { endAgreement } from './agreement-ended.ts';
import type { EfakturaState } from './invoice.ts';
import { efakturaState, reasonOf } from './efaktura-status.ts';

/** The mutant's tight loop: GETs in a row without any delay. */
const TIGHT_LOOP_POLLS = 25;

interface ShipmentStatusBody {
  status?: unknown;
  processedAt?: unknown;
  transactions?: Array<{
    transactionId?: unknown;
    status?: unknown;
    reason?: unknown;
    deliveredAt?: unknown;
  }>;
}

/** Rejections that mean the person cannot get eFaktura from this issuer any more. */
const CONSENT_GONE = new Set(['EB-EF-NO-JTTA', 'EB-EF-RESERVED', 'EB-EF-UNKNOWN-IDENTIFIER']);

async function fetchStatus(
  ctx: ClientContext,
  shipment: TrackedShipment,
): Promise<ShipmentStatusBody | undefined> {
  try {
    const body = await ctx.bench.getJson(
      `/mps/v1/shipments/${encodeURIComponent(shipment.shipmentId)}`,
      ctx.config.issuer.apiKey,
    );
    return (body ?? {}) as ShipmentStatusBody;
  } catch (error) {
    decide(
      ctx,
      'poll',
      `shipment ${shipment.shipmentId}`,
      `status not available (${error instanceof BenchError ? `${error.status} ${error.code}` : String(error)}); polling again later`,
    );
    return undefined;
  }
}

export async function pollShipments(ctx: ClientContext): Promise<void> {
  const nowMs = ctx.now.getTime();
  for (const shipment of ctx.state.issuer.shipments.values()) {
    if (shipment.status !== 'IN_PROGRESS') continue;
    let body: ShipmentStatusBody | undefined;
    // MUTANT: polls-without-backoff — asks again and again in a tight loop, ignoring the schedule.
    if (ctx.mutant === 'polls-without-backoff') {
      for (let i = 0; i < TIGHT_LOOP_POLLS; i += 1) {
        body = await fetchStatus(ctx, shipment);
        shipment.polls += 1;
        if (body && body.status !== 'IN_PROGRESS') break;
      }
    } else {
      if (nowMs < shipment.nextPollAtMs) continue;
      body = await fetchStatus(ctx, shipment);
      shipment.polls += 1;
    }
    if (!body || body.status === 'IN_PROGRESS' || body.status === undefined) {
      shipment.nextPollAtMs = nextPollAtMs(nowMs, shipment.polls, ctx.backoff);
      decide(
        ctx,
        'poll',
        `shipment ${shipment.shipmentId}`,
        `still IN_PROGRESS after poll ${shipment.polls}; next poll not before ${osloIso(shipment.nextPollAtMs)}`,
      );
      continue;
    }
    await applyShipmentStatus(ctx, shipment, body);
  }
}

async function applyShipmentStatus(
  ctx: ClientContext,
  shipment: TrackedShipment,
  body: ShipmentStatusBody,
): Promise<void> {
  const { issuer } = ctx.state;
  shipment.status = body.status === 'STOPPED' ? 'STOPPED' : 'PROCESSED';
  const reported = new Map((body.transactions ?? []).map((tx) => [String(tx.transactionId), tx]));
  let delivered = 0;
  const rejected: string[] = [];
  // First every status, then the consequences, so an ended agreement sees the whole shipment.
  for (const transactionId of shipment.transactionIds) {
    const tracked = issuer.transactions.get(transactionId);
    if (!tracked) continue;
    const tx = reported.get(transactionId);
    // A STOPPED shipment that does not list a transaction processed none of them.
    const state: EfakturaState = tx ? efakturaState(tx.status) : 'REJECTED';
    tracked.send.status = state;
    if (state === 'REJECTED') {
      tracked.send.reason = reasonOf(tx?.reason) ?? { code: `shipment ${shipment.status}` };
      rejected.push(transactionId);
    } else if (
      state === 'DELIVERED' ||
      state === 'APPROVED' ||
      state === 'PAID' ||
      // Deleted or expired before the first poll: it was delivered all the same, so the approval
      // deadline must still run and send the invoice by the fallback channel (found by the
      // scenarios: an eFaktura deleted before the first poll left its invoice lost).
      state === 'DELETED' ||
      state === 'EXPIRED'
    ) {
      delivered += 1;
      // The shipment summary has no per-transaction delivery time: MPS delivers when it processes.
      tracked.send.deliveredAt =
        typeof tx?.deliveredAt === 'string'
          ? tx.deliveredAt
          : typeof body.processedAt === 'string'
            ? body.processedAt
            : nowIso(ctx);
      const invoice = issuer.invoices.get(tracked.invoiceNumber);
      if (invoice && tracked.kind === 'invoice' && invoice.status === 'sending') invoice.status = 'sent';
    }
  }
  decide(
    ctx,
    'poll',
    `shipment ${shipment.shipmentId}`,
    `${shipment.status} after ${shipment.polls} poll(s): ${delivered} delivered, ${rejected.length} rejected`,
    {
      delivered,
      rejected: rejected.length,
    },
  );
  const consentGone = new Map<string, string>();
  for (const transactionId of rejected) {
    const tracked = issuer.transactions.get(transactionId);
    const invoice = tracked ? issuer.invoices.get(tracked.invoiceNumber) : undefined;
    if (!tracked || !invoice) continue;
    const reason = tracked.send.reason ?? { code: 'REJECTED' };
    const why = `eFaktura ${tracked.kind} rejected by MPS (${reason.code}${reason.message ? `: ${reason.message}` : ''})`;
    if (
      CONSENT_GONE.has(reason.code) &&
      issuer.agreements.get(invoice.customerNumber)?.efakturaIdentifier === tracked.send.efakturaIdentifier
    ) {
      consentGone.set(invoice.customerNumber, `${reason.code} on delivery`);
    }
    // MUTANT: no-fallback-after-rejection — the rejected eFaktura is not re-sent: the invoice is lost.
    if (ctx.mutant === 'no-fallback-after-rejection') {
      decide(ctx, 'fallback', `invoice ${invoice.invoiceNumber}`, `${why}; not re-sent`);
      continue;
    }
    if (tracked.kind === 'invoice') fallBack(ctx, invoice, why);
    else fallBackReminder(ctx, invoice, transactionId, why);
  }
  // The register will say the same at the next scan; acting now keeps the next run off eFaktura.
  for (const [customerNumber, reason] of consentGone) await endAgreement(ctx, customerNumber, reason);
}
