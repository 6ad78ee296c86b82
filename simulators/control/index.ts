// The control plane /sim/v1 (ARCHITECTURE.md §5.1): clock, reset, world, journal, faults, tenants,
// plus settings and the code catalogue. Tenant key, except tenants (server admin key).
import { z } from 'zod';
import { lookupCode } from '../../src/codes/catalogue.ts';
import { osloIso, OSLO_TIME_ZONE } from '../../src/norway/oslo-time.ts';
import { faultRuleSchema } from '../kernel/faults.ts';
import { json, noContent, notFound, readJson, parseWith } from '../kernel/http.ts';
import { ProblemError } from '../kernel/problem.ts';
import type { HandlerContext, Route, Simulator, Tenant } from '../kernel/types.ts';

const isoInstant = z
  .string()
  .refine(
    (value) => !Number.isNaN(Date.parse(value)) && /^\d{4}-\d{2}-\d{2}/.test(value),
    'must be an ISO 8601 date or timestamp',
  );

const clockSchema = z.object({ freeze: z.boolean().optional(), set: isoInstant.optional() }).strict();
const advanceSchema = z
  .object({
    days: z.number().int().min(0).max(3660).optional(),
    hours: z.number().int().min(0).max(87_840).optional(),
    minutes: z.number().int().min(0).max(5_270_400).optional(),
    to: isoInstant.optional(),
  })
  .strict()
  .refine((body) => body.to === undefined || (body.days ?? body.hours ?? body.minutes) === undefined, {
    message: 'give either "to" or days/hours/minutes, not both',
  });
const resetSchema = z
  .object({
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    world: z.enum(['empty', 'demo']).optional(),
  })
  .strict();
const faultsSchema = z.object({ rules: z.array(faultRuleSchema).max(100) }).strict();
const tenantSchema = z
  .object({
    apiKey: z
      .string()
      .min(16)
      .max(200)
      .regex(/^[\w.-]+$/)
      .optional(),
    seed: z.number().int().min(0).max(0xffffffff).optional(),
    world: z.enum(['empty', 'demo']).optional(),
  })
  .strict();
const journalQuerySchema = z.object({
  since: z.coerce.number().int().min(0).optional(),
  party: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});

function clockView(tenant: Tenant) {
  return { now: osloIso(tenant.clock.nowMs()), frozen: tenant.clock.isFrozen(), timeZone: OSLO_TIME_ZONE };
}

const routes: Route[] = [
  {
    method: 'GET',
    path: '/clock',
    handler: async (_request, { tenant }) =>
      json({ ...clockView(tenant), pendingJobs: tenant.clock.pendingJobs().length }),
  },
  {
    method: 'POST',
    path: '/clock',
    handler: async (request, { tenant }) => {
      const body = await readJson(request, clockSchema, { allowEmpty: true });
      if (body.set) tenant.clock.set(new Date(body.set));
      if (body.freeze === true) tenant.clock.freeze();
      if (body.freeze === false) tenant.clock.unfreeze();
      return json(clockView(tenant));
    },
  },
  {
    method: 'POST',
    path: '/clock/advance',
    handler: async (request, { tenant }) => {
      const body = await readJson(request, advanceSchema);
      const by = body.to
        ? { to: new Date(body.to) }
        : { days: body.days, hours: body.hours, minutes: body.minutes };
      if (body.to && new Date(body.to).getTime() < tenant.clock.nowMs()) {
        throw new ProblemError(
          400,
          'EB-INVALID-BODY',
          `"to" (${body.to}) is before the current virtual time ${osloIso(tenant.clock.nowMs())}; the clock only moves forward (use POST /sim/v1/clock {"set"} to jump).`,
        );
      }
      const { now, jobsRun } = await tenant.clock.advance(by);
      return json({ now: osloIso(now), jobsRun, frozen: tenant.clock.isFrozen() });
    },
  },
  {
    method: 'POST',
    path: '/reset',
    handler: async (request, ctx) => {
      const body = await readJson(request, resetSchema, { allowEmpty: true });
      ctx.bench.resetTenant(ctx.tenant, { seed: body.seed, world: body.world });
      return json({
        reset: true,
        seed: ctx.tenant.seed,
        world: body.world ?? worldOf(ctx),
        clock: clockView(ctx.tenant),
      });
    },
  },
  {
    method: 'GET',
    path: '/world',
    handler: async (_request, { tenant }) => json(describe(tenant)),
  },
  {
    method: 'GET',
    path: '/journal',
    handler: async (_request, { tenant, url }) => {
      const query = parseWith(journalQuerySchema, Object.fromEntries(url.searchParams));
      return json(tenant.journal.list(query));
    },
  },
  {
    method: 'GET',
    path: '/faults',
    handler: async (_request, { tenant }) => json({ rules: tenant.faults.list() }),
  },
  {
    method: 'PUT',
    path: '/faults',
    handler: async (request, { tenant }) => {
      const body = await readJson(request, faultsSchema);
      const ids = body.rules.map((rule) => rule.id);
      const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
      if (duplicate)
        throw new ProblemError(400, 'EB-INVALID-BODY', `Fault rule id "${duplicate}" is used twice.`);
      tenant.faults.set(body.rules);
      return json({ rules: tenant.faults.list() });
    },
  },
  {
    method: 'DELETE',
    path: '/faults',
    handler: async (_request, { tenant }) => {
      tenant.faults.clear();
      return noContent();
    },
  },
  {
    method: 'GET',
    path: '/settings',
    handler: async (_request, { tenant }) => json(tenant.settings),
  },
  {
    method: 'PATCH',
    path: '/settings',
    handler: async (request, { tenant }) => {
      const body = await readJson(request, z.record(z.string(), z.record(z.string(), z.unknown())));
      tenant.settings = mergeSettings(tenant.settings, body);
      return json(tenant.settings);
    },
  },
  {
    method: 'GET',
    path: '/codes/:code',
    allow: ['tenant', 'issuer', 'agreement', 'driver'],
    handler: async (_request, { params }) => {
      const entry = lookupCode(params.code ?? '');
      if (!entry) notFound('catalogue code', params.code ?? '');
      return json(entry);
    },
  },
  {
    method: 'POST',
    path: '/tenants',
    allow: ['admin'],
    handler: async (request, { bench }) => {
      const body = await readJson(request, tenantSchema, { allowEmpty: true });
      const tenant = bench.createTenant(body);
      return json({ tenantId: tenant.id, apiKey: tenant.apiKey, seed: tenant.seed }, 201);
    },
  },
  {
    method: 'DELETE',
    path: '/tenants/:tenantId',
    allow: ['admin'],
    handler: async (_request, { bench, params }) => {
      if (!bench.deleteTenant(params.tenantId ?? '')) notFound('tenant', params.tenantId ?? '');
      return noContent();
    },
  },
];

function describe(tenant: Tenant): Record<string, unknown> {
  const withDescribe = tenant as Tenant & { describeWorld?: () => Record<string, unknown> };
  return withDescribe.describeWorld
    ? withDescribe.describeWorld()
    : { tenantId: tenant.id, seed: tenant.seed };
}

function worldOf(ctx: HandlerContext): unknown {
  return (ctx.tenant as Tenant & { world?: string }).world;
}

/**
 * Settings are per simulator; a PATCH may only change known keys, with the type of the default,
 * so a typo is an error rather than a silently ignored setting.
 */
function mergeSettings(
  current: Tenant['settings'],
  patch: Record<string, Record<string, unknown>>,
): Tenant['settings'] {
  const next = structuredClone(current);
  for (const [simulator, values] of Object.entries(patch)) {
    const section = next[simulator];
    if (!section) {
      throw new ProblemError(
        400,
        'EB-INVALID-BODY',
        `Unknown settings section "${simulator}"; known: ${Object.keys(current).join(', ')}.`,
      );
    }
    for (const [key, value] of Object.entries(values)) {
      if (!(key in section)) {
        throw new ProblemError(
          400,
          'EB-INVALID-BODY',
          `Unknown setting ${simulator}.${key}; known: ${Object.keys(section).join(', ')}.`,
        );
      }
      const expected = typeOf(section[key]);
      if (typeOf(value) !== expected) {
        throw new ProblemError(
          400,
          'EB-INVALID-BODY',
          `Setting ${simulator}.${key} must be ${expected}, not ${typeOf(value)}.`,
        );
      }
      section[key] = value;
    }
  }
  return next;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

export const controlSimulator: Simulator = { name: 'control', prefix: '/sim/v1', routes };
