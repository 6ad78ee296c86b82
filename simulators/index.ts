// Every simulator of the bench, in the order their worlds are seeded (the bank first: the others
// open accounts in it).
import { controlSimulator } from './control/index.ts';
import { bankSimulator } from './bank/index.ts';
import { jttaSimulator } from './jtta/index.ts';
import { mpsSimulator } from './mps/index.ts';
import { nettbankSimulator } from './nettbank/index.ts';
import { createBench } from './kernel/bench.ts';
import { loadOpenApi } from './openapi.ts';
import { indexPage } from './index-page.ts';
import type { Bench } from './kernel/bench.ts';
import type { Simulator, Tenant, WorldKind } from './kernel/types.ts';

export const allSimulators: readonly Simulator[] = [
  controlSimulator,
  bankSimulator,
  jttaSimulator,
  mpsSimulator,
  nettbankSimulator,
];

export interface FullBenchOptions {
  adminKey?: string;
  /** The default tenant's key (`--api-key`); random when absent. */
  apiKey?: string;
  seed?: number;
  world?: WorldKind;
  /** Freeze the default tenant's clock at this instant (CI); otherwise it runs from real time. */
  frozenAt?: Date;
  realNow?: () => number;
  /** More simulators in the same process, e.g. the reference client's driver at /driver/v1. */
  extraSimulators?: readonly Simulator[];
  onInternalError?: (error: unknown, request: Request) => void;
  /** Journal bodies over this many characters are cut (default 1 MiB). */
  journalBodyLimit?: number;
}

/** The whole bench with its default tenant, for the server, msw and in-process tests. */
export function createFullBench(options: FullBenchOptions = {}): { bench: Bench; tenant: Tenant } {
  const simulators = [...allSimulators, ...(options.extraSimulators ?? [])];
  let openApiJson: string | undefined;
  const bench = createBench({
    simulators,
    adminKey: options.adminKey,
    realNow: options.realNow,
    onInternalError: options.onInternalError,
    journalBodyLimit: options.journalBodyLimit,
    publicRoutes: [
      {
        method: 'GET',
        path: '/',
        handler: async () =>
          new Response(indexPage(simulators), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
      },
      {
        method: 'GET',
        path: '/openapi.json',
        handler: async () => {
          openApiJson ??= JSON.stringify(loadOpenApi());
          return new Response(openApiJson, { headers: { 'content-type': 'application/json' } });
        },
      },
    ],
  });
  // The clock is set before the world is seeded, so seeded dates (due dates, agreements) are
  // relative to the frozen instant.
  const tenant = bench.createTenant({ apiKey: options.apiKey, seed: options.seed, world: 'empty' });
  if (options.frozenAt) {
    tenant.clock.freeze();
    tenant.clock.set(options.frozenAt);
  }
  // Seed again now that the clock is where it should be, so daily jobs and seeded dates use it.
  bench.resetTenant(tenant, { world: options.world ?? 'empty' });
  return { bench, tenant };
}
