// `--driver reference`: the bench and the reference client (reference-client/) started by the
// runner. Two transports: 'http' (the CLI: the bench and the reference client each on a free
// loopback port, exactly as an integrator runs them) and 'in-process' (tests: the driver is a
// simulator of the bench and every request goes through bench.dispatch, no sockets).
import { randomBytes } from 'node:crypto';
import {
  configFromDemoWorld,
  createDriverSimulator,
  startReferenceClient,
} from '../reference-client/index.ts';
import type { MutantName } from '../reference-client/index.ts';
import { createFullBench } from '../simulators/index.ts';
import { startBenchServer } from '../simulators/server.ts';
import type { FetchLike } from './http/json-client.ts';
import { BenchClient } from './http/bench-client.ts';

export interface ReferenceSetup {
  benchUrl: string;
  tenantKey: string;
  driverUrl: string;
  /** Set for the in-process transport: the runner must use it instead of the network. */
  fetch?: FetchLike;
  benchInProcess: boolean;
  /** Bench bugs (500s) seen while the suite ran; a run against the reference must have none. */
  internalErrors: unknown[];
  close(): Promise<void>;
}

export interface ReferenceSetupOptions {
  seed: number;
  start: Date;
  mutant?: MutantName;
  transport?: 'http' | 'in-process';
  /** Use a running bench instead of starting one (http only). */
  benchUrl?: string;
  tenantKey?: string;
  /** Port for the in-process bench (http; default a free one). */
  benchPort?: number;
}

const IN_PROCESS_URL = 'http://bench.invalid';

export async function startReferenceSetup(options: ReferenceSetupOptions): Promise<ReferenceSetup> {
  const tenantKey = options.tenantKey ?? `ebk_tenant_conformance_${randomBytes(12).toString('hex')}`;
  const internalErrors: unknown[] = [];
  const onInternalError = (error: unknown): void => {
    internalErrors.push(error);
  };

  if (options.transport === 'in-process') {
    const { bench } = createFullBench({
      apiKey: tenantKey,
      seed: options.seed,
      world: 'demo',
      frozenAt: options.start,
      extraSimulators: [createDriverSimulator({ mutant: options.mutant, transport: 'dispatch' })],
      onInternalError,
    });
    const fetchImpl: FetchLike = (input, init) => bench.dispatch(new Request(input, init));
    return {
      benchUrl: IN_PROCESS_URL,
      tenantKey,
      driverUrl: `${IN_PROCESS_URL}/driver/v1`,
      fetch: fetchImpl,
      benchInProcess: true,
      internalErrors,
      close: async () => undefined,
    };
  }

  const server = options.benchUrl
    ? undefined
    : await startBenchServer({
        port: options.benchPort ?? 0,
        host: '127.0.0.1',
        apiKey: tenantKey,
        seed: options.seed,
        world: 'demo',
        frozenAt: options.start,
        onInternalError,
      });
  const benchUrl = server?.url ?? (options.benchUrl as string).replace(/\/+$/, '');
  if (!server) {
    // A running bench may hold any world: the reference client wires itself from the demo world.
    const bench = new BenchClient(benchUrl, tenantKey);
    await bench.freezeAt(options.start);
    await bench.reset(options.seed, 'demo');
  }
  const rewire = () => configFromDemoWorld(benchUrl, tenantKey);
  const client = await startReferenceClient({
    config: await rewire(),
    port: 0,
    mutant: options.mutant,
    rewire,
  });
  return {
    benchUrl,
    tenantKey,
    driverUrl: `${client.url}/driver/v1`,
    benchInProcess: server !== undefined,
    internalErrors,
    close: async () => {
      await client.close();
      await server?.close();
    },
  };
}
