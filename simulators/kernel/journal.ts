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
  /**
   * Bodies over the journal's body limit are cut, and past its body budget the oldest entries
   * lose their bodies; the byte counts stay exact.
   */
  truncated: boolean;
  /** The catalogue code of a problem+json answer, if any. */
  code: string | null;
  /** The fault rule that acted on this request, if any. */
  fault: string | null;
}

function bodyChars(entry: JournalEntry): number {
  return (entry.requestBody?.length ?? 0) + (entry.responseBody?.length ?? 0);
}

export interface JournalQuery {
  since?: number;
  party?: string;
  limit?: number;
}

export interface JournalOptions {
  /** Longest body kept per request or response, in characters (default 1 Mi). */
  bodyLimit?: number;
  /** Entries kept; the oldest go first, in batches of 1/64 of this (default 100,000). */
  maxEntries?: number;
  /**
   * Body characters kept over all entries (default 256 Mi): past it the oldest entries lose their
   * bodies (null, `truncated: true`) and keep everything else, so a long-running sandbox under
   * load stays bounded (100,000 entries of up to 1 MiB each would not be).
   */
  bodyBudget?: number;
}

export class Journal {
  private entries: JournalEntry[] = [];
  private nextSeq = 1;
  /** Body characters held by entries[bodiesFrom..]; entries before bodiesFrom hold none. */
  private bodyChars = 0;
  private bodiesFrom = 0;
  readonly bodyLimit: number;
  readonly maxEntries: number;
  readonly bodyBudget: number;

  constructor(options: JournalOptions = {}) {
    // 1 MiB: a 1,000-transaction shipment (~300 KiB of JSON) is kept whole for conformance checks.
    this.bodyLimit = options.bodyLimit ?? 1024 * 1024;
    this.maxEntries = options.maxEntries ?? 100_000;
    this.bodyBudget = options.bodyBudget ?? 256 * 1024 * 1024;
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
    this.bodyChars += bodyChars(stored);
    // Bounded memory for long-running sandboxes: the oldest entries go first, a batch at a time
    // (removing one from the front of a 100,000-entry array on every request would copy it each time).
    const slack = Math.max(1, this.maxEntries >> 6);
    if (this.entries.length >= this.maxEntries + slack) {
      const removed = this.entries.splice(0, this.entries.length - this.maxEntries);
      for (const entry of removed) this.bodyChars -= bodyChars(entry);
      this.bodiesFrom = Math.max(0, this.bodiesFrom - removed.length);
    }
    // Past the body budget the oldest bodies go, never the newest entry's.
    while (this.bodyChars > this.bodyBudget && this.bodiesFrom < this.entries.length - 1) {
      const entry = this.entries[this.bodiesFrom] as JournalEntry;
      this.bodyChars -= bodyChars(entry);
      if (entry.requestBody !== null || entry.responseBody !== null) {
        entry.requestBody = null;
        entry.responseBody = null;
        entry.truncated = true;
      }
      this.bodiesFrom += 1;
    }
    return stored;
  }

  /** Body characters the journal holds now (for tests and diagnostics). */
  get heldBodyChars(): number {
    return this.bodyChars;
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
