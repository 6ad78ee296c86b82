// The eFaktura the driver sent, as the journal recorded them: every transaction of an accepted
// POST /mps/v1/shipments (ARCHITECTURE.md §5.3; efaktura-b2c.md §4.2 addShipment).
import type { JournalEntry } from '../journal-observer.ts';
import { parseJsonBody } from '../journal-observer.ts';

export interface SentTransaction {
  seq: number;
  shipmentId: string;
  issuerOrgNumber: string;
  transactionId: string;
  invoiceNumber: string;
  documentType: string;
  efakturaIdentifier?: string;
  efakturaReference?: string;
  nationalId?: string;
  kid?: string;
  amount: number;
  dueDate: string;
}

export const SHIPMENTS_PATH = '/mps/v1/shipments';

/** Transactions of shipments MPS took in (202), in journal order. */
export function sentTransactions(entries: readonly JournalEntry[]): SentTransaction[] {
  const sent: SentTransaction[] = [];
  for (const entry of entries) {
    if (entry.method !== 'POST' || entry.path !== SHIPMENTS_PATH || entry.status !== 202) continue;
    const body = parseJsonBody(entry.requestBody) as
      { shipmentId?: unknown; issuerOrgNumber?: unknown; transactions?: unknown } | undefined;
    if (!body || !Array.isArray(body.transactions)) continue;
    for (const raw of body.transactions as Array<Record<string, unknown>>) {
      sent.push({
        seq: entry.seq,
        shipmentId: String(body.shipmentId ?? ''),
        issuerOrgNumber: String(body.issuerOrgNumber ?? ''),
        transactionId: String(raw.transactionId ?? ''),
        invoiceNumber: String(raw.invoiceNumber ?? ''),
        documentType: String(raw.documentType ?? ''),
        efakturaIdentifier: optionalText(raw.efakturaIdentifier),
        efakturaReference: optionalText(raw.efakturaReference),
        nationalId: optionalText(raw.nationalId),
        kid: optionalText(raw.kid),
        amount: typeof raw.amount === 'number' ? raw.amount : Number.NaN,
        dueDate: String(raw.dueDate ?? ''),
      });
    }
  }
  return sent;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** How a transaction names its recipient, for stories: "identifier 3f2a…" or "national id …". */
export function recipientOf(tx: SentTransaction): string {
  if (tx.efakturaIdentifier) return `identifier ${tx.efakturaIdentifier}`;
  if (tx.nationalId) return `national id ${tx.nationalId}`;
  if (tx.efakturaReference) return `eFaktura reference ${tx.efakturaReference}`;
  return 'no recipient';
}
