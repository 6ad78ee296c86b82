// `npm run scenarios -- --driver URL --bench URL`: the model drives a system under test that runs
// as its own server (here the reference client's standalone server) over real loopback HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBenchServer } from '../simulators/server.ts';
import type { BenchServer } from '../simulators/server.ts';
import { configFromDemoWorld, startReferenceClient } from '../reference-client/index.ts';
import type { RunningReferenceClient } from '../reference-client/index.ts';
import { formatReport, runScenarios } from './runner.ts';
import { startTarget } from './target.ts';
import { SCENARIO_START } from './world.ts';

const TENANT_KEY = 'ebk_tenant_external_driver_0123456789';

describe('scenarios against a driver on its own port', () => {
  let bench: BenchServer;
  let client: RunningReferenceClient;

  beforeAll(async () => {
    bench = await startBenchServer({
      port: 0,
      host: '127.0.0.1',
      apiKey: TENANT_KEY,
      seed: 3,
      world: 'demo',
      frozenAt: new Date(SCENARIO_START),
    });
    const rewire = () => configFromDemoWorld(bench.url, TENANT_KEY);
    client = await startReferenceClient({ config: await rewire(), port: 0, rewire });
  });

  afterAll(async () => {
    await client?.close();
    await bench?.close();
  });

  it('runs the model over HTTP against the driver URL and the bench URL it was given', async () => {
    const target = await startTarget({
      driverUrl: `${client.url}/driver/v1`,
      benchUrl: bench.url,
      tenantKey: TENANT_KEY,
    });
    expect(target.referenceDriver).toBe(false);
    expect(target.openTenant).toBeUndefined();
    const report = await runScenarios({ target, seed: 3, runs: 6, maxCommands: 20 });
    expect(report.failure?.kind, formatReport(report)).not.toBe('unusable-target');
    expect(report.runsExecuted).toBeGreaterThan(0);
    // Every run reset the shared tenant and drove the driver: its searches and shipments (issuer
    // key) are in the bench's journal.
    const journal = await fetch(`${bench.url}/sim/v1/journal?party=issuer&limit=1`, {
      headers: { authorization: `Bearer ${TENANT_KEY}` },
    });
    expect(((await journal.json()) as { entries: unknown[] }).entries.length).toBeGreaterThan(0);
  }, 60_000);
});
