// The reference client as an eFaktura issuer, driven through /driver/v1 against the whole bench on
// a loopback port, across virtual days and months (POST /sim/v1/clock/advance).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateKidForAgreement } from '../../src/norway/kid.ts';
import { TEST_START } from '../support/server.ts';
import { advance, customerFrom, expectOk, startDriverBench } from './support.ts';
import type { DemoExample, DriverBench } from './support.ts';

interface Invoice {
  status: string;
  channel: string;
  kid: string;
  remindersSent: number;
  amount: number;
  paidAmount: number;
  dueDate: string;
  efaktura?: { transactionId: string; shipmentId: string; status: string; reason?: { code: string } };
  channelHistory: Array<{ channel: string; reason: string }>;
}

let bench: DriverBench;
let issuer: DriverBench['world']['issuers'][number];

beforeAll(async () => {
  bench = await startDriverBench();
});
afterAll(async () => {
  expect(bench.server.internalErrors).toEqual([]);
  await bench.close();
});

beforeEach(async () => {
  // The clock survives a reset: put it back first, so every test starts on Monday 12 January 2026.
  expectOk(await bench.api.post('/sim/v1/clock', { set: TEST_START.toISOString() }), 'clock');
  expectOk(await bench.api.post('/sim/v1/reset', { seed: 42, world: 'demo' }), 'bench reset');
  const settings = expectOk(
    await bench.api.post<{ settings: { issuer: { orgNumber: string } } }>('/driver/v1/reset'),
    'driver reset',
  );
  issuer = bench.world.issuers.find(
    (i) => i.orgNumber === settings.settings.issuer.orgNumber,
  ) as typeof issuer;
});

function person(state: string, index = 0): DemoExample {
  const found = bench.world.examples[state]?.[index];
  if (!found) throw new Error(`the demo world has no example person in state ${state}`);
  return found;
}

async function subscribe(
  customerNumber: string,
  who: DemoExample,
  keys?: Parameters<typeof customerFrom>[1],
): Promise<void> {
  expectOk(
    await bench.api.put(`/driver/v1/customers/${customerNumber}`, customerFrom(who, keys)),
    'PUT customer',
  );
  expectOk(
    await bench.api.put(`/driver/v1/subscriptions/s-${customerNumber}`, {
      customerNumber,
      amount: 39_900,
      interval: 'monthly',
      startDate: '2026-01-12',
    }),
    'PUT subscription',
  );
}

async function invoice(invoiceNumber: string): Promise<Invoice> {
  return expectOk(await bench.api.get<Invoice>(`/driver/v1/invoices/${invoiceNumber}`), 'GET invoice');
}

async function bill(date: string) {
  return expectOk(
    await bench.api.post<{
      invoices: Array<{
        invoiceNumber: string;
        customerNumber: string;
        channel: string;
        kid: string;
        amount: number;
        dueDate: string;
      }>;
    }>('/driver/v1/billing-runs', { date }),
    'billing run',
  ).invoices;
}

describe('the reference client as an eFaktura issuer', () => {
  it('finds a JTTA person, sends eFaktura, and reconciles the payment the consumer approved in the online bank', async () => {
    const oskar = person('jtta');
    await subscribe('1001', oskar);
    await subscribe('1002', person('no-jtta'));
    const scan = expectOk(await bench.api.post('/driver/v1/efaktura-scan'), 'scan');
    expect(scan).toMatchObject({ found: 1, blocked: 0, notFound: 1 });

    const [first, second] = await bill('2026-01-12');
    expect(first).toMatchObject({ customerNumber: '1001', channel: 'efaktura', amount: 39_900 });
    expect(second).toMatchObject({ customerNumber: '1002', channel: 'email' });
    expect(validateKidForAgreement(first?.kid, issuer.kid).valid).toBe(true);

    // The client returns after submitting; MPS validates within minutes of virtual time.
    expect((await invoice(first!.invoiceNumber)).status).toBe('sending');
    await advance(bench.api, { minutes: 10 });
    const delivered = await invoice(first!.invoiceNumber);
    expect(delivered).toMatchObject({
      status: 'sent',
      channel: 'efaktura',
      efaktura: { status: 'DELIVERED' },
    });

    const inbox = expectOk(
      await bench.api.get<{ efaktura: Array<{ transactionId: string; kid: string }> }>(
        `/bank/v1/nettbank/${oskar.nationalId}/efaktura`,
      ),
      'inbox',
    );
    const item = inbox.efaktura.find((e) => e.kid === first!.kid);
    expect(item).toBeDefined();
    expectOk(
      await bench.api.post(`/bank/v1/nettbank/${oskar.nationalId}/efaktura/${item!.transactionId}/approve`, {
        fromAccount: oskar.account,
      }),
      'approve',
    );

    // The bank books the transfer on the due date and notifies the issuer with camt.054.
    await advance(bench.api, { days: 15 });
    const reconciled = expectOk(
      await bench.api.post<{ matched: number; unmatched: number }>('/driver/v1/reconcile'),
      'reconcile',
    );
    expect(reconciled.matched).toBe(1);
    expect(await invoice(first!.invoiceNumber)).toMatchObject({
      status: 'paid',
      paidAmount: 39_900,
      remindersSent: 0,
    });
    // Reading again never counts the same notification twice.
    expect(expectOk(await bench.api.post('/driver/v1/reconcile'), 'reconcile again')).toMatchObject({
      matched: 0,
      unmatched: 0,
    });
    expect((await invoice(first!.invoiceNumber)).paidAmount).toBe(39_900);

    // A month later the subscription is billed again, still as eFaktura; the unpaid e-mail invoice gets a reminder.
    const next = await bill('2026-02-12');
    expect(next.find((i) => i.customerNumber === '1001')).toMatchObject({ channel: 'efaktura' });
    expect((await invoice(second!.invoiceNumber)).remindersSent).toBe(1);
  });

  it('sends no reminder for an eFaktura the consumer approved, even before the payment is reconciled', async () => {
    const oskar = person('jtta');
    await subscribe('1101', oskar);
    await bench.api.post('/driver/v1/efaktura-scan');
    const [first] = await bill('2026-01-12');
    await advance(bench.api, { minutes: 10 });
    const inbox = expectOk(
      await bench.api.get<{ efaktura: Array<{ transactionId: string; kid: string }> }>(
        `/bank/v1/nettbank/${oskar.nationalId}/efaktura`,
      ),
      'inbox',
    );
    const item = inbox.efaktura.find((e) => e.kid === first!.kid);
    expectOk(
      await bench.api.post(`/bank/v1/nettbank/${oskar.nationalId}/efaktura/${item!.transactionId}/approve`, {
        fromAccount: oskar.account,
      }),
      'approve',
    );
    await advance(bench.api, { days: 31 });
    await bill('2026-02-12');
    expect((await invoice(first!.invoiceNumber)).remindersSent).toBe(0);
    expectOk(await bench.api.post('/driver/v1/reconcile'), 'reconcile');
    expect((await invoice(first!.invoiceNumber)).status).toBe('paid');
  });

  it('disables the agreement after a reservation, reminds by e-mail, and bills by e-mail from then on', async () => {
    const tiril = person('jtta', 1);
    await subscribe('2001', tiril);
    await bench.api.post('/driver/v1/efaktura-scan');
    const [sent] = await bill('2026-01-12');
    expect(sent?.channel).toBe('efaktura');
    await advance(bench.api, { minutes: 10 });
    expect((await invoice(sent!.invoiceNumber)).efaktura?.status).toBe('DELIVERED');

    expectOk(
      await bench.api.put(`/jtta/v1/persons/${tiril.nationalId}/reservations/${issuer.orgNumber}`),
      'reserve',
    );
    const scan = expectOk(await bench.api.post('/driver/v1/efaktura-scan'), 'scan');
    expect(scan).toMatchObject({ found: 0, blocked: 1 });
    const reminded = await invoice(sent!.invoiceNumber);
    expect(reminded).toMatchObject({ channel: 'email', remindersSent: 1, efaktura: { status: 'CANCELLED' } });

    const [later] = await bill('2026-02-12');
    expect(later).toMatchObject({ customerNumber: '2001', channel: 'email' });
    const log = expectOk(
      await bench.api.get<{ entries: Array<{ message: string }> }>('/driver/v1/log?area=scan'),
      'log',
    );
    expect(log.entries.some((e) => /BLOCKED/.test(e.message))).toBe(true);
  });

  it('catches a reservation made after the scan from the blacklist before the next billing run', async () => {
    const emma = person('jtta', 2);
    await subscribe('3001', emma, { email: true, mobile: true });
    expect(expectOk(await bench.api.post('/driver/v1/efaktura-scan'), 'scan')).toMatchObject({ found: 1 });
    await bench.api.put(`/jtta/v1/persons/${emma.nationalId}/reservations/${issuer.orgNumber}`);
    const [billed] = await bill('2026-01-12');
    expect(billed?.channel).toBe('email');
  });

  it('re-sends an eFaktura that MPS rejects (JTTA withdrawn since the scan) by e-mail instead of losing it', async () => {
    const who = person('jtta-several-mobiles');
    await subscribe('4001', who);
    await bench.api.post('/driver/v1/efaktura-scan');
    expectOk(await bench.api.delete(`/jtta/v1/persons/${who.nationalId}/consent`), 'withdraw JTTA');
    const [billed] = await bill('2026-01-12');
    expect(billed?.channel).toBe('efaktura');
    await advance(bench.api, { minutes: 10 });
    const fallen = await invoice(billed!.invoiceNumber);
    expect(fallen).toMatchObject({
      channel: 'email',
      status: 'sent',
      efaktura: { status: 'REJECTED', reason: { code: 'EB-EF-NO-JTTA' } },
    });
    const [next] = await bill('2026-02-12');
    expect(next?.channel).toBe('email');
  });

  it('falls back to e-mail when an eFaktura is not approved within three days of delivery', async () => {
    await subscribe('5001', person('jtta'));
    await bench.api.post('/driver/v1/efaktura-scan');
    const [billed] = await bill('2026-01-12');
    await advance(bench.api, { minutes: 10 });
    expect((await invoice(billed!.invoiceNumber)).channel).toBe('efaktura');
    await advance(bench.api, { days: 2 });
    expect((await invoice(billed!.invoiceNumber)).channel).toBe('efaktura');
    await advance(bench.api, { days: 2 });
    const fallen = await invoice(billed!.invoiceNumber);
    expect(fallen).toMatchObject({ channel: 'email', efaktura: { status: 'CANCELLED' } });
    expect(fallen.channelHistory.at(-1)?.reason).toMatch(/not approved within 3 days/);
  });

  it('polls a shipment with growing delays on the virtual clock, never twice in the same instant', async () => {
    await subscribe('6001', person('jtta'));
    await bench.api.post('/driver/v1/efaktura-scan');
    const [billed] = await bill('2026-01-12');
    for (let i = 0; i < 5; i += 1) await invoice(billed!.invoiceNumber);
    await advance(bench.api, { minutes: 1 });
    for (let i = 0; i < 3; i += 1) await invoice(billed!.invoiceNumber);
    await advance(bench.api, { minutes: 2 });
    for (let i = 0; i < 3; i += 1) await invoice(billed!.invoiceNumber);
    await advance(bench.api, { minutes: 4 });
    const done = await invoice(billed!.invoiceNumber);
    expect(done.efaktura?.status).toBe('DELIVERED');
    const journal = expectOk(
      await bench.api.get<{ entries: Array<{ method: string; path: string; virtualTime: string }> }>(
        '/sim/v1/journal?limit=10000',
      ),
      'journal',
    );
    const polls = journal.entries.filter(
      (e) => e.method === 'GET' && e.path === `/mps/v1/shipments/${done.efaktura?.shipmentId}`,
    );
    const instants = polls.map((p) => Date.parse(p.virtualTime));
    // One poll per due slot: +1 min, +2 min after that, then +4 min (processing takes 5 minutes).
    expect(polls).toHaveLength(3);
    const gaps = instants.slice(1).map((t, i) => t - (instants[i] as number));
    expect(gaps[1]).toBeGreaterThanOrEqual(gaps[0] as number);
  });

  it('answers 400 problem+json for invalid driver input and 404 for an unknown invoice', async () => {
    const bad = await bench.api.put<{ code: string; errors: Array<{ path: string }> }>(
      '/driver/v1/customers/7001',
      {
        firstName: 'Ola',
        lastName: '',
        nationalId: '12345678901',
        address: { street: 'x', postalCode: '0150', city: 'Oslo' },
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/problem\+json/);
    expect(bad.body.code).toBe('EB-INVALID-BODY');
    expect(bad.body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['lastName', 'nationalId']));
    const orphan = await bench.api.put<{ code: string }>('/driver/v1/subscriptions/s-x', {
      customerNumber: 'nobody',
      amount: 100,
      interval: 'monthly',
      startDate: '2026-01-12',
    });
    expect(orphan).toMatchObject({ status: 400, body: { code: 'EB-INVALID-BODY' } });
    expect((await bench.api.post('/driver/v1/billing-runs', { date: '2026-02-30' })).status).toBe(400);
    expect((await bench.api.get<{ code: string }>('/driver/v1/invoices/999')).body.code).toBe('EB-NOT-FOUND');
  });
});
