// The kernel's contracts: fetch-style handlers, simulators as route tables, tenants as isolated
// worlds (ARCHITECTURE.md §3). One implementation, two transports (express and msw).
import type { VirtualClock } from './clock.ts';
import type { Journal } from './journal.ts';
import type { FaultRules } from './faults.ts';
import type { SeededRandom } from '../../src/world/rng.ts';

/** Who is calling. The tenant key may do everything in its tenant; party keys see only their own data. */
export type PartyKind = 'admin' | 'tenant' | 'issuer' | 'agreement' | 'driver';

export interface Party {
  kind: PartyKind;
  /** tenant id for 'tenant', org number for 'issuer', customer id for 'agreement' */
  id: string;
}

/** Per-tenant settings; each simulator contributes defaults under its own name. */
export type Settings = Record<string, Record<string, unknown>>;

export interface Tenant {
  readonly id: string;
  readonly apiKey: string;
  seed: number;
  readonly clock: VirtualClock;
  readonly journal: Journal;
  readonly faults: FaultRules;
  /** Seeded randomness for this tenant (re-seeded by POST /sim/v1/reset). */
  rng: SeededRandom;
  settings: Settings;
  /**
   * The simulator's state for this tenant, created on first use by `create` and dropped on reset.
   * Never keep state in module globals.
   */
  store<T>(name: string, create: () => T): T;
  /** Issues a key for a party of this tenant (an issuer's key, a bank agreement's key). */
  issueKey(party: Party): string;
  /** Deterministic ids: `nextId('file')` → 'file-000001' (seeded worlds replay exactly). */
  nextId(prefix: string): string;
}

export interface HandlerContext {
  tenant: Tenant;
  party: Party;
  /** Path parameters from the route pattern, e.g. { fileId: '...' } for '/payment-files/:fileId'. */
  params: Record<string, string>;
  url: URL;
  /** Base URL of this bench (scheme://host:port), for links in responses. */
  baseUrl: string;
  /** The whole bench, for the control plane (tenants) and for cross-simulator calls. */
  bench: BenchRuntime;
}

export type Handler = (request: Request, ctx: HandlerContext) => Promise<Response>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** path-to-regexp v8 pattern relative to the simulator prefix, e.g. '/payment-files/:fileId' */
  path: string;
  handler: Handler;
  /** Which callers may use it. Default: ['tenant']. */
  allow?: PartyKind[];
  /** Request body limit in bytes for this route (default 1 MiB). */
  maxBodyBytes?: number;
}

export type WorldKind = 'empty' | 'demo';

export interface Simulator {
  name: string;
  /** e.g. '/bank/v1' */
  prefix: string;
  routes: Route[];
  /** Default settings, stored under tenant.settings[name]. */
  defaultSettings?: Record<string, unknown>;
  /** Build the world after a reset (called in registration order; bank before mps before nettbank). */
  seedWorld?(tenant: Tenant, world: WorldKind): void;
  /** Counts and demo credentials for GET /sim/v1/world, under this simulator's name. */
  describeWorld?(tenant: Tenant): Record<string, unknown>;
}

export interface BenchRuntime {
  readonly adminKey: string;
  readonly simulators: readonly Simulator[];
  /** Dispatches a fetch Request through auth, faults, routing and the journal. */
  dispatch(request: Request): Promise<Response>;
  createTenant(options?: { apiKey?: string; seed?: number; world?: WorldKind }): Tenant;
  deleteTenant(id: string): boolean;
  getTenant(id: string): Tenant | undefined;
  /** Resets a tenant's state and re-seeds its world. */
  resetTenant(tenant: Tenant, options?: { seed?: number; world?: WorldKind }): void;
}
