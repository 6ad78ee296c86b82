// The reference client as a simulator of the bench (`efaktura-bench start --with-reference-client`):
// /driver/v1 in the same process and port, one client per tenant (in the tenant's store, so a bench
// reset forgets it too). It wires itself from the tenant's demo world, or from the configuration
// in POST /driver/v1/reset { config }, and calls the bench at ctx.baseUrl with the tenant's keys,
// through the same dispatch as every other request (journal, faults).
import { ProblemError } from '../../simulators/kernel/problem.ts';
import type { HandlerContext, Route, Simulator } from '../../simulators/kernel/types.ts';
import { ConfigError, parseConfig } from '../config.ts';
import type { ReferenceClientConfig } from '../config.ts';
import { configFromDemoWorld } from '../demo-world.ts';
import type { Fetcher } from '../bench-client.ts';
import type { MutantName } from '../mutants.ts';
import { ReferenceClient } from '../reference-client.ts';
import { tenantTime } from '../time-source.ts';
import { DRIVER_CODES } from '../../src/codes/bench-driver.ts';
import { driverRoutes } from './routes.ts';
import type { DriverHost } from './routes.ts';

export type DriverTransport = 'auto' | 'fetch' | 'dispatch';

export interface DriverSimulatorOptions {
  mutant?: MutantName;
  /**
   * How the client reaches the bench: real HTTP to ctx.baseUrl ('fetch'), the bench's dispatch
   * in-process ('dispatch', for msw and in-process benches whose base URL is not a real host), or
   * 'auto' (default): fetch for loopback/IP hosts, dispatch otherwise.
   */
  transport?: DriverTransport;
}

interface Slot {
  client?: ReferenceClient;
  wiring?: Promise<ReferenceClient>;
  /** A configuration given in POST /reset; kept across driver resets, dropped by a bench reset. */
  explicit?: ReferenceClientConfig;
}

function isLoopbackOrIp(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) ||
    hostname.includes(':') ||
    hostname.startsWith('[')
  );
}

function fetcherFor(ctx: HandlerContext, transport: DriverTransport): Fetcher {
  const useFetch =
    transport === 'fetch' || (transport === 'auto' && isLoopbackOrIp(new URL(ctx.baseUrl).hostname));
  if (useFetch) return (request) => fetch(request);
  const bench = ctx.bench;
  return (request) => bench.dispatch(request);
}

function configFromBody(body: unknown, ctx: HandlerContext): ReferenceClientConfig | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new ProblemError(
      400,
      'EB-INVALID-BODY',
      'The body of POST /driver/v1/reset is empty, or { "config": { ... } }.',
    );
  }
  const object = body as Record<string, unknown>;
  const raw = object.config ?? (object.issuer ? object : undefined);
  if (raw === undefined) return undefined;
  try {
    return parseConfig(
      { benchUrl: ctx.baseUrl, tenantKey: ctx.tenant.apiKey, ...(raw as Record<string, unknown>) },
      'POST /driver/v1/reset',
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      throw new ProblemError(400, 'EB-INVALID-BODY', error.message, { errors: error.issues });
    }
    throw error;
  }
}

export function createDriverSimulator(options: DriverSimulatorOptions = {}): Simulator {
  const transport = options.transport ?? 'auto';

  const host = (ctx: HandlerContext): DriverHost => {
    const slot = ctx.tenant.store<Slot>('reference-client', () => ({}));
    const build = (config: ReferenceClientConfig): ReferenceClient =>
      new ReferenceClient({
        config,
        fetcher: fetcherFor(ctx, transport),
        time: tenantTime(ctx.tenant.clock),
        mutant: options.mutant ?? config.mutant,
        startedAt: ctx.tenant.clock.now(),
      });
    const wire = async (): Promise<ReferenceClient> => {
      if (slot.explicit) return build(slot.explicit);
      try {
        return build(
          await configFromDemoWorld(ctx.baseUrl, ctx.tenant.apiKey, { fetcher: fetcherFor(ctx, transport) }),
        );
      } catch (error) {
        throw new ProblemError(
          409,
          DRIVER_CODES.notConfigured,
          `The reference client could not wire itself from the demo world: ${(error as Error).message} ` +
            'Reset the bench with world "demo", or POST /driver/v1/reset { "config": { ... } }.',
        );
      }
    };
    return {
      async client() {
        if (slot.client) return slot.client;
        slot.wiring ??= wire();
        try {
          slot.client = await slot.wiring;
          return slot.client;
        } finally {
          slot.wiring = undefined;
        }
      },
      async reset(body) {
        const explicit = configFromBody(body, ctx);
        if (explicit) slot.explicit = explicit;
        slot.client = undefined;
        slot.client = await wire();
        return slot.client;
      },
    };
  };

  const routes: Route[] = driverRoutes.map((route) => ({
    method: route.method,
    path: route.path,
    allow: ['tenant', 'driver'],
    handler: (request, ctx) => route.handle(request, ctx.params, ctx.url, host(ctx)),
  }));

  return {
    name: 'driver',
    prefix: '/driver/v1',
    routes,
    describeWorld: (tenant) => ({
      url: '/driver/v1',
      mutant: options.mutant ?? null,
      // A key for the driver alone, for a conformance run that should not hold the tenant key.
      driverKey: tenant.issueKey({ kind: 'driver', id: 'reference-client' }),
    }),
  };
}
