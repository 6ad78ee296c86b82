// The reference client as an AutoPay-like payment client, driven through /driver/v1 against the
// bank simulator on a loopback port: pain.001 out, pain.002 back, corrections, approvals.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_START } from '../support/server.ts';
import { advance, expectOk, startDriverBench } from './support.ts';
import type { DriverBench } from './support.ts';

interface Payable {
  status: string;
  reasonCode?: string;
  reason?: string;
  explanation?: { title: { en: string } };
  fileId?: string;
  endToEndId?: string;
}

interface Agreement {
  customerId: string;
  name: string;
  apiKey: string;
  accounts: string[];
  users: Array<{ userId: string; name?: string; accounts: string[] }>;
  requiredApprovals: 1 | 2;
  rgb: boolean;
}

let bench: DriverBench;
let agreement: Agreement;
const creditors = { kraft: '15032000018', telefon: '15032000026', rorlegger: '15032000034' };

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
  expectOk(await bench.api.post('/driver/v1/reset'), 'driver reset');
  const world = expectOk(
    await bench.api.get<{ bank: { agreements: Agreement[] } }>('/sim/v1/world'),
    'world',
  );
  agreement = world.bank.agreements[0] as Agreement;
});

async function payable(id: string, body: Record<string, unknown>): Promise<void> {
  expectOk(
    await bench.api.put(`/driver/v1/payables/${id}`, {
      creditorName: 'Leverandør AS',
      amount: 125_000,
      type: 'invoice',
      dueDate: '2026-01-14',
      ...body,
    }),
    `PUT payable ${id}`,
  );
}

async function get(id: string): Promise<Payable> {
  return expectOk(await bench.api.get<Payable>(`/driver/v1/payables/${id}`), 'GET payable');
}

async function paymentFiles(): Promise<Array<{ method: string; path: string; status: number }>> {
  const journal = expectOk(
    await bench.api.get<{ entries: Array<{ method: string; path: string; status: number }> }>(
      '/sim/v1/journal?limit=10000',
    ),
    'journal',
  );
  return journal.entries.filter((e) => e.method === 'POST' && e.path === '/bank/v1/payment-files');
}

describe('the reference client as a payment client', () => {
  it('corrects a payable the bank rejected and sends it again, without paying the others twice', async () => {
    await payable('p-good', { creditorAccount: creditors.kraft, kid: '000133700501645' });
    // A valid MOD10 KID, but Telefonselskapet's KID agreement is MOD11 with length 10 (RR09).
    await payable('p-bad', { creditorAccount: creditors.telefon, kid: '000133700501645' });
    const first = expectOk(
      await bench.api.post<{ fileId: string; messageId: string }>('/driver/v1/payment-runs', {
        date: '2026-01-12',
        approvers: ['ola'],
      }),
      'run 1',
    );
    expect(first.fileId).toBeTruthy();
    expect(first.messageId).toMatch(/^RC-20260112-/);

    const bad = await get('p-bad');
    expect(bad).toMatchObject({ status: 'rejected', reasonCode: 'RR09' });
    expect(bad.explanation?.title.en).toBeTruthy();
    expect((await get('p-good')).status).toBe('accepted');

    // Corrected with the creditor's right KID, then run again: only the corrected one goes out.
    await payable('p-bad', { creditorAccount: creditors.telefon, kid: '1234567809' });
    expect((await get('p-bad')).status).toBe('open');
    const second = expectOk(
      await bench.api.post<{ fileId: string; messageId: string }>('/driver/v1/payment-runs', {
        date: '2026-01-12',
        approvers: ['ola'],
      }),
      'run 2',
    );
    expect(second.messageId).not.toBe(first.messageId);
    const file = expectOk(
      await bench.api.get<{ payments: Array<{ transactions: Array<{ kids: string[]; status: string }> }> }>(
        `/bank/v1/payment-files/${second.fileId}`,
      ),
      'file',
    );
    const transactions = file.payments.flatMap((p) => p.transactions);
    expect(transactions.map((t) => t.kids)).toEqual([['1234567809']]);
    expect((await get('p-bad')).status).toBe('accepted');

    // Nothing is left to pay, and a payable with the bank cannot be changed underneath it.
    expect(
      (
        await bench.api.post<{ code: string }>('/driver/v1/payment-runs', {
          date: '2026-01-12',
          approvers: ['ola'],
        })
      ).body.code,
    ).toBe('EB-DRIVER-NOTHING-TO-PAY');
    expect(
      (
        await bench.api.put<{ code: string }>('/driver/v1/payables/p-good', {
          creditorName: 'X',
          creditorAccount: creditors.kraft,
          amount: 1,
          kid: '000133700501645',
          type: 'invoice',
          dueDate: '2026-01-14',
        })
      ).status,
    ).toBe(409);

    // On the execution date the bank settles (ACSC): both are paid.
    await advance(bench.api, { days: 3 });
    expect((await get('p-good')).status).toBe('paid');
    expect((await get('p-bad')).status).toBe('paid');
  });

  it('refuses a 2+2 run with one approver locally, before anything reaches the bank, and sends it with two', async () => {
    const { customerId: _id, ...current } = expectOk(
      await bench.api.get<Record<string, unknown>>(`/bank/v1/agreements/${agreement.customerId}`),
      'agreement',
    );
    expectOk(
      await bench.api.put(`/bank/v1/agreements/${agreement.customerId}`, {
        ...current,
        requiredApprovals: 2,
      }),
      'agreement 2+2',
    );
    const settings = expectOk(
      await bench.api.get<{ bank: { debtorAccount: string } }>('/driver/v1/config'),
      'config',
    );
    const approvers = agreement.users
      .filter((u) => u.accounts.includes(settings.bank.debtorAccount))
      .map((u) => u.userId);
    expect(approvers).toHaveLength(2);
    expectOk(
      await bench.api.post('/driver/v1/reset', {
        config: {
          issuer: await issuerConfig(),
          bank: {
            customerId: agreement.customerId,
            apiKey: agreement.apiKey,
            debtorAccount: settings.bank.debtorAccount,
            requiredApprovals: 2,
            approvers,
          },
        },
      }),
      'driver reset with 2+2',
    );
    await payable('p-1', { creditorAccount: creditors.kraft, kid: '000133700501645' });
    const before = (await paymentFiles()).length;
    const refused = await bench.api.post<{
      code: string;
      detail: string;
      rule: string;
      isoEquivalent: string;
    }>('/driver/v1/payment-runs', { date: '2026-01-12', approvers: [approvers[0]] });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'EB-DRIVER-APPROVALS-REFUSED',
      rule: '2+2',
      isoEquivalent: 'AG08',
    });
    expect(refused.body.detail).toMatch(/needs 2 different approvers/);
    expect((await paymentFiles()).length).toBe(before);
    expect((await get('p-1')).status).toBe('open');

    expectOk(
      await bench.api.post('/driver/v1/payment-runs', { date: '2026-01-12', approvers }),
      'run with two',
    );
    expect((await get('p-1')).status).toBe('accepted');
  });

  it('sends pain.001.001.09 when configured and reads the pain.002.001.10 answer', async () => {
    const settings = expectOk(
      await bench.api.get<{ bank: { debtorAccount: string; approvers: string[] } }>('/driver/v1/config'),
      'config',
    );
    expectOk(
      await bench.api.post('/driver/v1/reset', {
        config: {
          issuer: await issuerConfig(),
          bank: {
            customerId: agreement.customerId,
            apiKey: agreement.apiKey,
            debtorAccount: settings.bank.debtorAccount,
            requiredApprovals: 1,
            approvers: settings.bank.approvers,
            messageVersion: '09',
          },
        },
      }),
      'driver reset with .09',
    );
    await payable('p-9', { creditorAccount: creditors.telefon, kid: '1234567809' });
    const run = expectOk(
      await bench.api.post<{ fileId: string }>('/driver/v1/payment-runs', {
        date: '2026-01-12',
        approvers: ['ola'],
      }),
      'run',
    );
    const file = expectOk(
      await bench.api.get<{ messageNameId: string }>(`/bank/v1/payment-files/${run.fileId}`),
      'file',
    );
    expect(file.messageNameId).toBe('pain.001.001.09');
    expect((await get('p-9')).status).toBe('accepted');
  });

  it('settles a credit note against invoices of the same creditor without KID, and holds what cannot be settled', async () => {
    await payable('inv-1', { creditorAccount: creditors.rorlegger, invoiceNumber: 'F-100', amount: 100_000 });
    await payable('cn-1', {
      creditorAccount: creditors.rorlegger,
      invoiceNumber: 'K-7',
      amount: 30_000,
      type: 'credit-note',
    });
    await payable('cn-big', {
      creditorAccount: creditors.kraft,
      invoiceNumber: 'K-9',
      amount: 30_000,
      type: 'credit-note',
    });
    const run = expectOk(
      await bench.api.post<{ fileId: string; held: Array<{ payableId: string }> }>(
        '/driver/v1/payment-runs',
        { date: '2026-01-12', approvers: ['ola'] },
      ),
      'run',
    );
    expect(run.held.map((h) => h.payableId)).toEqual(['cn-big']);
    const file = expectOk(
      await bench.api.get<{
        payments: Array<{ transactions: Array<{ amount: number; kids: string[]; status: string }> }>;
      }>(`/bank/v1/payment-files/${run.fileId}`),
      'file',
    );
    expect(file.payments.flatMap((p) => p.transactions)).toEqual([
      expect.objectContaining({ amount: 70_000, kids: [] }),
    ]);
    expect((await get('inv-1')).status).toBe('accepted');
    expect((await get('cn-1')).status).toBe('accepted');
    expect((await get('cn-big')).status).toBe('held');
  });
});

async function issuerConfig() {
  const settings = expectOk(
    await bench.api.get<{ issuer: { orgNumber: string } }>('/driver/v1/config'),
    'config',
  );
  const world = expectOk(
    await bench.api.get<{
      mps: {
        issuers: Array<{
          orgNumber: string;
          apiKey: string;
          name: string;
          accountNumber: string;
          kid: { algorithm: string; lengths: number[] };
        }>;
      };
    }>('/sim/v1/world'),
    'world',
  );
  const issuer = world.mps.issuers.find((i) => i.orgNumber === settings.issuer.orgNumber)!;
  return {
    orgNumber: issuer.orgNumber,
    apiKey: issuer.apiKey,
    name: issuer.name,
    accountNumber: issuer.accountNumber,
    kid: { algorithm: issuer.kid.algorithm, length: issuer.kid.lengths[0] },
  };
}
