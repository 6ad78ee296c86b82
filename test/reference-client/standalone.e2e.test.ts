// The reference client on its own port (as `efaktura-bench reference-client` runs it), next to the
// bench on another: wired from the demo world, re-wired on reset, problem+json for bad requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../support/api.ts';
import type { Api } from '../support/api.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import { configFromDemoWorld, startReferenceClient } from '../../reference-client/index.ts';
import type { Decision, RunningReferenceClient } from '../../reference-client/index.ts';
import { expectOk } from './support.ts';

let server: TestServer;
let client: RunningReferenceClient;
let driver: Api;
let bench: Api;
const printed: Decision[] = [];

beforeAll(async () => {
  server = await startTestServer({ world: 'demo' });
  bench = createApi(server.baseUrl, server.tenantKey);
  const rewire = () => configFromDemoWorld(server.baseUrl, server.tenantKey);
  client = await startReferenceClient({
    config: await rewire(),
    port: 0,
    rewire,
    onDecision: (d) => printed.push(d),
  });
  driver = createApi(client.url, undefined);
});
afterAll(async () => {
  await client.close();
  await server.close();
  expect(server.internalErrors).toEqual([]);
});

describe('the standalone reference client', () => {
  it('serves the driver without a key and reads the bench clock for its decisions', async () => {
    expectOk(
      await driver.put('/driver/v1/customers/1', {
        firstName: 'Ola',
        lastName: 'Nordmann',
        address: { street: 'Storgata 1', postalCode: '0150', city: 'Oslo' },
      }),
      'customer',
    );
    expect(expectOk(await driver.post('/driver/v1/efaktura-scan'), 'scan')).toMatchObject({
      found: 0,
      notFound: 1,
      insufficientKeys: 1,
    });
    expect(printed.some((d) => d.at.startsWith('2026-01-12T08:00') && /not searched/.test(d.message))).toBe(
      true,
    );
    const controlWrites = expectOk(
      await bench.get<{ entries: Array<{ path: string; method: string }> }>('/sim/v1/journal?limit=10000'),
      'journal',
    ).entries.filter((e) => e.path.startsWith('/sim/v1/') && e.method !== 'GET');
    // It reads (GET /sim/v1/clock, /world) but never changes the control plane.
    expect(controlWrites).toEqual([]);
  });

  it('re-reads the demo world on reset, after the bench was reset with another seed', async () => {
    expectOk(await bench.post('/sim/v1/reset', { seed: 7, world: 'demo' }), 'bench reset');
    const { settings } = expectOk(
      await driver.post<{ settings: { issuer: { orgNumber: string } } }>('/driver/v1/reset'),
      'driver reset',
    );
    const world = expectOk(
      await bench.get<{ mps: { issuers: Array<{ orgNumber: string }> } }>('/sim/v1/world'),
      'world',
    );
    expect(world.mps.issuers.map((i) => i.orgNumber)).toContain(settings.issuer.orgNumber);
    expect(expectOk(await driver.post('/driver/v1/efaktura-scan'), 'scan')).toMatchObject({
      found: 0,
      searches: 0,
    });
  });

  it('answers problem+json for unknown paths, wrong methods and malformed bodies', async () => {
    expect((await driver.get<{ code: string }>('/driver/v1/nothing')).body.code).toBe('EB-ROUTE-NOT-FOUND');
    expect((await driver.delete<{ code: string }>('/driver/v1/reset')).body.code).toBe(
      'EB-METHOD-NOT-ALLOWED',
    );
    const malformed = await driver.request<{ code: string }>('POST', '/driver/v1/billing-runs', undefined, {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    const notJson = await fetch(`${client.url}/driver/v1/payment-runs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"date":',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { code: string }).code).toBe('EB-INVALID-JSON');
  });
});
