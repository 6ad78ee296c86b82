import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBench } from './bench.ts';
import { json, readJson, requireParty } from './http.ts';
import { controlSimulator } from '../control/index.ts';
import type { Simulator } from './types.ts';

// A tiny simulator to exercise the kernel: a counter per tenant, an issuer-scoped resource, a bug.
const testSimulator: Simulator = {
  name: 'test',
  prefix: '/test/v1',
  defaultSettings: { limit: 3 },
  seedWorld: (tenant, world) => {
    tenant.store('test', () => ({ count: world === 'demo' ? 100 : 0 }));
  },
  describeWorld: (tenant) => ({ count: tenant.store('test', () => ({ count: 0 })).count }),
  routes: [
    {
      method: 'POST',
      path: '/count',
      maxBodyBytes: 64,
      handler: async (request, { tenant }) => {
        const body = await readJson(request, z.object({ by: z.number().int() }).strict());
        const state = tenant.store('test', () => ({ count: 0 }));
        state.count += body.by;
        return json(state);
      },
    },
    {
      method: 'POST',
      path: '/issuers/:orgNumber',
      handler: async (_request, { tenant, params }) =>
        json({ apiKey: tenant.issueKey({ kind: 'issuer', id: params.orgNumber ?? '' }) }, 201),
    },
    {
      method: 'GET',
      path: '/issuers/:orgNumber/secret',
      allow: ['tenant', 'issuer'],
      handler: async (_request, ctx) => {
        requireParty(ctx, 'issuer', ctx.params.orgNumber ?? '');
        return json({ secret: `of ${ctx.params.orgNumber}` });
      },
    },
    {
      method: 'GET',
      path: '/bug',
      handler: async () => {
        throw new TypeError('boom');
      },
    },
  ],
};

function setup() {
  const errors: unknown[] = [];
  const bench = createBench({
    simulators: [controlSimulator, testSimulator],
    adminKey: 'admin-key-0123456789',
    realNow: () => Date.parse('2026-01-12T07:00:00Z'),
    onInternalError: (error) => errors.push(error),
  });
  const tenant = bench.createTenant({ apiKey: 'tenant-key-0123456789', seed: 7 });
  const call = (
    method: string,
    path: string,
    key: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    bench.dispatch(
      new Request(`http://bench.test${path}`, {
        method,
        headers: {
          ...(key ? { authorization: `Bearer ${key}` } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  return { bench, tenant, call, errors };
}

describe('bench dispatch', () => {
  it('answers 401 EB-UNAUTHORIZED without a key and for an unknown key', async () => {
    const { call } = setup();
    for (const key of [null, 'nope']) {
      const response = await call('GET', '/sim/v1/clock', key);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect((await response.json()).code).toBe('EB-UNAUTHORIZED');
    }
  });

  it('keeps tenants isolated: state and clocks do not leak between them', async () => {
    const { bench, call } = setup();
    const other = bench.createTenant({ apiKey: 'other-key-0123456789' });
    await call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 5 });
    const theirs = await (await call('POST', '/test/v1/count', 'other-key-0123456789', { by: 1 })).json();
    expect(theirs.count).toBe(1);
    await call('POST', '/sim/v1/clock/advance', 'tenant-key-0123456789', { days: 2 });
    expect(other.clock.now().toISOString()).toBe('2026-01-12T07:00:00.000Z');
  });

  it('lets a party key see its own data only, and not set-up endpoints', async () => {
    const { call } = setup();
    const { apiKey } = await (
      await call('POST', '/test/v1/issuers/123456785', 'tenant-key-0123456789')
    ).json();
    expect((await call('GET', '/test/v1/issuers/123456785/secret', apiKey)).status).toBe(200);
    const foreign = await call('GET', '/test/v1/issuers/999999999/secret', apiKey);
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).code).toBe('EB-FORBIDDEN-PARTY');
    expect((await call('POST', '/test/v1/count', apiKey, { by: 1 })).status).toBe(403);
  });

  it('answers 404 EB-ROUTE-NOT-FOUND and 405 EB-METHOD-NOT-ALLOWED', async () => {
    const { call } = setup();
    const missing = await call('GET', '/sim/v1/nothing-here', 'tenant-key-0123456789');
    expect(missing.status).toBe(404);
    expect((await missing.json()).code).toBe('EB-ROUTE-NOT-FOUND');
    const wrong = await call('DELETE', '/sim/v1/clock', 'tenant-key-0123456789');
    expect(wrong.status).toBe(405);
    expect((await wrong.json()).allowed).toEqual(['GET', 'POST']);
  });

  it('refuses bodies over the route limit with 413 and changes nothing', async () => {
    const { call, tenant } = setup();
    const response = await call('POST', '/test/v1/count', 'tenant-key-0123456789', {
      by: 1,
      padding: 'x'.repeat(100),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe('EB-PAYLOAD-TOO-LARGE');
    expect(tenant.store('test', () => ({ count: -1 })).count).toBe(0);
  });

  it('names each bad field of an invalid body', async () => {
    const { call } = setup();
    const response = await call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 'two' });
    const body = await response.json();
    expect(response.status).toBe(400);
    expect(body.code).toBe('EB-INVALID-BODY');
    expect(body.errors[0].path).toBe('by');
  });

  it('answers 415 for a non-JSON content type and 400 EB-INVALID-JSON for broken JSON', async () => {
    const { call } = setup();
    const wrongType = await call('POST', '/test/v1/count', 'tenant-key-0123456789', '{"by":1}', {
      'content-type': 'text/plain',
    });
    expect(wrongType.status).toBe(415);
    const broken = await call('POST', '/test/v1/count', 'tenant-key-0123456789', '{"by":');
    expect((await broken.json()).code).toBe('EB-INVALID-JSON');
  });

  it('turns a handler bug into 500 EB-INTERNAL and reports it', async () => {
    const { call, errors } = setup();
    const response = await call('GET', '/test/v1/bug', 'tenant-key-0123456789');
    expect(response.status).toBe(500);
    expect((await response.json()).code).toBe('EB-INTERNAL');
    expect(errors).toHaveLength(1);
  });

  it('journals every exchange with sequence numbers, party, status and code', async () => {
    const { call, tenant } = setup();
    await call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 1 });
    await call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 'x' });
    const { entries, next } = tenant.journal.list();
    expect(entries.map((e) => [e.seq, e.status, e.code])).toEqual([
      [1, 200, null],
      [2, 400, 'EB-INVALID-BODY'],
    ]);
    expect(entries[0]?.requestBody).toBe('{"by":1}');
    expect(entries[0]?.party).toEqual({ kind: 'tenant', id: tenant.id });
    expect(entries[0]?.virtualTime).toBe('2026-01-12T08:00:00+01:00');
    expect(next).toBe(2);
    expect(tenant.journal.list({ since: 1 }).entries).toHaveLength(1);
  });

  it('journals reads of the journal without their answers, so reads do not nest', async () => {
    const { call, tenant } = setup();
    await call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 1 });
    await call('GET', '/sim/v1/journal', 'tenant-key-0123456789');
    await call('GET', '/sim/v1/journal?since=1', 'tenant-key-0123456789');
    const reads = tenant.journal.list({ since: 1 }).entries;
    expect(reads.map((e) => [e.path, e.status, e.responseBody])).toEqual([
      ['/sim/v1/journal', 200, null],
      ['/sim/v1/journal', 200, null],
    ]);
    expect(reads[0]?.responseBytes).toBeGreaterThan(100);
  });

  it('applies fault rules: status for a number of times, then normal answers', async () => {
    const { call, tenant } = setup();
    tenant.faults.set([{ id: 'down', match: { path: '/test/v1/count' }, action: { status: 503 }, times: 2 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1)
      statuses.push((await call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 1 })).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(tenant.store('test', () => ({ count: 0 })).count).toBe(1);
  });

  it('drops the answer of a processed request and resets before processing', async () => {
    const { call, tenant } = setup();
    tenant.faults.set([{ id: 'lost', match: { method: 'POST' }, action: { drop: true }, times: 1 }]);
    await expect(call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 1 })).rejects.toThrow(/drop/);
    expect(tenant.store('test', () => ({ count: 0 })).count).toBe(1);
    tenant.faults.set([{ id: 'cut', match: { bodyContains: '"by":2' }, action: { reset: true } }]);
    await expect(call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 2 })).rejects.toThrow(/reset/);
    expect(tenant.store('test', () => ({ count: 0 })).count).toBe(1);
    expect(tenant.journal.list().entries.map((e) => e.fault?.split(':')[0])).toEqual(['drop', 'reset']);
  });

  it('draws fault probabilities from the tenant seed, so a run replays', async () => {
    const run = async () => {
      const { call, tenant } = setup();
      tenant.faults.set([{ id: 'flaky', match: {}, action: { status: 502 }, probability: 0.5 }]);
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1)
        statuses.push((await call('POST', '/test/v1/count', 'tenant-key-0123456789', { by: 1 })).status);
      return statuses;
    };
    const first = await run();
    expect(first).toEqual(await run());
    expect(new Set(first)).toEqual(new Set([200, 502]));
  });

  it('resets a tenant: state and party keys go, the seed and world are applied', async () => {
    const { call } = setup();
    const { apiKey } = await (
      await call('POST', '/test/v1/issuers/123456785', 'tenant-key-0123456789')
    ).json();
    const reset = await call('POST', '/sim/v1/reset', 'tenant-key-0123456789', { seed: 99, world: 'demo' });
    expect(await reset.json()).toMatchObject({ reset: true, seed: 99, world: 'demo' });
    expect((await call('GET', '/test/v1/issuers/123456785/secret', apiKey)).status).toBe(401);
    const world = await (await call('GET', '/sim/v1/world', 'tenant-key-0123456789')).json();
    expect(world).toMatchObject({ seed: 99, world: 'demo', test: { count: 100 } });
  });

  it('lets only the admin key create and delete tenants', async () => {
    const { call } = setup();
    expect((await call('POST', '/sim/v1/tenants', 'tenant-key-0123456789', {})).status).toBe(403);
    const created = await call('POST', '/sim/v1/tenants', 'admin-key-0123456789', { seed: 5 });
    expect(created.status).toBe(201);
    const { tenantId, apiKey } = await created.json();
    expect((await call('GET', '/sim/v1/clock', apiKey)).status).toBe(200);
    expect((await call('DELETE', `/sim/v1/tenants/${tenantId}`, 'admin-key-0123456789')).status).toBe(204);
    expect((await call('GET', '/sim/v1/clock', apiKey)).status).toBe(401);
    expect((await call('GET', '/sim/v1/clock', 'admin-key-0123456789')).status).toBe(403);
  });

  it('patches known settings only, with the type of the default', async () => {
    const { call } = setup();
    const ok = await call('PATCH', '/sim/v1/settings', 'tenant-key-0123456789', { test: { limit: 5 } });
    expect((await ok.json()).test.limit).toBe(5);
    const typo = await call('PATCH', '/sim/v1/settings', 'tenant-key-0123456789', { test: { limt: 5 } });
    expect(typo.status).toBe(400);
    const wrongType = await call('PATCH', '/sim/v1/settings', 'tenant-key-0123456789', {
      test: { limit: 'five' },
    });
    expect(wrongType.status).toBe(400);
  });
});
