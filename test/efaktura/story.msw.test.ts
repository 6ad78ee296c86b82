// The eFaktura story in-process through msw (the transport CI suites use with
// `import { benchHandlers } from 'efaktura-bench/msw'`): JTTA, search, shipment, delivery,
// approval, payment, and cancellation by the issuer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAccount, getAccount } from '../../simulators/bank/ledger-port.ts';
import { IN_PROCESS_BASE_URL, mswServer } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import type { Api } from '../support/api.ts';
import { advance, confirmedIssuer, registeredPerson, sendShipment } from './client.ts';
import type { ShipmentStatusBody } from './client.ts';
import { ISSUER_ACCOUNT, accountNumber, nationalId, personInput, shipment, transaction } from './fixtures.ts';

const KARI = nationalId(3);
const KARI_ACCOUNT = accountNumber(3);

describe('the eFaktura story through msw', () => {
  const bench = mswServer({ seed: 9 });
  let tenant: Api;
  let issuer: Api;

  beforeAll(async () => {
    bench.server.listen({ onUnhandledRequest: 'error' });
    tenant = createApi(IN_PROCESS_BASE_URL, bench.tenantKey);
    const created = await confirmedIssuer(tenant);
    issuer = tenant.withKey(created.apiKey);
    ensureAccount(bench.tenant, {
      bban: ISSUER_ACCOUNT,
      owner: { name: 'Fjordlys Kraft AS', orgNumber: created.orgNumber },
      balanceOre: 0,
    });
    ensureAccount(bench.tenant, {
      bban: KARI_ACCOUNT,
      owner: { name: 'Kari Nordmann', nationalId: KARI },
      balanceOre: 5_000_00,
    });
    await registeredPerson(
      tenant,
      KARI,
      personInput({ firstName: 'Kari', mobiles: ['+4798765432'], emails: ['kari@example.com'] }),
    );
  });
  afterAll(() => {
    bench.server.close();
    expect(bench.internalErrors).toEqual([]);
  });

  it('delivers an eFaktura addressed by national id, pays it on the due date, and debits the consumer', async () => {
    const tx = transaction(1, { nationalId: KARI, amount: 300_00, minAmount: 100_00 });
    await sendShipment(issuer, shipment(1, [tx]));
    await advance(tenant, { minutes: 5 });
    const approved = await tenant.post<{
      status: string;
      approval: { amount: number; executionDate: string };
    }>(`/bank/v1/nettbank/${KARI}/efaktura/${tx.transactionId}/approve`, {
      fromAccount: KARI_ACCOUNT,
      amount: 100_00,
    });
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      approval: { amount: 100_00, executionDate: '2026-01-26' },
    });
    await advance(tenant, { to: '2026-01-26T18:00:00+01:00' });
    const item = await tenant.get<{ status: string }>(
      `/bank/v1/nettbank/${KARI}/efaktura/${tx.transactionId}`,
    );
    expect(item.body.status).toBe('PAID');
    expect(getAccount(bench.tenant, KARI_ACCOUNT)?.balanceOre).toBe(4_900_00);
  });

  it('lets the issuer cancel an approved eFaktura, which drops the scheduled payment', async () => {
    const tx = transaction(2, { nationalId: KARI, amount: 200_00, dueDate: '2026-02-10' });
    await sendShipment(issuer, shipment(2, [tx]));
    await advance(tenant, { minutes: 5 });
    await tenant.post(`/bank/v1/nettbank/${KARI}/efaktura/${tx.transactionId}/approve`, {
      fromAccount: KARI_ACCOUNT,
    });
    const cancelled = await issuer.post<ShipmentStatusBody>(
      `/mps/v1/shipments/${shipment(2, []).shipmentId}/cancel`,
    );
    expect(cancelled.body.transactions[0]?.status).toBe('CANCELLED');
    await advance(tenant, { to: '2026-02-10T18:00:00+01:00' });
    expect(getAccount(bench.tenant, KARI_ACCOUNT)?.balanceOre).toBe(4_900_00);
    const again = await issuer.post<{ code: string }>(
      `/mps/v1/shipments/${shipment(2, []).shipmentId}/cancel`,
    );
    expect([again.status, again.body.code]).toEqual([409, '205']);
  });

  it('expires an unpaid eFaktura 30 days after its due date', async () => {
    const tx = transaction(3, { nationalId: KARI, dueDate: '2026-02-16' });
    await sendShipment(issuer, shipment(3, [tx]));
    await advance(tenant, { minutes: 5 });
    await advance(tenant, { to: '2026-03-18T12:00:00+01:00' });
    const item = await tenant.get<{ status: string }>(
      `/bank/v1/nettbank/${KARI}/efaktura/${tx.transactionId}`,
    );
    expect(item.body.status).toBe('DELIVERED');
    await advance(tenant, { to: '2026-03-19T00:00:00+01:00' });
    expect(
      (await tenant.get<{ status: string }>(`/bank/v1/nettbank/${KARI}/efaktura/${tx.transactionId}`)).body
        .status,
    ).toBe('EXPIRED');
  });
});
