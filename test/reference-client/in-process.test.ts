// The driver inside an in-process bench (no sockets: the client reaches the bench through its
// dispatch, as under msw), with enough customers to cross the 1,000 limits of the register search
// and of a shipment.
import { describe, expect, it } from 'vitest';
import { createInProcessBench } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import { createDriverSimulator } from '../../reference-client/index.ts';
import type { MutantName } from '../../reference-client/index.ts';
import { customerFrom, expectOk } from './support.ts';
import type { DemoExample } from './support.ts';

async function thousandAndOne(mutant?: MutantName) {
  const bench = createInProcessBench({ world: 'demo', extraSimulators: [createDriverSimulator({ mutant })] });
  const api = createApi(bench.baseUrl, bench.tenantKey, (input, init) => bench.fetch(input, init));
  const world = expectOk(
    await api.get<{ jtta: { examples: Record<string, DemoExample[]> } }>('/sim/v1/world'),
    'world',
  );
  const who = customerFrom(world.jtta.examples.jtta?.[0] as DemoExample);
  for (let n = 1; n <= 1001; n += 1) {
    expectOk(await api.put(`/driver/v1/customers/${n}`, who), 'customer');
    expectOk(
      await api.put(`/driver/v1/subscriptions/s-${n}`, {
        customerNumber: String(n),
        amount: 10_000,
        interval: 'monthly',
        startDate: '2026-01-12',
      }),
      'subscription',
    );
  }
  expect(expectOk(await api.post('/driver/v1/efaktura-scan'), 'scan')).toMatchObject({ found: 1001 });
  const invoices = expectOk(
    await api.post<{ invoices: Array<{ channel: string }> }>('/driver/v1/billing-runs', {
      date: '2026-01-12',
    }),
    'bill',
  ).invoices;
  const journal = bench.tenant.journal.list({ limit: 10_000 }).entries;
  const calls = (method: string, path: string) =>
    journal.filter((e) => e.method === method && e.path === path);
  // The journal keeps the first 256 KiB of a body: enough for the shipment id, not for 1,000 transactions.
  const listed = expectOk(
    await api.get<{ shipments: Array<{ shipmentId: string; transactionCount: number }> }>(
      '/mps/v1/shipments',
    ),
    'shipments',
  ).shipments;
  const transactionsIn = (entry: { requestBody: string | null }): number => {
    const shipmentId = /"shipmentId":"([^"]+)"/.exec(entry.requestBody ?? '')?.[1];
    return listed.find((s) => s.shipmentId === shipmentId)?.transactionCount ?? -1;
  };
  return {
    bench,
    invoices,
    searches: calls('POST', '/mps/v1/efaktura-identifiers/search'),
    shipments: calls('POST', '/mps/v1/shipments'),
    transactionsIn,
  };
}

describe('batches of at most 1,000', () => {
  it('searches the register and ships eFaktura in batches of at most 1,000', async () => {
    const { bench, invoices, searches, shipments, transactionsIn } = await thousandAndOne();
    expect(
      searches.map((s) => (JSON.parse(s.requestBody ?? '{}') as { customers: unknown[] }).customers.length),
    ).toEqual([1000, 1]);
    expect(shipments.map((s) => s.status)).toEqual([202, 202]);
    expect(shipments.map(transactionsIn).sort((a, b) => b - a)).toEqual([1000, 1]);
    expect(invoices.every((i) => i.channel === 'efaktura')).toBe(true);
    expect(bench.internalErrors).toEqual([]);
  });

  it('oversize-shipment sends all 1,001 in one shipment, which MPS refuses', async () => {
    const { shipments, invoices } = await thousandAndOne('oversize-shipment');
    expect(shipments).toHaveLength(1);
    expect(shipments[0]?.status).toBe(400);
    // The refused eFaktura are not lost: they go by e-mail.
    expect(invoices.every((i) => i.channel === 'email')).toBe(true);
  });
});
