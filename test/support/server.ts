// Test helpers: the whole bench on a free loopback port, in-process, or through msw.
import { setupServer } from 'msw/node';
import { startBenchServer } from '../../simulators/server.ts';
import { createFullBench } from '../../simulators/index.ts';
import { benchHandlers } from '../../simulators/kernel/msw.ts';
import type { FullBenchOptions } from '../../simulators/index.ts';
import type { Bench } from '../../simulators/kernel/bench.ts';
import type { Simulator, Tenant, WorldKind } from '../../simulators/kernel/types.ts';

/** Monday 12 January 2026, 08:00 in Oslo: a banking day, far from holidays. */
export const TEST_START = new Date('2026-01-12T08:00:00+01:00');
export const TEST_TENANT_KEY = 'ebk_tenant_test_key_0123456789abcdef';
export const TEST_ADMIN_KEY = 'ebk_admin_test_key_0123456789abcdef';

export interface TestBenchOptions {
  seed?: number;
  world?: WorldKind;
  frozenAt?: Date;
  extraSimulators?: readonly Simulator[];
}

export interface TestServer {
  baseUrl: string;
  tenantKey: string;
  adminKey: string;
  bench: Bench;
  tenant: Tenant;
  /** Every 500 the bench produced: tests assert this stays empty. */
  internalErrors: unknown[];
  close(): Promise<void>;
}

function fullOptions(options: TestBenchOptions, internalErrors: unknown[]): FullBenchOptions {
  return {
    apiKey: TEST_TENANT_KEY,
    adminKey: TEST_ADMIN_KEY,
    seed: options.seed ?? 42,
    world: options.world ?? 'empty',
    frozenAt: options.frozenAt ?? TEST_START,
    extraSimulators: options.extraSimulators,
    onInternalError: (error) => internalErrors.push(error),
  };
}

/** The whole bench (express) on a free loopback port, clock frozen at TEST_START. */
export async function startTestServer(options: TestBenchOptions = {}): Promise<TestServer> {
  const internalErrors: unknown[] = [];
  const server = await startBenchServer({
    ...fullOptions(options, internalErrors),
    port: 0,
    host: '127.0.0.1',
  });
  return {
    baseUrl: server.url,
    tenantKey: TEST_TENANT_KEY,
    adminKey: TEST_ADMIN_KEY,
    bench: server.bench,
    tenant: server.tenant,
    internalErrors,
    close: server.close,
  };
}

export interface InProcessBench {
  baseUrl: string;
  tenantKey: string;
  adminKey: string;
  bench: Bench;
  tenant: Tenant;
  internalErrors: unknown[];
  /** fetch that goes straight to bench.dispatch (no sockets). */
  fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

export const IN_PROCESS_BASE_URL = 'http://bench.test';

export function createInProcessBench(options: TestBenchOptions = {}): InProcessBench {
  const internalErrors: unknown[] = [];
  const { bench, tenant } = createFullBench(fullOptions(options, internalErrors));
  return {
    baseUrl: IN_PROCESS_BASE_URL,
    tenantKey: TEST_TENANT_KEY,
    adminKey: TEST_ADMIN_KEY,
    bench,
    tenant,
    internalErrors,
    fetch: (input, init) => {
      const url =
        typeof input === 'string' && input.startsWith('/') ? `${IN_PROCESS_BASE_URL}${input}` : input;
      return bench.dispatch(new Request(url, init));
    },
  };
}

/** msw intercepting IN_PROCESS_BASE_URL with the bench's handlers; call listen() / close(). */
export function mswServer(options: TestBenchOptions = {}) {
  const inProcess = createInProcessBench(options);
  const server = setupServer(...benchHandlers(inProcess.bench, { baseUrl: IN_PROCESS_BASE_URL }));
  return { ...inProcess, server };
}
