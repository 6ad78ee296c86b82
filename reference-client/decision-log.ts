// Every decision the reference client makes, with its reason ("customer 1042: BLOCKED by JTTA
// reservation, channel email"). Kept in memory (driver GET /driver/v1/log) and printed by the
// standalone command, so an integrator can follow why each invoice went where it went.

export type DecisionArea =
  | 'config'
  | 'scan'
  | 'agreement'
  | 'billing'
  | 'shipment'
  | 'poll'
  | 'fallback'
  | 'reminder'
  | 'reconcile'
  | 'payables'
  | 'payment-run'
  | 'status-report'
  | 'bench';

export interface Decision {
  seq: number;
  /** The virtual time of the decision (the bench's clock), ISO 8601 with offset. */
  at: string;
  area: DecisionArea;
  /** What it is about: "customer 1042", "invoice 2026-000003", "payable p-7". */
  subject: string;
  /** The decision and its reason in one sentence. */
  message: string;
  data?: Record<string, unknown>;
}

/** The log keeps the newest entries only, so a long-running sandbox does not grow without bound. */
export const DEFAULT_LOG_LIMIT = 20_000;

export class DecisionLog {
  private entries: Decision[] = [];
  private seq = 0;
  private readonly listeners: Array<(decision: Decision) => void> = [];
  private readonly limit: number;

  constructor(limit = DEFAULT_LOG_LIMIT) {
    this.limit = limit;
  }

  record(
    at: string,
    area: DecisionArea,
    subject: string,
    message: string,
    data?: Record<string, unknown>,
  ): Decision {
    this.seq += 1;
    const decision: Decision = { seq: this.seq, at, area, subject, message, ...(data ? { data } : {}) };
    this.entries.push(decision);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    for (const listener of this.listeners) listener(decision);
    return decision;
  }

  /** Entries after `since` (a seq), oldest first; optionally of one area. */
  list(options: { since?: number; area?: DecisionArea; limit?: number } = {}): Decision[] {
    const since = options.since ?? 0;
    const matching = this.entries.filter(
      (d) => d.seq > since && (options.area === undefined || d.area === options.area),
    );
    return options.limit === undefined ? matching : matching.slice(0, options.limit);
  }

  lastSeq(): number {
    return this.seq;
  }

  onRecord(listener: (decision: Decision) => void): void {
    this.listeners.push(listener);
  }
}

/** One line for a terminal: `2026-01-12T08:00 billing   customer 1042: ... `. */
export function formatDecision(decision: Decision): string {
  return `${decision.at.slice(0, 16)} ${decision.area.padEnd(13)} ${decision.subject}: ${decision.message}`;
}
