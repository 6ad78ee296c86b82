// Journal entries for unit tests of the traffic readers and the judgements (no bench needed).
import type { JournalEntry } from './journal-entry.ts';

let nextSeq = 1;

export function journalEntry(
  partial: Partial<JournalEntry> & Pick<JournalEntry, 'method' | 'path'>,
): JournalEntry {
  const seq = partial.seq ?? nextSeq++;
  return {
    seq,
    virtualTime: '2026-01-12T08:00:00+01:00',
    realTime: new Date(Date.UTC(2026, 0, 12, 7, 0, 0, seq)).toISOString(),
    party: { kind: 'issuer', id: '912852792' },
    query: '',
    status: 200,
    durationMs: 1,
    requestContentType: 'application/json',
    requestBody: null,
    requestBytes: 0,
    responseContentType: 'application/json',
    responseBody: null,
    responseBytes: 0,
    truncated: false,
    code: null,
    fault: null,
    ...partial,
  };
}

/** A shipment POST as the SUT would send it, with `count` transactions. */
export function shipmentEntry(options: {
  shipmentId?: string;
  transactions?: Array<Record<string, unknown>>;
  status?: number;
  code?: string | null;
  seq?: number;
}): JournalEntry {
  const body = {
    shipmentId: options.shipmentId ?? '0b7f6a52-3c1e-4d7a-9a7b-2f1d4c5e6a70',
    issuerOrgNumber: '912852792',
    transactions: options.transactions ?? [],
  };
  const text = JSON.stringify(body);
  return journalEntry({
    seq: options.seq,
    method: 'POST',
    path: '/mps/v1/shipments',
    status: options.status ?? 202,
    code: options.code ?? null,
    requestBody: text,
    requestBytes: text.length,
    responseBody: JSON.stringify({ shipmentId: body.shipmentId, status: 'IN_PROGRESS' }),
  });
}

/** GET /mps/v1/shipments/{id} at a virtual and real time. */
export function pollEntry(
  shipmentId: string,
  virtualTime: string,
  realMs: number,
  status = 'IN_PROGRESS',
  seq?: number,
): JournalEntry {
  return journalEntry({
    seq,
    method: 'GET',
    path: `/mps/v1/shipments/${shipmentId}`,
    virtualTime,
    realTime: new Date(realMs).toISOString(),
    responseBody: JSON.stringify({ shipmentId, status, accepted: 0, rejected: 0, transactions: [] }),
  });
}
