// Reads the tenant's journal (GET /sim/v1/journal?since=) step by step: every request the driver
// made to the simulators is there with its body and answer, which is how the scenarios see what
// the system under test actually sent (ARCHITECTURE.md §3 "Journal").
import type { JournalEntry } from '../simulators/kernel/journal.ts';
import { expectOk } from './http-client.ts';
import type { HttpClient } from './http-client.ts';

export type { JournalEntry };

const PAGE = 5_000;

export class JournalObserver {
  private cursor: number;
  private readonly bench: HttpClient;

  constructor(bench: HttpClient, since: number) {
    this.bench = bench;
    this.cursor = since;
  }

  /** The last sequence number read. */
  get seq(): number {
    return this.cursor;
  }

  /** Skips everything recorded so far (a new run starts reading here). */
  async skipToHead(): Promise<void> {
    await this.pull();
  }

  /** Every entry after the cursor, oldest first; moves the cursor past them. */
  async pull(): Promise<JournalEntry[]> {
    const all: JournalEntry[] = [];
    for (;;) {
      const page = expectOk(
        await this.bench.get<{ entries: JournalEntry[]; next: number }>(
          `/sim/v1/journal?since=${this.cursor}&limit=${PAGE}`,
        ),
        'reading the journal',
      );
      // The scenario's own reads of the journal are journalled too; they carry no facts.
      all.push(...page.entries.filter((entry) => !entry.path.startsWith('/sim/v1/journal')));
      if (page.entries.length === 0) break;
      this.cursor = page.next;
      if (page.entries.length < PAGE) break;
    }
    return all;
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
