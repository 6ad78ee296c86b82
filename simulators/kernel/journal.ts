// The per-tenant journal: every request and response with a sequence number, virtual and real time,
// party and status (ARCHITECTURE.md §3). It is the verification API that conformance checks read.
import type { Party } from './types.ts';

export interface JournalEntry {
  seq: number;
  /** Virtual time when the request arrived (ISO 8601 with offset). */
  virtualTime: string;
  realTime: string;
  party: Party | null;
  method: string;
  path: string;
  query: string;
  status: number;
  durationMs: number;
  requestContentType: string | null;
  requestBody: string | null;
  requestBytes: number;
  responseContentType: string | null;
  responseBody: string | null;
  responseBytes: number;
  /** Bodies over the journal's body limit are cut; the byte counts stay exact. */
  truncated: boolean;
  /** The catalogue code of a problem+json answer, if any. */
  code: string | null;
  /** The fault rule that acted on this request, if any. */
  fault: string | null;
}

export interface JournalQuery {
  since?: number;
  party?: string;
  limit?: number;
}

export class Journal {
  private entries: JournalEntry[] = [];
  private nextSeq = 1;
  readonly bodyLimit: number;
  readonly maxEntries: number;

  constructor(options: { bodyLimit?: number; maxEntries?: number } = {}) {
    // 1 MiB: a 1,000-transaction shipment (~300 KiB of JSON) is kept whole for conformance checks.
    this.bodyLimit = options.bodyLimit ?? 1024 * 1024;
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  record(entry: Omit<JournalEntry, 'seq' | 'truncated'> & { truncated?: boolean }): JournalEntry {
    const cut = (body: string | null): string | null =>
      body !== null && body.length > this.bodyLimit ? body.slice(0, this.bodyLimit) : body;
    const stored: JournalEntry = {
      ...entry,
      seq: this.nextSeq,
      requestBody: cut(entry.requestBody),
      responseBody: cut(entry.responseBody),
      truncated:
        (entry.truncated ?? false) ||
        (entry.requestBody?.length ?? 0) > this.bodyLimit ||
        (entry.responseBody?.length ?? 0) > this.bodyLimit,
    };
    this.nextSeq += 1;
    this.entries.push(stored);
    // Bounded memory for long-running sandboxes: the oldest entries go first.
    if (this.entries.length > this.maxEntries) this.entries.splice(0, this.entries.length - this.maxEntries);
    return stored;
  }

  /** Entries with seq > since, optionally for one party ("issuer:123456785" or just "issuer"). */
  list(query: JournalQuery = {}): { entries: JournalEntry[]; next: number } {
    const since = query.since ?? 0;
    const limit = Math.max(1, Math.min(query.limit ?? 1000, 10_000));
    const matches = (entry: JournalEntry): boolean => {
      if (entry.seq <= since) return false;
      if (!query.party) return true;
      if (!entry.party) return false;
      const [kind, id] = query.party.split(':');
      return entry.party.kind === kind && (id === undefined || entry.party.id === id);
    };
    const selected: JournalEntry[] = [];
    // Entries are in seq order: start at the first one after `since` instead of scanning from 0.
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.entries[mid]?.seq ?? 0) <= since) low = mid + 1;
      else high = mid;
    }
    for (let index = low; index < this.entries.length; index += 1) {
      const entry = this.entries[index] as JournalEntry;
      if (!matches(entry)) continue;
      selected.push(entry);
      if (selected.length >= limit) break;
    }
    const last = selected.at(-1);
    return { entries: selected, next: last ? last.seq : since };
  }

  lastSeq(): number {
    return this.nextSeq - 1;
  }
}
