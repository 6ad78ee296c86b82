// What a check gets to work with: the world (bench), the system under test (driver), the journal
// of everything that happened since the check began, seeded test data, and a place to put findings.
import { makePerson } from '../src/world/person.ts';
import type { Person } from '../src/world/person.ts';
import { SeededRandom } from '../src/world/rng.ts';
import { osloDate } from '../src/norway/oslo-time.ts';
import type { BenchClient } from './http/bench-client.ts';
import type { DriverClient } from './http/driver-client.ts';
import { readSutTraffic } from './traffic/sut-traffic.ts';
import type { SutTraffic } from './traffic/sut-traffic.ts';
import type { JournalEntry } from './traffic/journal-entry.ts';
import type { ActiveCheck, Finding, FindingInput, FindingSink } from './types.ts';
import { issuerByOrgNumber } from './world/world-info.ts';
import type { WorldInfo, WorldIssuer } from './world/world-info.ts';

export interface CheckContextOptions {
  check: ActiveCheck;
  bench: BenchClient;
  driver: DriverClient;
  world: WorldInfo;
  seed: number;
  /** The virtual instant every check starts at (frozen clock). */
  start: Date;
  /** Journal sequence number before the check's world was built. */
  journalStart: number;
}

/** A precondition of the check does not hold in this world (e.g. no MOD10 issuer): not the SUT's fault. */
export class NotApplicable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotApplicable';
  }
}

export class CheckContext implements FindingSink {
  readonly check: ActiveCheck;
  readonly bench: BenchClient;
  readonly driver: DriverClient;
  readonly world: WorldInfo;
  readonly seed: number;
  readonly start: Date;
  readonly journalStart: number;
  readonly rng: SeededRandom;
  readonly findings: Finding[] = [];
  readonly notes: string[] = [];
  /** Bank agreements the runner created for itself (a payer); their traffic is not the SUT's. */
  readonly runnerParties = new Set<string>();
  private customerCounter = 0;
  private entriesCache: { upTo: number; entries: JournalEntry[] } = { upTo: 0, entries: [] };

  constructor(options: CheckContextOptions) {
    this.check = options.check;
    this.bench = options.bench;
    this.driver = options.driver;
    this.world = options.world;
    this.seed = options.seed;
    this.start = options.start;
    this.journalStart = options.journalStart;
    this.entriesCache.upTo = options.journalStart;
    // Each check draws from its own stream: adding a check never changes another's data.
    this.rng = new SeededRandom(options.seed).fork(options.check.id);
  }

  fail(input: FindingInput): void {
    this.findings.push({ ...input, seqs: input.seqs ?? [], codes: input.codes ?? [] });
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** Records a finding unless `condition` holds; returns the condition. */
  expect(condition: boolean, input: FindingInput): boolean {
    if (!condition) this.fail(input);
    return condition;
  }

  /** The issuer the SUT bills as; a check that needs it cannot run without it. */
  get issuer(): NonNullable<WorldInfo['issuer']> {
    if (!this.world.issuer) throw new NotApplicable('the demo world publishes no confirmed eFaktura issuer');
    return this.world.issuer;
  }

  /**
   * The issuer the SUT actually bills as: read from its own searches and shipments (it may be
   * configured with any confirmed demo issuer), else the world's default issuer.
   */
  async sutIssuer(): Promise<WorldIssuer> {
    const traffic = await this.traffic();
    const org =
      traffic.shipments.find((s) => s.issuerOrgNumber)?.issuerOrgNumber ??
      traffic.searches.find((s) => s.issuerOrgNumber)?.issuerOrgNumber;
    return issuerByOrgNumber(this.world, org) ?? this.issuer;
  }

  get agreement(): NonNullable<WorldInfo['agreement']> {
    if (!this.world.agreement) throw new NotApplicable('the demo world publishes no bank agreement');
    return this.world.agreement;
  }

  /** Today's Oslo date on the tenant's virtual clock. */
  async today(): Promise<string> {
    const clock = await this.bench.clock();
    return osloDate(new Date(clock.now));
  }

  advance(
    by: { days?: number; hours?: number; minutes?: number } | { to: string },
  ): Promise<{ now: string; jobsRun: number }> {
    return this.bench.advance(by);
  }

  /** A new consumer (valid national id, name, address, e-mail, mobile), seeded. */
  person(): Person {
    return makePerson(this.rng, { today: osloDate(this.start) });
  }

  /** A fresh customer number for the SUT's customer register. */
  customerNumber(): string {
    this.customerCounter += 1;
    return String(70_000 + this.customerCounter);
  }

  /** Every journal entry since the check began (read incrementally). */
  async entries(): Promise<JournalEntry[]> {
    const more = await this.bench.journalSince(this.entriesCache.upTo);
    this.entriesCache.entries.push(...more.entries);
    this.entriesCache.upTo = more.last;
    return this.entriesCache.entries;
  }

  /** The journal's last sequence number now (the start of the next thing to watch). */
  async journalTail(): Promise<number> {
    await this.entries();
    return this.entriesCache.upTo;
  }

  /** The SUT's own requests to the bench since the check began, parsed. */
  async traffic(): Promise<SutTraffic> {
    return readSutTraffic(await this.entries(), this.runnerParties);
  }

  /** Waits in real time (for SUTs that poll in the background). */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}
