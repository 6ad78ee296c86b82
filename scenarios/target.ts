// Where the scenarios run: the bench and a driver (ARCHITECTURE.md §5.6).
// - in-process (default, and what `npm test` uses): the whole bench with the reference client's
//   driver mounted at /driver/v1, called through bench.dispatch — no sockets, fast and exact;
// - loopback: the same, served by express on a free 127.0.0.1 port, over real HTTP;
// - external: a driver at a URL (another system under test) against a bench at `--bench URL`
//   or one started here on a loopback port, which the driver must be pointed at.
// When the bench runs here, every run gets a fresh tenant (its own journal, clock and state).
import { createFullBench } from '../simulators/index.ts';
import { startBenchServer } from '../simulators/server.ts';
import { createDriverSimulator } from '../reference-client/index.ts';
import type { MutantName } from '../reference-client/index.ts';
import { createHttpClient } from './http-client.ts';
import type { FetchLike, HttpClient } from './http-client.ts';
import { SCENARIO_START } from './world.ts';

export type TargetKind = 'in-process' | 'loopback' | 'external';

export interface TenantHandle {
  key: string;
  close(): Promise<void>;
}

export interface ScenarioTarget {
  kind: TargetKind;
  benchUrl: string;
  driverUrl: string;
  /** The target's own tenant (the one an external driver is configured with). */
  tenantKey: string;
  /** The reference client runs in this process, so the scenario may configure it per run. */
  referenceDriver: boolean;
  mutant?: MutantName;
  /** Bench bugs (500s) seen so far, when the bench runs in this process. */
  internalErrors: unknown[];
  bench(key?: string): HttpClient;
  driver(key?: string): HttpClient;
  /**
   * A fresh tenant for one run, when the bench runs here and its admin key is known; otherwise
   * runs share the target's tenant and reset it (an external driver knows only that one).
   */
  openTenant?(seed: number): Promise<TenantHandle>;
  close(): Promise<void>;
}

export interface TargetOptions {
  kind?: TargetKind;
  /** The driver's base URL (…/driver/v1) for an external system under test. */
  driverUrl?: string;
  /** A bench already running (external kind only); else one is started here. */
  benchUrl?: string;
  tenantKey?: string;
  /** Port for a bench started here for an external driver (default 7070; 0 picks a free one). */
  port?: number;
  mutant?: MutantName;
  seed?: number;
}

const DEFAULT_TENANT_KEY = 'ebk_tenant_scenarios_0123456789abcdef';
const ADMIN_KEY = 'ebk_admin_scenarios_0123456789abcdef';

/** POST /sim/v1/tenants with the admin key; DELETE /sim/v1/tenants/{id} after the run (§5.1). */
function tenantOpener(admin: HttpClient): (seed: number) => Promise<TenantHandle> {
  return async (seed) => {
    const created = await admin.post<{ tenantId: string; apiKey: string }>('/sim/v1/tenants', {
      seed,
      world: 'empty',
    });
    if (created.status !== 201) {
      throw new Error(`creating a tenant answered ${created.status}: ${created.text.slice(0, 200)}`);
    }
    const { tenantId, apiKey } = created.body;
    return {
      key: apiKey,
      close: async () => {
        await admin.delete(`/sim/v1/tenants/${tenantId}`);
      },
    };
  };
}

export async function startTarget(options: TargetOptions = {}): Promise<ScenarioTarget> {
  const kind: TargetKind = options.driverUrl ? 'external' : (options.kind ?? 'in-process');
  const tenantKey = options.tenantKey ?? DEFAULT_TENANT_KEY;
  const internalErrors: unknown[] = [];
  const common = {
    apiKey: tenantKey,
    adminKey: ADMIN_KEY,
    seed: options.seed ?? 1,
    world: 'demo' as const,
    frozenAt: new Date(SCENARIO_START),
    onInternalError: (error: unknown) => internalErrors.push(error),
  };

  if (kind === 'in-process') {
    const driver = createDriverSimulator({ mutant: options.mutant, transport: 'dispatch' });
    const { bench } = createFullBench({ ...common, extraSimulators: [driver] });
    const baseUrl = 'http://bench.scenarios';
    const fetchImpl: FetchLike = (input, init) => bench.dispatch(new Request(input, init));
    return {
      kind,
      benchUrl: baseUrl,
      driverUrl: `${baseUrl}/driver/v1`,
      tenantKey,
      referenceDriver: true,
      mutant: options.mutant,
      internalErrors,
      bench: (key = tenantKey) => createHttpClient(baseUrl, key, fetchImpl),
      driver: (key = tenantKey) => createHttpClient(`${baseUrl}/driver/v1`, key, fetchImpl, 'driver'),
      openTenant: tenantOpener(createHttpClient(baseUrl, ADMIN_KEY, fetchImpl)),
      close: async () => undefined,
    };
  }

  if (kind === 'loopback') {
    const driver = createDriverSimulator({ mutant: options.mutant, transport: 'fetch' });
    const server = await startBenchServer({
      ...common,
      port: 0,
      host: '127.0.0.1',
      extraSimulators: [driver],
    });
    return {
      kind,
      benchUrl: server.url,
      driverUrl: `${server.url}/driver/v1`,
      tenantKey,
      referenceDriver: true,
      mutant: options.mutant,
      internalErrors,
      bench: (key = tenantKey) => createHttpClient(server.url, key),
      driver: (key = tenantKey) => createHttpClient(`${server.url}/driver/v1`, key, fetch, 'driver'),
      openTenant: tenantOpener(createHttpClient(server.url, ADMIN_KEY)),
      close: server.close,
    };
  }

  const driverUrl = (options.driverUrl ?? '').replace(/\/+$/, '');
  const running = options.benchUrl
    ? undefined
    : await startBenchServer({ ...common, port: options.port ?? 7070, host: '127.0.0.1' });
  const benchUrl = running ? running.url : (options.benchUrl ?? '').replace(/\/+$/, '');
  return {
    kind,
    benchUrl,
    driverUrl,
    tenantKey,
    referenceDriver: false,
    internalErrors,
    bench: (key = tenantKey) => createHttpClient(benchUrl, key),
    driver: (key = tenantKey) => createHttpClient(driverUrl, key, fetch, 'driver'),
    close: running ? running.close : async () => undefined,
  };
}
