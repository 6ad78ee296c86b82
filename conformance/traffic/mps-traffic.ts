// The SUT's MPS traffic read back from the journal (ARCHITECTURE.md §5.3): register searches,
// shipments and status polls, with the journal sequence number of each for evidence.
import type { JournalEntry } from './journal-entry.ts';

export interface SearchCustomerSent {
  customerNumber?: string;
  nationalId?: string;
  firstName?: string;
  lastName?: string;
  address?: unknown;
  email?: string;
  mobile?: string;
  [field: string]: unknown;
}

export interface SearchResultSeen {
  customerNumber: string;
  status: string;
  efakturaIdentifier?: string;
}

export interface SearchCall {
  seq: number;
  entry: JournalEntry;
  issuerOrgNumber?: string;
  customers: SearchCustomerSent[];
  /** Exact when the body parsed; a lower bound read from a cut body otherwise. */
  customerCount: number;
  results: SearchResultSeen[];
}

export interface ShipmentTransactionSent {
  transactionId?: string;
  paymentType?: string;
  documentType?: string;
  invoiceNumber?: string;
  efakturaIdentifier?: string;
  efakturaReference?: string;
  nationalId?: string;
  kid?: string;
  amount?: unknown;
  minAmount?: unknown;
  dueDate?: string;
  issuerName?: string;
  accountNumber?: string;
  [field: string]: unknown;
}

export interface ShipmentPost {
  seq: number;
  entry: JournalEntry;
  shipmentId?: string;
  issuerOrgNumber?: string;
  transactions: ShipmentTransactionSent[];
  /**
   * Exact when the body parsed. For a body the journal cut (bodies over its limit), the count MPS
   * reported in a later status answer, else a lower bound (`countKnown` false).
   */
  transactionCount: number;
  countKnown: boolean;
  /** 202 when MPS took it in. */
  accepted: boolean;
}

export interface TransactionStatusSeen {
  transactionId: string;
  status: string;
  reason?: string;
}

export interface StatusPoll {
  seq: number;
  entry: JournalEntry;
  kind: 'shipment' | 'transaction' | 'shipment-list';
  /** Shipment or transaction id ('' for the list). */
  id: string;
  virtualMs: number;
  realMs: number;
  /** Shipment status in the answer (IN_PROGRESS, PROCESSED, STOPPED) or transaction status. */
  answerStatus?: string;
  transactions: TransactionStatusSeen[];
  /** `accepted + rejected` of a shipment status answer, when it says. */
  total?: number;
}

export function parseJson(text: string | null): unknown {
  if (text === null || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** How many times a field name occurs in a (possibly cut) JSON text: a lower bound on an array's size. */
function countField(body: string | null, field: string): number {
  if (!body) return 0;
  return body.split(`"${field}"`).length - 1;
}

export function isSearch(entry: JournalEntry): boolean {
  return entry.method === 'POST' && entry.path === '/mps/v1/efaktura-identifiers/search';
}

export function readSearch(entry: JournalEntry): SearchCall {
  const body = record(parseJson(entry.requestBody));
  const customers = Array.isArray(body?.customers)
    ? (body.customers.filter(record) as SearchCustomerSent[])
    : [];
  const answer = record(parseJson(entry.responseBody));
  const results = Array.isArray(answer?.results)
    ? answer.results
        .map(record)
        .filter((r): r is Record<string, unknown> => r !== undefined)
        .map((r) => ({
          customerNumber: text(r.customerNumber) ?? '',
          status: text(r.status) ?? '',
          efakturaIdentifier: text(r.efakturaIdentifier),
        }))
    : [];
  return {
    seq: entry.seq,
    entry,
    issuerOrgNumber: text(body?.issuerOrgNumber),
    customers,
    customerCount: body ? customers.length : countField(entry.requestBody, 'customerNumber'),
    results,
  };
}

export function isShipmentPost(entry: JournalEntry): boolean {
  return entry.method === 'POST' && entry.path === '/mps/v1/shipments';
}

function fieldText(body: string | null, field: string): string | undefined {
  if (!body) return undefined;
  return new RegExp(`"${field}"\\s*:\\s*"([^"]*)"`).exec(body)?.[1];
}

export function readShipment(entry: JournalEntry): ShipmentPost {
  const body = record(parseJson(entry.requestBody));
  const answer = record(parseJson(entry.responseBody));
  const transactions = Array.isArray(body?.transactions)
    ? (body.transactions.filter(record) as ShipmentTransactionSent[])
    : [];
  return {
    seq: entry.seq,
    entry,
    // A cut body does not parse: the id is in MPS's answer, or at the start of the body.
    shipmentId:
      text(body?.shipmentId) ?? text(answer?.shipmentId) ?? fieldText(entry.requestBody, 'shipmentId'),
    issuerOrgNumber: text(body?.issuerOrgNumber) ?? fieldText(entry.requestBody, 'issuerOrgNumber'),
    transactions,
    transactionCount: body ? transactions.length : countField(entry.requestBody, 'transactionId'),
    countKnown: body !== undefined,
    accepted: entry.status >= 200 && entry.status < 300,
  };
}

/** For shipments whose body the journal cut, takes the size MPS reported when the SUT polled it. */
export function completeShipmentCounts(shipments: ShipmentPost[], polls: readonly StatusPoll[]): void {
  for (const shipment of shipments) {
    if (shipment.countKnown || !shipment.shipmentId) continue;
    const reported = polls
      .filter((poll) => poll.kind === 'shipment' && poll.id === shipment.shipmentId)
      .map((poll) => Math.max(poll.total ?? 0, poll.transactions.length))
      .reduce((a, b) => Math.max(a, b), 0);
    if (reported > 0) {
      shipment.transactionCount = Math.max(shipment.transactionCount, reported);
      shipment.countKnown = true;
    }
  }
}

const SHIPMENT_STATUS = /^\/mps\/v1\/shipments\/([^/]+)$/;
const TRANSACTION_STATUS = /^\/mps\/v1\/transactions\/([^/]+)$/;

export function readPoll(entry: JournalEntry): StatusPoll | undefined {
  if (entry.method !== 'GET') return undefined;
  const shipment = SHIPMENT_STATUS.exec(entry.path);
  const transaction = TRANSACTION_STATUS.exec(entry.path);
  const kind = shipment
    ? 'shipment'
    : transaction
      ? 'transaction'
      : entry.path === '/mps/v1/shipments'
        ? 'shipment-list'
        : undefined;
  if (!kind) return undefined;
  const answer = record(parseJson(entry.responseBody));
  const transactions: TransactionStatusSeen[] = [];
  const collect = (value: unknown): void => {
    const tx = record(value);
    const id = text(tx?.transactionId);
    const status = text(tx?.status);
    if (tx && id && status)
      transactions.push({
        transactionId: id,
        status,
        reason: text(tx.reason) ?? text(record(tx.reason)?.code),
      });
  };
  if (kind === 'transaction') collect(answer);
  if (Array.isArray(answer?.transactions)) answer.transactions.forEach(collect);
  return {
    seq: entry.seq,
    entry,
    kind,
    id: decodeURIComponent(shipment?.[1] ?? transaction?.[1] ?? ''),
    virtualMs: Date.parse(entry.virtualTime),
    realMs: Date.parse(entry.realTime),
    answerStatus: text(answer?.status),
    transactions,
    total:
      typeof answer?.accepted === 'number' && typeof answer.rejected === 'number'
        ? answer.accepted + answer.rejected
        : undefined,
  };
}

export function isBlacklistRead(entry: JournalEntry): boolean {
  return entry.method === 'GET' && /^\/mps\/v1\/issuers\/[^/]+\/blacklist$/.test(entry.path);
}
