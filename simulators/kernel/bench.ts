// The bench runtime: resolves keys to tenants and parties, applies fault rules, routes to the
// simulators' fetch-style handlers, and journals every exchange. Both transports (express, msw)
// call `dispatch`, so there is one implementation (ARCHITECTURE.md §3).
import { randomBytes } from 'node:crypto';
import { ConnectionFault } from './faults.ts';
import { PROBLEM_CONTENT_TYPE, ProblemError, problem, problemBody } from './problem.ts';
import { Router } from './router.ts';
import { BufferedRequest, settleResponse, toFetchResponse } from './fast-body.ts';
import type { BufferedResponse } from './fast-body.ts';
import { TenantState } from './tenant.ts';
import { osloIso } from '../../src/norway/oslo-time.ts';
import type { BenchRuntime, Party, Route, Simulator, Tenant, WorldKind } from './types.ts';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface BenchOptions {
  simulators: readonly Simulator[];
  adminKey?: string;
  /** The real clock (injected so tests can control it). */
  realNow?: () => number;
  journalBodyLimit?: number;
  /** Requests that need no key: the index page and the OpenAPI document. */
  publicRoutes?: Array<{ method: 'GET'; path: string; handler: (request: Request) => Promise<Response> }>;
  /** Called for bench bugs (500s); defaults to console.error. */
  onInternalError?: (error: unknown, request: Request) => void;
}

/**
 * A request as the transports hand it over: the body is read on demand, after routing, with the
 * route's size limit (so a 1 GB upload to a 1 MiB endpoint is refused without reading it).
 */
export interface IncomingRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The body as text, null when there is none, or 'too-large' past `limit` bytes. */
  readBody(limit: number): Promise<string | null | 'too-large'>;
}

interface KeyOwner {
  tenant: TenantState;
  party: Party;
}

export interface Bench extends BenchRuntime {
  tenants(): Tenant[];
  /** The transports' entry point (dispatch wraps a fetch Request into one). */
  dispatchIncoming(incoming: IncomingRequest): Promise<Response>;
  /** The largest body any route accepts: transports stop reading past it. */
  readonly maxBodyBytes: number;
}

export function createBench(options: BenchOptions): Bench {
  const realNow = options.realNow ?? (() => Date.now());
  const adminKey = options.adminKey ?? `ebk_admin_${randomBytes(16).toString('hex')}`;
  const router = new Router(options.simulators);
  const tenants = new Map<string, TenantState>();
  const keys = new Map<string, KeyOwner>();
  const onInternalError =
    options.onInternalError ?? ((error: unknown) => console.error('[efaktura-bench] internal error:', error));
  let tenantCounter = 0;

  const bench: Bench = {
    adminKey,
    simulators: options.simulators,

    createTenant(tenantOptions = {}) {
      tenantCounter += 1;
      const id = `t${String(tenantCounter).padStart(4, '0')}`;
      const apiKey = tenantOptions.apiKey ?? `ebk_tenant_${randomBytes(16).toString('hex')}`;
      if (keys.has(apiKey) || apiKey === adminKey)
        throw new ProblemError(409, 'EB-INVALID-BODY', 'That API key is already in use.');
      const seed = tenantOptions.seed ?? randomBytes(4).readUInt32BE(0);
      const tenant: TenantState = new TenantState({
        id,
        apiKey,
        seed,
        realNow,
        simulators: options.simulators,
        journalBodyLimit: options.journalBodyLimit,
        onKeyIssued: (key, owner, party) => keys.set(key, { tenant: owner, party }),
        onKeysRevoked: (revoked) => revoked.forEach((key) => keys.delete(key)),
      });
      tenants.set(id, tenant);
      keys.set(apiKey, { tenant, party: { kind: 'tenant', id } });
      tenant.reset(seed, tenantOptions.world ?? 'empty');
      return tenant;
    },

    deleteTenant(id) {
      const tenant = tenants.get(id);
      if (!tenant) return false;
      for (const [key, owner] of keys) if (owner.tenant === tenant) keys.delete(key);
      tenants.delete(id);
      return true;
    },

    getTenant(id) {
      return tenants.get(id);
    },

    tenants() {
      return [...tenants.values()];
    },

    resetTenant(tenant, resetOptions = {}) {
      const state = tenants.get(tenant.id);
      if (!state) throw new Error(`resetTenant: unknown tenant ${tenant.id}`);
      state.reset(resetOptions.seed ?? state.seed, resetOptions.world ?? state.world);
    },

    maxBodyBytes: Math.max(
      DEFAULT_MAX_BODY_BYTES,
      ...options.simulators.flatMap((simulator) => simulator.routes.map((route) => route.maxBodyBytes ?? 0)),
    ),

    async dispatch(request) {
      const response = await bench.dispatchIncoming({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        readBody: (limit) => readLimitedBody(request, limit),
      });
      return toFetchResponse(response);
    },

    async dispatchIncoming(request) {
      const { url } = request;
      const publicRoute = options.publicRoutes?.find(
        (r) => r.method === request.method && r.path === url.pathname,
      );
      if (publicRoute)
        return publicRoute.handler(
          new BufferedRequest(request.method, url.href, request.headers, null).asRequest(),
        );

      const owner = authenticate(request.headers);
      // authenticate answers a refusal (a problem response) or the key's owner.
      if (!('party' in owner)) return owner;

      const match = router.match(request.method, url.pathname);
      if (match.kind === 'none') {
        return problem(
          404,
          'EB-ROUTE-NOT-FOUND',
          `No endpoint ${request.method} ${url.pathname}. See GET /openapi.json.`,
        );
      }
      if (match.kind === 'method') {
        return problem(
          405,
          'EB-METHOD-NOT-ALLOWED',
          `${url.pathname} does not accept ${request.method}; it accepts ${match.allowed.join(', ')}.`,
          {
            allowed: match.allowed,
          },
        );
      }
      const { route, params } = match;

      if (owner.tenant === undefined) {
        if (!(route.allow ?? []).includes('admin')) {
          return problem(
            403,
            'EB-FORBIDDEN-PARTY',
            'The server admin key only manages tenants; use a tenant key for this endpoint.',
          );
        }
        return handle(request, route, params, owner.party, undefined);
      }
      const allowed = route.allow ?? ['tenant'];
      // The tenant key may do everything in its tenant, except the server admin's own routes.
      const adminOnly = allowed.includes('admin') && !allowed.includes('tenant');
      const permitted = owner.party.kind === 'tenant' ? !adminOnly : allowed.includes(owner.party.kind);
      if (!permitted) {
        return journalled(owner.tenant, request, owner.party, () =>
          Promise.resolve(
            problem(
              403,
              'EB-FORBIDDEN-PARTY',
              `A ${owner.party.kind} key may not call ${request.method} ${url.pathname}; it needs ${allowed.join(' or ')}.`,
            ),
          ),
        );
      }
      return handle(request, route, params, owner.party, owner.tenant);
    },
  };

  function authenticate(headers: Headers): KeyOwner | { tenant: undefined; party: Party } | Response {
    // The admin key belongs to no tenant; every other key resolves to its tenant and party.
    const header = headers.get('authorization');
    if (!header) {
      return problem(
        401,
        'EB-UNAUTHORIZED',
        'Send "Authorization: Bearer <key>" (the tenant key is printed by efaktura-bench start).',
      );
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1])
      return problem(401, 'EB-UNAUTHORIZED', 'The Authorization header must be "Bearer <key>".');
    const key = match[1];
    if (key === adminKey) return { tenant: undefined, party: { kind: 'admin', id: 'admin' } };
    const owner = keys.get(key);
    if (!owner)
      return problem(
        401,
        'EB-UNAUTHORIZED',
        'Unknown key: it was never issued, or its tenant was deleted or reset.',
      );
    return owner;
  }

  async function handle(
    request: IncomingRequest,
    route: Route,
    params: Record<string, string>,
    party: Party,
    tenant: TenantState | undefined,
  ): Promise<Response> {
    const { url } = request;
    const limit = route.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const tooLarge = (): Response =>
      problem(
        413,
        'EB-PAYLOAD-TOO-LARGE',
        `The request body is larger than this endpoint's limit of ${limit} bytes.`,
        {
          limitBytes: limit,
        },
      );

    const run = async (body: string | null): Promise<Response> => {
      // Asynchronous work that fell due on a running clock happens before the request sees the world.
      if (tenant) await tenant.clock.runDue();
      const inner = new BufferedRequest(request.method, url.href, request.headers, body);
      try {
        return await route.handler(inner.asRequest(), {
          tenant: tenant ?? noTenant,
          party,
          params,
          url,
          baseUrl: url.origin,
          bench,
        });
      } catch (error) {
        if (error instanceof ProblemError) return error.toResponse(url.pathname);
        if (error instanceof ConnectionFault) throw error;
        onInternalError(error, inner.asRequest());
        return problem(
          500,
          'EB-INTERNAL',
          'The bench failed on this request: this is a bug in efaktura-bench, please report it with the request.',
          { instance: url.pathname },
        );
      }
    };

    if (!tenant) {
      const body = await request.readBody(limit);
      return body === 'too-large' ? tooLarge() : run(body);
    }
    return journalled(tenant, request, party, async (recordBody) => {
      const body = await request.readBody(limit);
      if (body === 'too-large') return tooLarge();
      recordBody(body);
      const decision = tenant.faults.decide(
        { method: request.method, path: url.pathname, body: body ?? '' },
        tenant.rng.fork(`fault-${tenant.journal.lastSeq()}`),
      );
      if (decision) {
        if (decision.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
        if (decision.reset) throw new ConnectionFault('reset', decision.ruleId);
        if (decision.status) {
          return problem(
            decision.status,
            'EB-FAULT-INJECTED',
            `Fault rule "${decision.ruleId}" answered ${decision.status} (PUT /sim/v1/faults).`,
            { faultRule: decision.ruleId },
          );
        }
        if (decision.drop) {
          // Processed for real, but the answer never reaches the caller.
          await run(body);
          throw new ConnectionFault('drop', decision.ruleId);
        }
      }
      return run(body);
    });
  }

  // A frozen or slowly moving clock stamps many exchanges with the same instant: format it once.
  let lastVirtual = { ms: Number.NaN, iso: '' };
  function virtualIso(ms: number): string {
    if (ms !== lastVirtual.ms) lastVirtual = { ms, iso: osloIso(ms) };
    return lastVirtual.iso;
  }

  async function journalled(
    tenant: TenantState,
    request: IncomingRequest,
    party: Party,
    work: (recordBody: (body: string | null) => void) => Promise<Response>,
  ): Promise<Response> {
    const started = realNow();
    const virtualTime = virtualIso(tenant.clock.nowMs());
    let requestBody: string | null = null;
    const write = (
      response: BufferedResponse | null,
      responseBody: string | null,
      fault: string | null,
      responseText: string | null = responseBody,
    ): void => {
      const responseContentType = response?.header('content-type') ?? null;
      const code =
        responseContentType?.startsWith(PROBLEM_CONTENT_TYPE) && responseBody
          ? problemCode(responseBody)
          : null;
      tenant.journal.record({
        virtualTime,
        realTime: new Date(started).toISOString(),
        party,
        method: request.method,
        path: request.url.pathname,
        query: request.url.search,
        status: response?.status ?? 0,
        durationMs: realNow() - started,
        requestContentType: request.headers.get('content-type'),
        requestBody,
        requestBytes: requestBody === null ? 0 : Buffer.byteLength(requestBody),
        responseContentType,
        responseBody,
        responseBytes: responseText === null ? 0 : Buffer.byteLength(responseText),
        code,
        fault,
      });
    };
    try {
      const settled = await settleResponse(
        await work((body) => {
          requestBody = body;
        }),
      );
      // Reading the journal is journalled, but not its answer: each read would otherwise hold the
      // previous read inside it, and long sessions would grow without bound.
      const kept = request.url.pathname.endsWith('/sim/v1/journal') ? null : settled.bodyText;
      write(settled, kept, null, settled.bodyText);
      return settled.asResponse();
    } catch (error) {
      if (error instanceof ConnectionFault) write(null, null, `${error.kind}: ${error.message}`);
      throw error;
    }
  }

  return bench;
}

/** Admin routes run outside any tenant; touching `ctx.tenant` there is a bench bug. */
const noTenant = new Proxy({} as Tenant, {
  get(_target, property) {
    throw new Error(`admin routes have no tenant (read ctx.tenant.${String(property)})`);
  },
});

function problemCode(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { code?: unknown };
    return typeof parsed.code === 'string' ? parsed.code : null;
  } catch {
    return null;
  }
}

/** Reads a fetch Request's body up to `limit` bytes, without reading past it. */
async function readLimitedBody(request: Request, limit: number): Promise<string | null | 'too-large'> {
  if (!request.body) return null;
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await request.body.cancel().catch(() => undefined);
    return 'too-large';
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export { problemBody };
export type { WorldKind };
