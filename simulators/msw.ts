// The public in-process entry point: `import { setupBench, benchHandlers } from 'efaktura-bench/msw'`.
//
//   const { handlers, tenantKey } = setupBench({ baseUrl: 'http://bench.test', seed: 42, world: 'demo' });
//   const server = setupServer(...handlers); server.listen();
//   await fetch('http://bench.test/sim/v1/clock', { headers: { authorization: `Bearer ${tenantKey}` } });
import type { RequestHandler } from 'msw';
import { createFullBench } from './index.ts';
import type { FullBenchOptions } from './index.ts';
import { benchHandlers } from './kernel/msw.ts';
import type { Bench } from './kernel/bench.ts';
import type { Tenant } from './kernel/types.ts';

export interface MswBench {
  handlers: RequestHandler[];
  bench: Bench;
  tenant: Tenant;
  tenantKey: string;
}

/** The whole bench as msw handlers for `baseUrl`, with a default tenant. */
export function setupBench(options: FullBenchOptions & { baseUrl: string }): MswBench {
  const { bench, tenant } = createFullBench(options);
  return {
    handlers: benchHandlers(bench, { baseUrl: options.baseUrl }),
    bench,
    tenant,
    tenantKey: tenant.apiKey,
  };
}

export { benchHandlers };
