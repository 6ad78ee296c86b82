// Every mutant really deviates: one small scenario per mutant, each showing the faulty behaviour
// where the reference client (the other e2e suites) behaves correctly. The conformance suite and
// the scenarios must catch these; this file proves each deviation is reachable.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateKidForAgreement } from '../../src/norway/kid.ts';
import { TEST_START } from '../support/server.ts';
import { configFromDemoWorld, MUTANTS } from '../../reference-client/index.ts';
import type { MutantName, ReferenceClientConfig } from '../../reference-client/index.ts';
import { issueKid, kidLayout } from '../../reference-client/issuer/kid.ts';
import { advance, customerFrom, expectOk, startDriverBench } from './support.ts';
import type { DemoExample, DriverBench } from './support.ts';

let bench: DriverBench;
let base: ReferenceClientConfig;
/** The journal's last sequence number before the test: the journal outlives resets. */
let mark = 0;
const covered = new Set<MutantName>();

beforeAll(async () => {
  bench = await startDriverBench();
});
afterAll(async () => {
  expect(bench.server.internalErrors).toEqual([]);
  await bench.close();
});
beforeEach(async () => {
  expectOk(await bench.api.post('/sim/v1/clock', { set: TEST_START.toISOString() }), 'clock');
  expectOk(await bench.api.post('/sim/v1/reset', { seed: 42, world: 'demo' }), 'bench reset');
  base = await configFromDemoWorld(bench.server.baseUrl, bench.server.tenantKey);
  mark = (await journalSince(mark)).next;
});

type JournalEntry = { method: string; path: string; status: number; virtualTime: string };

async function journalSince(since: number): Promise<{ entries: JournalEntry[]; next: number }> {
  const entries: JournalEntry[] = [];
  let next = since;
  for (;;) {
    const page = expectOk(
      await bench.api.get<{ entries: JournalEntry[]; next: number }>(
        `/sim/v1/journal?since=${next}&limit=10000`,
      ),
      'journal',
    );
    entries.push(...page.entries);
    next = page.next;
    // A short page is the end (reading the journal adds an entry of its own each time).
    if (page.entries.length < 10_000) return { entries, next };
  }
}

async function useMutant(
  mutant: MutantName,
  change: (config: ReferenceClientConfig) => ReferenceClientConfig = (c) => c,
): Promise<ReferenceClientConfig> {
  covered.add(mutant);
  const config = change({ ...base, mutant });
  expectOk(await bench.api.post('/driver/v1/reset', { config }), `driver reset as ${mutant}`);
  return config;
}

const person = (state: string, index = 0) => bench.world.examples[state]?.[index] as DemoExample;

async function subscribe(customerNumber: string, body: Record<string, unknown>): Promise<void> {
  expectOk(await bench.api.put(`/driver/v1/customers/${customerNumber}`, body), 'customer');
  expectOk(
    await bench.api.put(`/driver/v1/subscriptions/s-${customerNumber}`, {
      customerNumber,
      amount: 10_000,
      interval: 'monthly',
      startDate: '2026-01-12',
    }),
    'subscription',
  );
}

async function bill(date = '2026-01-12') {
  return expectOk(
    await bench.api.post<{
      invoices: Array<{ invoiceNumber: string; customerNumber: string; channel: string; kid: string }>;
    }>('/driver/v1/billing-runs', { date }),
    'bill',
  ).invoices;
}

async function journal(path: RegExp, method = 'GET') {
  const { entries } = await journalSince(mark);
  return entries.filter((e) => e.method === method && path.test(e.path));
}

/** A customer number whose first KID under the issuer's set-up ends in `check` (reference client). */
function customerWithCheck(kid: { algorithm: 'MOD10' | 'MOD11'; length: number }, check: string): string {
  const layout = kidLayout(kid.length);
  for (let n = 1; n < 10_000; n += 1) {
    if (issueKid(String(n).padStart(layout.customerDigits, '0'), 1, kid).endsWith(check)) return String(n);
  }
  throw new Error(`no customer number gives check ${check}`);
}

const payment = (body: Record<string, unknown>) => ({
  creditorName: 'Leverandør AS',
  amount: 50_000,
  type: 'invoice',
  dueDate: '2026-01-14',
  ...body,
});

describe('the mutants', () => {
  it('ignores-blacklist keeps sending eFaktura to a person who reserved against the issuer', async () => {
    await useMutant('ignores-blacklist');
    const who = person('jtta');
    await subscribe('1', customerFrom(who));
    await bench.api.post('/driver/v1/efaktura-scan');
    await bench.api.put(`/jtta/v1/persons/${who.nationalId}/reservations/${base.issuer.orgNumber}`);
    expect(expectOk(await bench.api.post('/driver/v1/efaktura-scan'), 'scan')).toMatchObject({ blocked: 1 });
    expect((await bill())[0]?.channel).toBe('efaktura');
  });

  it('sends-after-jtta-withdrawn keeps the agreement of a person the register no longer finds', async () => {
    await useMutant('sends-after-jtta-withdrawn');
    const who = person('jtta');
    await subscribe('1', customerFrom(who));
    await bench.api.post('/driver/v1/efaktura-scan');
    await bench.api.delete(`/jtta/v1/persons/${who.nationalId}/consent`);
    expect(expectOk(await bench.api.post('/driver/v1/efaktura-scan'), 'scan')).toMatchObject({ found: 0 });
    expect((await bill())[0]?.channel).toBe('efaktura');
  });

  it('mod10-check-digit-ten writes a two-character check digit when the Luhn check is 0', async () => {
    const config = await useMutant('mod10-check-digit-ten', (c) => ({
      ...c,
      issuer: { ...c.issuer, kid: { algorithm: 'MOD10', length: 12 } },
    }));
    const number = customerWithCheck(config.issuer.kid, '0');
    await subscribe(number, customerFrom(person('no-jtta'), { email: true }));
    const [invoice] = await bill();
    expect(invoice?.kid).toHaveLength(13);
    expect(validateKidForAgreement(invoice?.kid, { algorithm: 'MOD10', lengths: [12] }).valid).toBe(false);
  });

  it('mod11-no-dash writes 0 instead of "-" for a MOD11 check value of 10', async () => {
    const config = await useMutant('mod11-no-dash', (c) => ({
      ...c,
      issuer: { ...c.issuer, kid: { algorithm: 'MOD11', length: 10 } },
    }));
    const number = customerWithCheck(config.issuer.kid, '-');
    await subscribe(number, customerFrom(person('no-jtta'), { email: true }));
    const [invoice] = await bill();
    expect(invoice?.kid.endsWith('0')).toBe(true);
    expect(validateKidForAgreement(invoice?.kid, { algorithm: 'MOD11', lengths: [10] }).valid).toBe(false);
  });

  it('sends-on-behalf bills a customer without an agreement to a household member’s eFaktura address', async () => {
    await useMutant('sends-on-behalf');
    const parent = person('jtta');
    await subscribe('1', customerFrom(parent));
    await subscribe('2', { firstName: 'Barn', lastName: 'Nordby', address: parent.address });
    await bench.api.post('/driver/v1/efaktura-scan');
    const invoices = await bill();
    expect(invoices.find((i) => i.customerNumber === '2')?.channel).toBe('efaktura');
  });

  it('reuses-msgid sends a second file the same day with the same MsgId, which the bank rejects (DU01)', async () => {
    await useMutant('reuses-msgid');
    await bench.api.put(
      '/driver/v1/payables/a',
      payment({ creditorAccount: '15032000018', kid: '000133700501645' }),
    );
    const first = expectOk(
      await bench.api.post<{ messageId: string }>('/driver/v1/payment-runs', {
        date: '2026-01-12',
        approvers: ['ola'],
      }),
      'run 1',
    );
    await bench.api.put(
      '/driver/v1/payables/b',
      payment({ creditorAccount: '15032000034', invoiceNumber: 'F-1' }),
    );
    const second = expectOk(
      await bench.api.post<{ messageId: string }>('/driver/v1/payment-runs', {
        date: '2026-01-12',
        approvers: ['ola'],
      }),
      'run 2',
    );
    expect(second.messageId).toBe(first.messageId);
    expect(
      expectOk(
        await bench.api.get<{ status: string; reasonCode: string }>('/driver/v1/payables/b'),
        'payable',
      ),
    ).toMatchObject({ status: 'rejected', reasonCode: 'DU01' });
  });

  it('single-approver sends a 2+2 run with one approver instead of refusing it', async () => {
    await useMutant('single-approver', (c) => ({ ...c, bank: { ...c.bank, requiredApprovals: 2 } }));
    await bench.api.put(
      '/driver/v1/payables/a',
      payment({ creditorAccount: '15032000018', kid: '000133700501645' }),
    );
    const run = await bench.api.post('/driver/v1/payment-runs', { date: '2026-01-12', approvers: ['ola'] });
    expect(run.status).toBe(200);
    const uploads = await journal(/^\/bank\/v1\/payment-files$/, 'POST');
    expect(uploads).toHaveLength(1);
  });

  it('credit-note-with-kid keeps the KID next to a credit note, which the bank rejects (RR07)', async () => {
    await useMutant('credit-note-with-kid');
    await bench.api.put(
      '/driver/v1/payables/inv',
      payment({ creditorAccount: '15032000018', kid: '000133700501645', invoiceNumber: 'F-1' }),
    );
    await bench.api.put(
      '/driver/v1/payables/cn',
      payment({ creditorAccount: '15032000018', invoiceNumber: 'K-1', amount: 10_000, type: 'credit-note' }),
    );
    expectOk(
      await bench.api.post('/driver/v1/payment-runs', { date: '2026-01-12', approvers: ['ola'] }),
      'run',
    );
    expect(
      expectOk(
        await bench.api.get<{ status: string; reasonCode: string }>('/driver/v1/payables/inv'),
        'payable',
      ),
    ).toMatchObject({ status: 'rejected', reasonCode: 'RR07' });
  });

  it('no-fallback-after-rejection leaves a rejected eFaktura unsent by any other channel', async () => {
    await useMutant('no-fallback-after-rejection');
    const who = person('jtta');
    await subscribe('1', customerFrom(who));
    await bench.api.post('/driver/v1/efaktura-scan');
    await bench.api.delete(`/jtta/v1/persons/${who.nationalId}/consent`);
    const [invoice] = await bill();
    await advance(bench.api, { minutes: 10 });
    const view = expectOk(
      await bench.api.get<{ channel: string; efaktura: { status: string } }>(
        `/driver/v1/invoices/${invoice?.invoiceNumber}`,
      ),
      'invoice',
    );
    expect(view).toMatchObject({ channel: 'efaktura', efaktura: { status: 'REJECTED' } });
  });

  it('polls-without-backoff asks for the same shipment many times in one virtual instant', async () => {
    await useMutant('polls-without-backoff');
    await subscribe('1', customerFrom(person('jtta')));
    await bench.api.post('/driver/v1/efaktura-scan');
    const [invoice] = await bill();
    await bench.api.get(`/driver/v1/invoices/${invoice?.invoiceNumber}`);
    const polls = await journal(/^\/mps\/v1\/shipments\/[0-9a-f-]+$/);
    expect(polls.length).toBeGreaterThan(10);
    expect(new Set(polls.map((p) => p.virtualTime)).size).toBe(1);
  });

  it('covers every mutant in MUTANTS (oversize-shipment in in-process.test.ts)', () => {
    expect([...covered, 'oversize-shipment'].sort()).toEqual([...MUTANTS].sort());
  });
});
