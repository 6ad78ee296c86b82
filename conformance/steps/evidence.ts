// Evidence for findings: short excerpts of what the SUT sent, and who an eFaktura went to.
import type { JournalEntry } from '../traffic/journal-entry.ts';
import type { ShipmentTransactionSent } from '../traffic/mps-traffic.ts';
import type { SutTraffic } from '../traffic/sut-traffic.ts';
import type { ShipmentPost } from '../traffic/mps-traffic.ts';

export function excerpt(value: unknown, max = 600): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function requestExcerpt(entry: JournalEntry, max = 600): string {
  return `${entry.method} ${entry.path}${entry.query} → ${entry.status}\n${excerpt(entry.requestBody ?? '', max)}`;
}

/** The eFaktura address a transaction was sent to, as written. */
export function recipientOf(tx: ShipmentTransactionSent): string {
  return tx.efakturaIdentifier ?? tx.nationalId ?? tx.efakturaReference ?? '(no recipient)';
}

export interface PersonAddressing {
  nationalId: string;
  efakturaIdentifier?: string;
}

/** Transactions the SUT shipped to one person (by eFaktura identifier or national id). */
export function shippedTo(
  traffic: SutTraffic,
  person: PersonAddressing,
  afterSeq = 0,
): Array<{ shipment: ShipmentPost; tx: ShipmentTransactionSent }> {
  const hits: Array<{ shipment: ShipmentPost; tx: ShipmentTransactionSent }> = [];
  for (const shipment of traffic.shipments) {
    if (shipment.seq <= afterSeq) continue;
    for (const tx of shipment.transactions) {
      const byId =
        person.efakturaIdentifier !== undefined && tx.efakturaIdentifier === person.efakturaIdentifier;
      const byNationalId = tx.nationalId === person.nationalId;
      if (byId || byNationalId) hits.push({ shipment, tx });
    }
  }
  return hits;
}

/** Transactions the SUT shipped for one invoice number. */
export function shippedInvoice(
  traffic: SutTraffic,
  invoiceNumber: string,
): Array<{ shipment: ShipmentPost; tx: ShipmentTransactionSent }> {
  return traffic.shipments.flatMap((shipment) =>
    shipment.transactions.filter((tx) => tx.invoiceNumber === invoiceNumber).map((tx) => ({ shipment, tx })),
  );
}

export function describeTx(tx: ShipmentTransactionSent): string {
  return excerpt(
    {
      transactionId: tx.transactionId,
      documentType: tx.documentType,
      invoiceNumber: tx.invoiceNumber,
      recipient: recipientOf(tx),
      kid: tx.kid,
      amount: tx.amount,
      dueDate: tx.dueDate,
    },
    400,
  );
}

/** Lines of an XML text from a 1-based line on, numbered, for evidence. */
export function xmlLines(xml: string, fromLine: number, count = 24): string {
  const lines = xml.split('\n');
  const start = Math.max(0, fromLine - 1);
  return lines
    .slice(start, start + count)
    .map((line, index) => `${String(start + index + 1).padStart(4)}  ${line}`)
    .join('\n');
}
