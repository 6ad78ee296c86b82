// Cancelling a shipment (cancelShipment / cancelConsignment: 201 not found, 202 several found,
// 205 already cancelled; efaktura-b2c.md §4.2 [C]) or one transaction (cancelTransaction; its codes
// are not public, so the catalogue has 201T/205T modelled on them [I]). A cancelled eFaktura leaves
// the consumer's to-do list; an approved one also loses its scheduled payment.
import { osloIso } from '../norway/oslo-time.ts';
import { issue } from './issue.ts';
import type { Outcome } from './issue.ts';
import type { EfakturaTransaction, Shipment, TransactionStatus } from './shipment.ts';
import type { EfakturaState } from './state.ts';
import { TRIGGER_PREFIX } from './trigger.ts';

const CANCELLABLE: ReadonlySet<TransactionStatus> = new Set([
  'IN_PROGRESS',
  'DELIVERED',
  'PENDING',
  'APPROVED',
]);

export interface CancellationResult {
  cancelled: EfakturaTransaction[];
  /** Transfer ids of approved payments the bank must drop (ledger-port cancelTransfer). */
  transfersToCancel: string[];
}

function cancel(tx: EfakturaTransaction, at: string, result: CancellationResult): void {
  if (tx.status === 'APPROVED' && tx.approval) result.transfersToCancel.push(tx.approval.transferId);
  tx.status = 'CANCELLED';
  tx.cancelledAt = at;
  result.cancelled.push(tx);
}

export function cancelShipment(
  state: EfakturaState,
  shipmentId: string,
  now: Date,
): Outcome<CancellationResult & { shipment: Shipment; processingJobId: string | null }> {
  const shipment = state.shipments.get(shipmentId);
  if (!shipment) {
    return {
      ok: false,
      issues: [issue('201', 'shipmentId', shipmentId, `No shipment ${shipmentId} was received.`)],
    };
  }
  if (shipment.cancelledAt !== null) {
    return {
      ok: false,
      issues: [
        issue(
          '205',
          'shipmentId',
          shipmentId,
          `Shipment ${shipmentId} was already cancelled at ${shipment.cancelledAt}.`,
        ),
      ],
    };
  }
  const transactions = shipment.transactionIds.map((id) => state.transactions.get(id));
  if (transactions.some((tx) => tx?.invoiceNumber === `${TRIGGER_PREFIX}202`)) {
    return {
      ok: false,
      issues: [
        issue(
          '202',
          'shipmentId',
          shipmentId,
          'Forced by the trigger TRIGGER-202 in an invoiceNumber of this shipment (ARCHITECTURE.md §6).',
        ),
      ],
    };
  }
  const at = osloIso(now);
  const result: CancellationResult = { cancelled: [], transfersToCancel: [] };
  for (const tx of transactions) if (tx && CANCELLABLE.has(tx.status)) cancel(tx, at, result);
  const processingJobId = shipment.processingJobId;
  if (shipment.status === 'IN_PROGRESS') {
    shipment.status = 'STOPPED';
    shipment.processedAt = at;
    shipment.processingJobId = null;
  }
  shipment.cancelledAt = at;
  return { ok: true, value: { ...result, shipment, processingJobId } };
}

export function cancelTransaction(
  state: EfakturaState,
  transactionId: string,
  now: Date,
): Outcome<CancellationResult & { transaction: EfakturaTransaction }> {
  const tx = state.transactions.get(transactionId);
  if (!tx) {
    return {
      ok: false,
      issues: [
        issue('201T', 'transactionId', transactionId, `No transaction ${transactionId} was received.`),
      ],
    };
  }
  if (tx.status === 'CANCELLED') {
    return {
      ok: false,
      issues: [
        issue(
          '205T',
          'transactionId',
          transactionId,
          `Transaction ${transactionId} was already cancelled at ${tx.cancelledAt ?? '?'}.`,
        ),
      ],
    };
  }
  if (!CANCELLABLE.has(tx.status)) {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-NOT-CANCELLABLE',
          'transactionId',
          transactionId,
          `Transaction ${transactionId} is ${tx.status}; only IN_PROGRESS, DELIVERED, PENDING or APPROVED transactions can be cancelled.`,
        ),
      ],
    };
  }
  const result: CancellationResult = { cancelled: [], transfersToCancel: [] };
  cancel(tx, osloIso(now), result);
  return { ok: true, value: { ...result, transaction: tx } };
}
