// Reading and cancelling one eFaktura transaction at MPS (GET /mps/v1/transactions/{id},
// POST /mps/v1/transactions/{id}/cancel; ARCHITECTURE.md §5.3).
import { BenchError } from '../bench-client.ts';
import { decide } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { efakturaState } from './efaktura-status.ts';
import type { EfakturaSend, EfakturaState } from './invoice.ts';

/** The transaction's current state at MPS, or what the client last knew when MPS does not answer. */
export async function currentState(ctx: ClientContext, send: EfakturaSend): Promise<EfakturaState> {
  try {
    const body = (await ctx.bench.getJson(
      `/mps/v1/transactions/${encodeURIComponent(send.transactionId)}`,
      ctx.config.issuer.apiKey,
    )) as { status?: unknown; deliveredAt?: unknown } | undefined;
    const state = efakturaState(body?.status);
    if (state !== 'UNKNOWN') send.status = state;
    if (typeof body?.deliveredAt === 'string') send.deliveredAt = body.deliveredAt;
    return send.status;
  } catch {
    return send.status;
  }
}

/** Withdraws an eFaktura from the online bank; true when MPS cancelled it (or had already). */
export async function cancelTransaction(
  ctx: ClientContext,
  send: EfakturaSend,
  why: string,
): Promise<boolean> {
  try {
    await ctx.bench.call('POST', `/mps/v1/transactions/${encodeURIComponent(send.transactionId)}/cancel`, {
      key: ctx.config.issuer.apiKey,
    });
    send.status = 'CANCELLED';
    decide(
      ctx,
      'fallback',
      `invoice ${send.invoiceNumber}`,
      `eFaktura ${send.transactionId} cancelled at MPS (${why})`,
    );
    return true;
  } catch (error) {
    const code = error instanceof BenchError ? error.code : 'NETWORK';
    decide(
      ctx,
      'fallback',
      `invoice ${send.invoiceNumber}`,
      `eFaktura ${send.transactionId} could not be cancelled (${code}); continuing with the fallback`,
    );
    return false;
  }
}
