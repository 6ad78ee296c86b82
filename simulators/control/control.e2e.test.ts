// The control plane over a real loopback server (express) and through msw: one implementation,
// two transports.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createBench } from '../kernel/bench.ts';
import { createExpressApp } from '../kernel/express.ts';
import { benchHandlers } from '../kernel/msw.ts';
import { controlSimulator } from './index.ts';
import { createApi } from '../../test/support/api.ts';
import type { Api } from '../../test/support/api.ts';

const TENANT_KEY = 'e2e-tenant-key-0123456789';
const ADMIN_KEY = 'e2e-admin-key-0123456789';

function newBench() {
  const bench = createBench({ simulators: [controlSimulator], adminKey: ADMIN_KEY });
  const tenant = bench.createTenant({ apiKey: TENANT_KEY, seed: 1 });
  tenant.clock.freeze();
  tenant.clock.set(new Date('2026-01-12T08:00:00+01:00'));
  return bench;
}

describe('control plane over a loopback server', () => {
  let server: Server;
  let api: Api;
  let baseUrl: string;

  beforeAll(async () => {
    const app = createExpressApp(newBench());
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    api = createApi(baseUrl, TENANT_KEY);
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('reads, freezes, sets and advances the clock', async () => {
    const clock = await api.get<{ now: string; frozen: boolean; timeZone: string }>('/sim/v1/clock');
    expect(clock.body).toMatchObject({
      now: '2026-01-12T08:00:00+01:00',
      frozen: true,
      timeZone: 'Europe/Oslo',
    });
    const set = await api.post('/sim/v1/clock', { set: '2026-05-16T10:00:00+02:00' });
    expect(set.body).toMatchObject({ now: '2026-05-16T10:00:00+02:00' });
    const advanced = await api.post<{ now: string; jobsRun: number }>('/sim/v1/clock/advance', {
      days: 1,
      hours: 2,
    });
    expect(advanced.body).toEqual({ now: '2026-05-17T12:00:00+02:00', jobsRun: 0, frozen: true });
    const back = await api.post('/sim/v1/clock/advance', { to: '2026-01-01T00:00:00Z' });
    expect(back.status).toBe(400);
  });

  it('journals requests and filters them by sequence number', async () => {
    const before = await api.get<{ next: number }>('/sim/v1/journal');
    await api.get('/sim/v1/world');
    const after = await api.get<{ entries: Array<{ seq: number; path: string; status: number }> }>(
      `/sim/v1/journal?since=${before.body.next}`,
    );
    expect(after.body.entries.map((e) => e.path)).toEqual(['/sim/v1/journal', '/sim/v1/world']);
    const bad = await api.get('/sim/v1/journal?since=minus-one');
    expect(bad.status).toBe(400);
  });

  it('injects latency and statuses, and resets the connection with a fault rule', async () => {
    const put = await api.put('/sim/v1/faults', {
      rules: [
        { id: 'slow', match: { path: '/sim/v1/world' }, action: { delayMs: 150 }, times: 1 },
        { id: 'cut', match: { path: '/sim/v1/settings' }, action: { reset: true }, times: 1 },
        { id: 'err', match: { path: '/sim/v1/clock', method: 'GET' }, action: { status: 503 }, times: 1 },
      ],
    });
    expect(put.status).toBe(200);
    const started = performance.now();
    expect((await api.get('/sim/v1/world')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await expect(api.get('/sim/v1/settings')).rejects.toThrow();
    const injected = await api.get<{ code: string }>('/sim/v1/clock');
    expect([injected.status, injected.body.code]).toEqual([503, 'EB-FAULT-INJECTED']);
    expect((await api.get('/sim/v1/clock')).status).toBe(200);
    expect((await api.delete('/sim/v1/faults')).status).toBe(204);
  });

  it('refuses malformed fault rules with the field named', async () => {
    const response = await api.put<{ code: string; errors: Array<{ path: string }> }>('/sim/v1/faults', {
      rules: [{ id: 'x', action: { status: 200 } }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0]?.path).toBe('rules.0.action.status');
  });

  it('creates an isolated tenant with the admin key', async () => {
    const admin = createApi(baseUrl, ADMIN_KEY);
    const created = await admin.post<{ tenantId: string; apiKey: string }>('/sim/v1/tenants', { seed: 3 });
    expect(created.status).toBe(201);
    const theirs = api.withKey(created.body.apiKey);
    expect((await theirs.get<{ entries: unknown[] }>('/sim/v1/journal')).body.entries).toEqual([]);
  });

  it('explains a catalogue code', async () => {
    const response = await api.get<{ code: string; family: string }>('/sim/v1/codes/eb-unauthorized');
    expect(response.body).toMatchObject({ code: 'EB-UNAUTHORIZED', family: 'bench' });
    expect((await api.get('/sim/v1/codes/NOPE')).status).toBe(404);
  });
});

describe('control plane through msw (in-process)', () => {
  const server = setupServer(...benchHandlers(newBench(), { baseUrl: 'http://bench.test' }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('serves the same handlers in-process', async () => {
    const api = createApi('http://bench.test', TENANT_KEY);
    const clock = await api.get<{ now: string }>('/sim/v1/clock');
    expect(clock.body.now).toBe('2026-01-12T08:00:00+01:00');
    const unauthorised = await createApi('http://bench.test', undefined).get<{ code: string }>(
      '/sim/v1/clock',
    );
    expect(unauthorised.body.code).toBe('EB-UNAUTHORIZED');
  });

  it('turns a reset fault into a network error for the client', async () => {
    const api = createApi('http://bench.test', TENANT_KEY);
    await api.put('/sim/v1/faults', {
      rules: [{ id: 'cut', match: { path: '/sim/v1/world' }, action: { reset: true }, times: 1 }],
    });
    await expect(api.get('/sim/v1/world')).rejects.toThrow();
    expect((await api.get('/sim/v1/world')).status).toBe(200);
  });
});
