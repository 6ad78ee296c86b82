// Reads the tenant's journal (GET /sim/v1/journal?since=&party=) step by step: every request the
// driver made to the simulators is there with its body and answer, which is how the scenarios see
// what the system under test actually sent (ARCHITECTURE.md §3 "Journal").
//
// Only the parties a system under test acts as are read: the issuer (its MPS key) and the bank
// agreement (its agreement key). The scenario's own requests carry the tenant key and are left
// out — among them its reads of the journal, whose journalled answers would otherwise be read
// back at the next step, each one nesting the last.
import type { JournalEntry } from '../simulators/kernel/journal.ts';
import { expectOk } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

export type { JournalEntry };

const PAGE = 5_000;

/** The parties whose requests are the driver's (ARCHITECTURE.md §3 "Parties get their own keys"). */
export const DRIVER_PARTIES = ['issuer', 'agreement'] as const;

export class JournalObserver {
  private readonly cursors = new Map<string, number>();
  private readonly bench: HttpClient;

  constructor(bench: HttpClient, since = 0) {
    this.bench = bench;
    for (const party of DRIVER_PARTIES) this.cursors.set(party, since);
  }

  /** The highest sequence number read so far. */
  get seq(): number {
    return Math.max(...this.cursors.values());
  }

  /** Skips everything recorded so far (a new run starts reading here). */
  async skipToHead(): Promise<void> {
    await this.pull();
  }

  /** Every driver entry after the cursors, oldest first; moves the cursors past them. */
  async pull(): Promise<JournalEntry[]> {
    const all: JournalEntry[] = [];
    for (const party of DRIVER_PARTIES) {
      for (;;) {
        const since = this.cursors.get(party) ?? 0;
        const page = expectOk(
          await this.bench.get<{ entries: JournalEntry[]; next: number }>(
            `/sim/v1/journal?since=${since}&party=${party}&limit=${PAGE}`,
          ),
          'reading the journal',
        );
        all.push(...page.entries);
        if (page.entries.length === 0) break;
        this.cursors.set(party, page.next);
        if (page.entries.length < PAGE) break;
      }
    }
    return all.sort((a, b) => a.seq - b.seq);
  }
}

export function parseJsonBody(body: string | null): unknown {
  if (body === null || body === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
