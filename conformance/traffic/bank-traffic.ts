// The SUT's bank traffic read back from the journal (ARCHITECTURE.md §5.4): pain.001 payment files
// it sent, the pain.002 status reports and camt.054 notifications it fetched.
import { readPain001 } from '../../src/iso20022/pain001.ts';
import type { Pain001Document } from '../../src/iso20022/pain001-model.ts';
import { parseJson } from './mps-traffic.ts';
import type { JournalEntry } from './journal-entry.ts';

export interface PaymentFilePost {
  seq: number;
  entry: JournalEntry;
  xml: string;
  /** The parsed file, when it reads as a pain.001. */
  document?: Pain001Document;
  readError?: string;
  /** The bank's answer (202 `{ fileId, messageId, groupStatus }`). */
  fileId?: string;
  groupStatus?: string;
  accepted: boolean;
}

export interface StatusReportRead {
  seq: number;
  entry: JournalEntry;
  xml: string;
  /** `OrgnlMsgId` of the pain.001 this report answers. */
  originalMessageId?: string;
  groupStatus?: string;
  /** Transaction statuses: OrgnlEndToEndId → TxSts and reason codes. */
  transactions: Array<{ endToEndId: string; status: string; reasons: string[] }>;
  /** Every StsRsnInf/Rsn/Cd in the report. */
  reasons: string[];
}

export function isPaymentFilePost(entry: JournalEntry): boolean {
  return entry.method === 'POST' && entry.path === '/bank/v1/payment-files';
}

export function readPaymentFile(entry: JournalEntry): PaymentFilePost {
  const xml = entry.requestBody ?? '';
  const read = readPain001(xml);
  const answer = parseJson(entry.responseBody) as { fileId?: unknown; groupStatus?: unknown } | undefined;
  return {
    seq: entry.seq,
    entry,
    xml,
    document: read.ok ? read.document : undefined,
    readError: read.ok ? undefined : read.message,
    fileId: typeof answer?.fileId === 'string' ? answer.fileId : undefined,
    groupStatus: typeof answer?.groupStatus === 'string' ? answer.groupStatus : undefined,
    accepted: entry.status >= 200 && entry.status < 300,
  };
}

function tag(xml: string, name: string): string | undefined {
  return new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`).exec(xml)?.[1]?.trim();
}

function allTags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}>([^<]*)</(?:\\w+:)?${name}>`, 'g'))].map((m) =>
    (m[1] ?? '').trim(),
  );
}

export function isStatusReportRead(entry: JournalEntry): boolean {
  return entry.method === 'GET' && /^\/bank\/v1\/status-reports\/[^/]+$/.test(entry.path);
}

/** A light read of a pain.002 (enough for evidence: statuses, end-to-end ids and reason codes). */
export function readStatusReport(entry: JournalEntry): StatusReportRead {
  const xml = entry.responseBody ?? '';
  const transactions = [...xml.matchAll(/<(?:\w+:)?TxInfAndSts>([\s\S]*?)<\/(?:\w+:)?TxInfAndSts>/g)].map(
    (m) => {
      const block = m[1] ?? '';
      return {
        endToEndId: tag(block, 'OrgnlEndToEndId') ?? '',
        status: tag(block, 'TxSts') ?? '',
        reasons: allTags(block, 'Cd').filter(
          (code) => /^[A-Z0-9]{4}$/.test(code) && code !== tag(block, 'TxSts'),
        ),
      };
    },
  );
  const reasons = [...xml.matchAll(/<(?:\w+:)?Rsn>\s*<(?:\w+:)?Cd>([^<]*)<\/(?:\w+:)?Cd>/g)].map((m) =>
    (m[1] ?? '').trim(),
  );
  return {
    seq: entry.seq,
    entry,
    xml,
    originalMessageId: tag(xml, 'OrgnlMsgId'),
    groupStatus: tag(xml, 'GrpSts'),
    transactions,
    reasons: [...new Set(reasons)],
  };
}

export function isNotificationRead(entry: JournalEntry): boolean {
  return entry.method === 'GET' && /^\/bank\/v1\/notifications(\/[^/]+)?$/.test(entry.path);
}
