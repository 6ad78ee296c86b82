// The whole eFaktura story over a real loopback server (issue 4, item 9): a consumer is given
// JTTA, found by an issuer, sent an eFaktura, approves and pays it, and the issuer sees the
// payment as a camt.054 credit with the KID; a reservation then turns the next search into
// BLOCKED and the next delivery into a rejection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import type { Api } from '../support/api.ts';
import { advance, confirmedIssuer, registeredPerson, sendShipment } from './client.ts';
import type { ShipmentStatusBody } from './client.ts';
import { ISSUER_ACCOUNT, accountNumber, nationalId, personInput, shipment, transaction } from './fixtures.ts';

const OLA = nationalId(0);
const OLA_ACCOUNT = accountNumber(1);

describe('the eFaktura story over a loopback server', () => {
  let server: TestServer;
  let tenant: Api;
  let issuer: Api;
  let orgNumber: string;
  let identifier: string;

  beforeAll(async () => {
    server = await startTestServer({ seed: 4 });
    tenant = createApi(server.baseUrl, server.tenantKey);
    const created = await confirmedIssuer(tenant);
    orgNumber = created.orgNumber;
    issuer = tenant.withKey(created.apiKey);
    for (const [bban, owner, balance] of [
      [ISSUER_ACCOUNT, { name: 'Fjordlys Kraft AS', orgNumber }, 0],
      [OLA_ACCOUNT, { name: 'Ola Nordmann', nationalId: OLA }, 10_000_00],
    ] as const) {
      const put = await tenant.put(`/bank/v1/accounts/${bban}`, { owner, balance, currency: 'NOK' });
      expect(put.status, put.text).toBeLessThan(300);
    }
  });
  afterAll(async () => {
    expect(server.internalErrors).toEqual([]);
    await server.close();
  });

  it('finds a consumer only once they have given JTTA consent', async () => {
    await registeredPerson(tenant, OLA, personInput(), false);
    const customers = [{ customerNumber: 'K-1', mobile: '912 34 567', email: 'Ola.Nordmann@example.com' }];
    const before = await issuer.post<{ results: Array<{ status: string }> }>(
      '/mps/v1/efaktura-identifiers/search',
      { issuerOrgNumber: orgNumber, customers },
    );
    expect(before.body.results[0]?.status).toBe('NOT_FOUND');
    expect((await tenant.put(`/bank/v1/nettbank/${OLA}/consent`)).status).toBe(200);
    const after = await issuer.post<{ results: Array<{ status: string; efakturaIdentifier: string }> }>(
      '/mps/v1/efaktura-identifiers/search',
      {
        issuerOrgNumber: orgNumber,
        customers,
      },
    );
    expect(after.body.results[0]).toMatchObject({ customerNumber: 'K-1', status: 'FOUND' });
    identifier = after.body.results[0]?.efakturaIdentifier ?? '';
    expect(identifier).toMatch(/^efid-/);
  });

  it('delivers the eFaktura after the processing delay, and the consumer approves and pays it on the due date', async () => {
    const tx = transaction(1, {
      nationalId: undefined,
      efakturaIdentifier: identifier,
      kid: '2345676',
      amount: 450_00,
    });
    await sendShipment(issuer, shipment(1, [tx]));
    const pending = await issuer.get<ShipmentStatusBody>(`/mps/v1/shipments/${shipment(1, []).shipmentId}`);
    expect(pending.body.status).toBe('IN_PROGRESS');

    expect((await advance(tenant, { minutes: 5 })).jobsRun).toBeGreaterThanOrEqual(1);
    const processed = await issuer.get<ShipmentStatusBody>(`/mps/v1/shipments/${shipment(1, []).shipmentId}`);
    expect(processed.body).toMatchObject({ status: 'PROCESSED', accepted: 1, rejected: 0 });

    const list = await tenant.get<{ efaktura: Array<Record<string, unknown>> }>(
      `/bank/v1/nettbank/${OLA}/efaktura`,
    );
    expect(list.body.efaktura).toEqual([
      expect.objectContaining({
        transactionId: tx.transactionId,
        kid: '2345676',
        amount: 450_00,
        dueDate: '2026-01-26',
        status: 'DELIVERED',
        documentType: 'INVOICE',
      }),
    ]);

    const approved = await tenant.post<{ status: string }>(
      `/bank/v1/nettbank/${OLA}/efaktura/${tx.transactionId}/approve`,
      { fromAccount: OLA_ACCOUNT },
    );
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.status).toBe('APPROVED');

    await advance(tenant, { to: '2026-01-26T18:00:00+01:00' });
    const paid = await issuer.get<{ status: string; paidAt: string }>(
      `/mps/v1/transactions/${tx.transactionId}`,
    );
    expect(paid.body).toMatchObject({ status: 'PAID', paidAt: '2026-01-26' });
    const account = await tenant.get<{ balance: number }>(`/bank/v1/accounts/${OLA_ACCOUNT}`);
    expect(account.body.balance).toBe(10_000_00 - 450_00);
  });

  it('gives the issuer a camt.054 credit notification carrying the KID as SCOR', async () => {
    const listed = await tenant.get<{ notifications: Array<{ id: string }> }>(
      `/bank/v1/notifications?account=${ISSUER_ACCOUNT}`,
    );
    expect(listed.status, listed.text).toBe(200);
    const ids = listed.body.notifications.map((n) => n.id);
    expect(ids.length).toBeGreaterThan(0);
    const documents = await Promise.all(ids.map((id) => tenant.get(`/bank/v1/notifications/${id}`)));
    const credit = documents.map((d) => d.text).find((text) => text.includes('2345676'));
    expect(credit).toBeDefined();
    expect(credit).toContain('<Cd>SCOR</Cd>');
    expect(credit).toContain('<CdtDbtInd>CRDT</CdtDbtInd>');
  });

  it('turns the next search into BLOCKED and the next delivery into a rejection after a reservation', async () => {
    const reserved = await tenant.put<{ reservations: Array<{ issuerOrgNumber: string }> }>(
      `/bank/v1/nettbank/${OLA}/reservations/${orgNumber}`,
    );
    expect(reserved.body.reservations.map((r) => r.issuerOrgNumber)).toEqual([orgNumber]);
    const search = await issuer.post<{ results: Array<{ status: string; efakturaIdentifier?: string }> }>(
      '/mps/v1/efaktura-identifiers/search',
      {
        issuerOrgNumber: orgNumber,
        customers: [{ customerNumber: 'K-1', nationalId: OLA }],
      },
    );
    expect(search.body.results[0]).toEqual({ customerNumber: 'K-1', status: 'BLOCKED' });

    const blacklist = await issuer.get<{ entries: Array<{ efakturaIdentifier: string }> }>(
      `/mps/v1/issuers/${orgNumber}/blacklist?since=2026-01-01`,
    );
    expect(blacklist.body.entries.map((e) => e.efakturaIdentifier)).toEqual([identifier]);

    const tx = transaction(2, {
      nationalId: undefined,
      efakturaIdentifier: identifier,
      dueDate: '2026-02-20',
    });
    await sendShipment(issuer, shipment(2, [tx]));
    await advance(tenant, { minutes: 5 });
    const status = await issuer.get<ShipmentStatusBody>(`/mps/v1/shipments/${shipment(2, []).shipmentId}`);
    expect(status.body).toMatchObject({ status: 'STOPPED', accepted: 0, rejected: 1 });
    expect(status.body.transactions[0]?.reason?.code).toBe('EB-EF-RESERVED');
  });
});
