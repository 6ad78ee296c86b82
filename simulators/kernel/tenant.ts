// A tenant: an isolated world with its own state, clock, journal, fault rules and keys, so parallel
// test suites never collide (ARCHITECTURE.md §3).
import { createHash } from 'node:crypto';
import { SeededRandom } from '../../src/world/rng.ts';
import { VirtualClock } from './clock.ts';
import { Journal } from './journal.ts';
import { FaultRules } from './faults.ts';
import type { Party, Settings, Simulator, Tenant, WorldKind } from './types.ts';

export interface TenantOptions {
  id: string;
  apiKey: string;
  seed: number;
  realNow: () => number;
  simulators: readonly Simulator[];
  journalBodyLimit?: number;
  /** Called when the tenant issues a party key, so the bench can resolve it. */
  onKeyIssued: (key: string, tenant: TenantState, party: Party) => void;
  onKeysRevoked: (keys: string[]) => void;
}

export class TenantState implements Tenant {
  readonly id: string;
  readonly apiKey: string;
  seed: number;
  world: WorldKind = 'empty';
  readonly clock: VirtualClock;
  readonly journal: Journal;
  readonly faults = new FaultRules();
  rng: SeededRandom;
  settings: Settings;
  private stores = new Map<string, unknown>();
  private counters = new Map<string, number>();
  private partyKeys = new Map<string, Party>();
  private readonly options: TenantOptions;

  constructor(options: TenantOptions) {
    this.options = options;
    this.id = options.id;
    this.apiKey = options.apiKey;
    this.seed = options.seed;
    this.rng = new SeededRandom(options.seed);
    this.clock = new VirtualClock(options.realNow);
    this.journal = new Journal({ bodyLimit: options.journalBodyLimit });
    this.settings = defaultSettings(options.simulators);
  }

  store<T>(name: string, create: () => T): T {
    if (!this.stores.has(name)) this.stores.set(name, create());
    return this.stores.get(name) as T;
  }

  /**
   * Party keys are derived from the tenant key and the party, so a fixed `--api-key` and seed give
   * the same issuer and agreement keys on every run (handy for CI scripts).
   */
  issueKey(party: Party): string {
    const digest = createHash('sha256')
      .update(`${this.apiKey}\u0000${party.kind}\u0000${party.id}`)
      .digest('hex');
    const key = `ebk_${party.kind}_${digest.slice(0, 32)}`;
    this.partyKeys.set(key, party);
    this.options.onKeyIssued(key, this, party);
    return key;
  }

  nextId(prefix: string): string {
    const next = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, next);
    return `${prefix}-${String(next).padStart(6, '0')}`;
  }

  /** Drops all state, jobs, fault rules and party keys; keeps the clock, the journal and settings. */
  reset(seed: number, world: WorldKind): void {
    this.stores.clear();
    this.counters.clear();
    this.clock.cancelByName('');
    this.faults.clear();
    this.options.onKeysRevoked([...this.partyKeys.keys()]);
    this.partyKeys.clear();
    this.seed = seed;
    this.world = world;
    this.rng = new SeededRandom(seed);
    for (const simulator of this.options.simulators) simulator.seedWorld?.(this, world);
  }

  describeWorld(): Record<string, unknown> {
    const description: Record<string, unknown> = { tenantId: this.id, seed: this.seed, world: this.world };
    for (const simulator of this.options.simulators) {
      const part = simulator.describeWorld?.(this);
      if (part) description[simulator.name] = part;
    }
    return description;
  }
}

export function defaultSettings(simulators: readonly Simulator[]): Settings {
  const settings: Settings = {};
  for (const simulator of simulators) {
    if (simulator.defaultSettings) settings[simulator.name] = structuredClone(simulator.defaultSettings);
  }
  return settings;
}
