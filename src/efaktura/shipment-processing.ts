// MPS processes a shipment asynchronously (efaktura-b2c.md §4.2 [C]: IN_PROGRESS until every
// transaction is validated, then PROCESSED, or STOPPED when nothing could be processed). Each
// transaction is REJECTED with a reason or DELIVERED into the recipient's online bank; an
// AvtaleGiro-only claim becomes PENDING (waiting for the payer's bank, §4.2 [C]; not simulated
// further). Statuses are read against the virtual date of processing.
import { osloDate, osloIso } from '../norway/oslo-time.ts';
import { EfakturaBenchBug } from './issue.ts';
import type { JttaSettings, MpsSettings } from './settings.ts';
import type { EfakturaTransaction } from './shipment.ts';
import type { EfakturaState } from './state.ts';
import { validateTransaction } from './transaction-validation.ts';

export interface ProcessingSummary {
  delivered: EfakturaTransaction[];
  rejected: EfakturaTransaction[];
}

export function deliverToInbox(
  state: EfakturaState,
  tx: EfakturaTransaction,
  nationalId: string,
  at: string,
): void {
  tx.status = 'DELIVERED';
  tx.recipientNationalId = nationalId;
  tx.deliveredAt = at;
  let inbox = state.inbox.get(nationalId);
  if (!inbox) {
    inbox = [];
    state.inbox.set(nationalId, inbox);
  }
  inbox.push(tx.transactionId);
}

export function processShipment(
  state: EfakturaState,
  shipmentId: string,
  now: Date,
  settings: { mps: MpsSettings; jtta: JttaSettings },
): ProcessingSummary {
  const shipment = state.shipments.get(shipmentId);
  if (!shipment) throw new EfakturaBenchBug(`processShipment: no shipment ${shipmentId}`);
  const summary: ProcessingSummary = { delivered: [], rejected: [] };
  if (shipment.status !== 'IN_PROGRESS') return summary;
  const at = osloIso(now);
  const context = {
    register: state.register,
    issuer: state.issuers.get(shipment.issuerOrgNumber),
    today: osloDate(now),
    mps: settings.mps,
    jtta: settings.jtta,
  };
  let processed = 0;
  for (const id of shipment.transactionIds) {
    const tx = state.transactions.get(id);
    if (!tx)
      throw new EfakturaBenchBug(`processShipment: shipment ${shipmentId} lists unknown transaction ${id}`);
    if (tx.status !== 'IN_PROGRESS') continue;
    tx.processedAt = at;
    const result = validateTransaction(tx, shipment.issuerOrgNumber, context);
    if (!result.ok) {
      tx.status = 'REJECTED';
      tx.reason = result.reason;
      summary.rejected.push(tx);
      continue;
    }
    processed += 1;
    if (result.recipient) {
      deliverToInbox(state, tx, result.recipient.nationalId, at);
      summary.delivered.push(tx);
    } else {
      tx.status = 'PENDING';
    }
  }
  shipment.status = processed > 0 ? 'PROCESSED' : 'STOPPED';
  shipment.processedAt = at;
  shipment.processingJobId = null;
  return summary;
}
