// The bank simulator over a real loopback server (ARCHITECTURE.md §5.4 contracts).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import { pain001, payment, transaction } from '../../src/bank/testing/bank-fixture.ts';
import { expectSchemaValid } from '../../src/iso20022/testing/expect-schema-valid.ts';
import { readPain002 } from '../../src/iso20022/pain002-reader.ts';
import { readCamt } from '../../src/iso20022/camt-reader.ts';
import { ACCOUNTS, CUSTOMER_ID, KIDS, setUpBank } from './bank-setup.ts';
import type { Api } from '../support/api.ts';
import type { TestServer } from '../support/server.ts';

interface Upload {
  fileId: string;
  messageId: string;
  groupStatus: string;
  statusReports: Array<{ id: string; url: string; stage: string; groupStatus: string }>;
}

let server: TestServer;
let tenant: Api;
let agreement: Api;

beforeAll(async () => {
  server = await startTestServer();
  tenant = createApi(server.baseUrl, server.tenantKey);
});

afterAll(async () => {
  expect(server.internalErrors).toEqual([]);
  await server.close();
});

beforeEach(async () => {
  await tenant.post('/sim/v1/reset', { world: 'empty' });
  await tenant.post('/sim/v1/clock', { set: '2026-01-12T08:00:00+01:00', freeze: true });
  const { agreementKey } = await setUpBank(tenant);
  agreement = tenant.withKey(agreementKey);
});

const path = (url: string) => new URL(url).pathname;

describe('bank set-up', () => {
  it('creates an account with 201, updates it with 200 and reads it back in øre', async () => {
    const created = await tenant.put(`/bank/v1/accounts/86011117947`, {
      owner: { name: 'Ny AS' },
      balance: 12_345,
      currency: 'NOK',
      amountLimit: 500_000,
    });
    expect(created.status).toBe(201);
    const updated = await tenant.put(`/bank/v1/accounts/86011117947`, {
      owner: { name: 'Ny AS' },
      balance: 100,
      currency: 'NOK',
      status: 'blocked',
    });
    expect(updated.status).toBe(200);
    const read = await tenant.get('/bank/v1/accounts/8601.11.17947');
    expect(read.body).toMatchObject({
      bban: '86011117947',
      balance: 100,
      status: 'blocked',
      amountLimit: 500_000,
    });
  });

  it('refuses an invalid account number, a fourth KID definition and an agreement naming an unknown account', async () => {
    const invalid = await tenant.put('/bank/v1/accounts/12345678902', {
      owner: { name: 'X' },
      balance: 0,
      currency: 'NOK',
    });
    expect([invalid.status, (invalid.body as { code: string }).code]).toEqual([
      400,
      'EB-BANK-ACCOUNT-INVALID',
    ]);
    const fourKids = await tenant.put(`/bank/v1/accounts/${ACCOUNTS.plain}/kid-agreement`, {
      definitions: [7, 8, 9, 10].map((length) => ({ algorithm: 'MOD10', length })),
    });
    expect([fourKids.status, (fourKids.body as { code: string }).code]).toEqual([
      400,
      'EB-BANK-KID-AGREEMENT-INVALID',
    ]);
    const unknown = await tenant.put('/bank/v1/agreements/998877660', {
      name: 'X AS',
      orgNumber: '998877660',
      accounts: ['86011117947'],
      requiredApprovals: 1,
      rgb: true,
      users: [],
    });
    expect([unknown.status, (unknown.body as { code: string }).code]).toEqual([
      400,
      'EB-BANK-UNKNOWN-ACCOUNT',
    ]);
  });

  it('keeps set-up to the tenant key and each agreement key to its own data', async () => {
    const byAgreement = await agreement.put(`/bank/v1/accounts/${ACCOUNTS.plain}`, {
      owner: { name: 'X' },
      balance: 0,
      currency: 'NOK',
    });
    expect([byAgreement.status, (byAgreement.body as { code: string }).code]).toEqual([
      403,
      'EB-FORBIDDEN-PARTY',
    ]);
    expect((await agreement.get(`/bank/v1/accounts/${ACCOUNTS.operating}`)).status).toBe(200);
    const foreign = await agreement.get(`/bank/v1/accounts/${ACCOUNTS.stranger}`);
    expect([foreign.status, (foreign.body as { code: string }).code]).toEqual([
      403,
      'EB-BANK-ACCOUNT-NOT-IN-AGREEMENT',
    ]);
    expect((await tenant.withKey('nobody').get('/bank/v1/status-reports')).status).toBe(401);
  });
});

describe('pain.001 intake and its status reports', () => {
  it('accepts a file with ACTC then ACSP, books it on the next run with ACSC, and notifies both accounts', async () => {
    const upload = await agreement.postXml<Upload>('/bank/v1/payment-files', pain001(), {
      'x-approved-by': 'ola',
    });
    expect(upload.status).toBe(202);
    expect(upload.body.statusReports.map((r) => [r.stage, r.groupStatus])).toEqual([
      ['receipt', 'ACTC'],
      ['validation', 'ACSP'],
    ]);
    for (const report of upload.body.statusReports) {
      const xml = await agreement.get(path(report.url));
      expect(xml.headers.get('content-type')).toContain('application/xml');
      expectSchemaValid(xml.text, 'pain.002.001.03');
    }
    await tenant.post('/sim/v1/clock/advance', { minutes: 20 });
    const view = await agreement.get<{
      payments: Array<{ transactions: Array<{ status: string; bookingDate: string }> }>;
      statusReports: unknown[];
    }>(`/bank/v1/payment-files/${upload.body.fileId}`);
    expect(view.body.payments[0]?.transactions[0]).toMatchObject({
      status: 'ACSC',
      bookingDate: '2026-01-12',
    });
    expect(view.body.statusReports).toHaveLength(3);

    const own = await agreement.get<{
      notifications: Array<{ account: string; direction: string; url: string }>;
    }>('/bank/v1/notifications');
    expect(own.body.notifications.map((n) => [n.account, n.direction])).toEqual([
      [ACCOUNTS.operating, 'debit'],
    ]);
    const all = await tenant.get<{ notifications: Array<{ account: string; url: string }> }>(
      `/bank/v1/notifications?account=${ACCOUNTS.kidMod10}`,
    );
    const credit = await tenant.get(path(all.body.notifications[0]!.url));
    expectSchemaValid(credit.text, 'camt.054.001.02');
    const read = readCamt(credit.text);
    expect(read.ok && read.document.entries[0]?.kids).toEqual([KIDS.mod10]);

    const statement = await agreement.get(`/bank/v1/statements/${ACCOUNTS.operating}/2026-01-12`);
    expectSchemaValid(statement.text, 'camt.053.001.02');
    expect(statement.text).toContain(`${ACCOUNTS.operating}.20260112`);
  });

  it('reports a partly rejected file as PART with the bad transaction RJCT RR09 "Ugyldig KID-nummer"', async () => {
    const xml = pain001({
      payments: [
        payment({
          transactions: [transaction(), transaction({ endToEndId: 'E2E-BAD', kid: '000133700501646' })],
        }),
      ],
    });
    const upload = await agreement.postXml<Upload>('/bank/v1/payment-files', xml, { 'x-approved-by': 'ola' });
    expect(upload.body.groupStatus).toBe('PART');
    const report = readPain002((await agreement.get(path(upload.body.statusReports[1]!.url))).text);
    const bad = report.ok
      ? report.report.payments[0]?.transactions?.find((t) => t.originalEndToEndId === 'E2E-BAD')
      : undefined;
    expect(bad).toMatchObject({
      status: 'RJCT',
      reasons: [
        expect.objectContaining({
          code: 'RR09',
          additionalInfo: expect.arrayContaining(['Ugyldig KID-nummer']),
        }),
      ],
    });
  });

  it('answers pain.001.001.09 with pain.002.001.10', async () => {
    const upload = await agreement.postXml<Upload>(
      '/bank/v1/payment-files',
      pain001({ version: 'pain.001.001.09' }),
      { 'x-approved-by': 'ola' },
    );
    expectSchemaValid((await agreement.get(path(upload.body.statusReports[1]!.url))).text, 'pain.002.001.10');
  });

  it('rejects a re-sent MsgId with DU01, and lets the tenant key post for an agreement named in X-Agreement-Id', async () => {
    await agreement.postXml('/bank/v1/payment-files', pain001(), { 'x-approved-by': 'ola' });
    const again = await tenant.postXml<Upload>('/bank/v1/payment-files', pain001(), {
      'x-approved-by': 'ola',
      'x-agreement-id': CUSTOMER_ID,
    });
    expect([again.status, again.body.groupStatus]).toEqual([202, 'RJCT']);
    const missing = await tenant.postXml('/bank/v1/payment-files', pain001());
    expect([missing.status, (missing.body as { code: string }).code]).toEqual([
      400,
      'EB-BANK-AGREEMENT-REQUIRED',
    ]);
  });

  it('answers a file that fails its XSD with a stored pain.002 RJCT FF01', async () => {
    const upload = await agreement.postXml<Upload>(
      '/bank/v1/payment-files',
      pain001().replace('<PmtMtd>TRF</PmtMtd>', ''),
    );
    expect([upload.status, upload.body.groupStatus]).toEqual([202, 'RJCT']);
    const xml = (await agreement.get(path(upload.body.statusReports[0]!.url))).text;
    expectSchemaValid(xml, 'pain.002.001.03');
    expect(xml).toContain('<Cd>FF01</Cd>');
  });

  it.each([
    ['not XML', 'application/xml', 'not xml at all', 400, 'EB-BANK-NOT-XML'],
    [
      'a DOCTYPE',
      'application/xml',
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>',
      400,
      'EB-BANK-DOCTYPE-FORBIDDEN',
    ],
    ['an empty body', 'application/xml', '', 400, 'EB-BANK-EMPTY-FILE'],
    ['a JSON content type', 'application/json', '{}', 415, 'EB-UNSUPPORTED-MEDIA-TYPE'],
  ])('refuses %s with a problem and stores nothing', async (_what, contentType, body, status, code) => {
    const response = await agreement.postXml('/bank/v1/payment-files', body, { 'content-type': contentType });
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect([response.status, (response.body as { code: string }).code]).toEqual([status, code]);
    expect(
      (await agreement.get<{ paymentFiles: unknown[] }>('/bank/v1/payment-files')).body.paymentFiles,
    ).toEqual([]);
  });

  it('polls status reports with since= and never shows another agreement its files', async () => {
    const first = await agreement.get<{ statusReports: unknown[]; next: number }>('/bank/v1/status-reports');
    expect(first.body).toEqual({ statusReports: [], next: 0 });
    const upload = await agreement.postXml<Upload>('/bank/v1/payment-files', pain001(), {
      'x-approved-by': 'ola',
    });
    const polled = await agreement.get<{ statusReports: Array<{ id: string }>; next: number }>(
      '/bank/v1/status-reports?since=0',
    );
    expect(polled.body.statusReports.map((r) => r.id)).toEqual(upload.body.statusReports.map((r) => r.id));
    const after = await agreement.get<{ statusReports: unknown[] }>(
      `/bank/v1/status-reports?since=${polled.body.next}`,
    );
    expect(after.body.statusReports).toEqual([]);

    const otherKey = (
      await tenant.put<{ apiKey: string }>('/bank/v1/agreements/998877660', {
        name: 'Annen kunde AS',
        orgNumber: '998877660',
        accounts: [ACCOUNTS.stranger],
        requiredApprovals: 1,
        rgb: true,
        users: [],
      })
    ).body.apiKey;
    const stranger = tenant.withKey(otherKey);
    expect((await stranger.get(`/bank/v1/payment-files/${upload.body.fileId}`)).status).toBe(404);
    expect(
      (await stranger.get<{ statusReports: unknown[] }>('/bank/v1/status-reports')).body.statusReports,
    ).toEqual([]);
    expect((await stranger.get(`/bank/v1/statements/${ACCOUNTS.operating}/2026-01-12`)).status).toBe(403);
  });
});

describe('bank settings', () => {
  it('applies a changed structuredReferenceLimit from PATCH /sim/v1/settings to the next file', async () => {
    const patched = await tenant.patch('/sim/v1/settings', { bank: { structuredReferenceLimit: 1 } });
    expect(patched.status).toBe(200);
    const xml = pain001({
      payments: [
        payment({
          transactions: [
            transaction({
              creditorAccount: ACCOUNTS.plain,
              kid: undefined,
              invoiceNumbers: ['INV-1', 'INV-2'],
            }),
          ],
        }),
      ],
    });
    const dry = await agreement.postXml('/bank/v1/validate', xml, { 'x-approved-by': 'ola' });
    expect(dry.text).toContain('<Cd>RR07</Cd>');
    await tenant.patch('/sim/v1/settings', { bank: { structuredReferenceLimit: 25 } });
    expect(
      (await agreement.postXml('/bank/v1/validate', xml, { 'x-approved-by': 'ola' })).text,
    ).not.toContain('<Cd>RR07</Cd>');
  });
});

describe('netbank approval without RGB', () => {
  it('keeps the file PDNG until an authorised user approves it, then executes it', async () => {
    const { agreementKey } = await setUpBank(tenant, { rgb: false });
    const noRgb = tenant.withKey(agreementKey);
    const upload = await noRgb.postXml<Upload>('/bank/v1/payment-files', pain001());
    expect(upload.body.groupStatus).toBe('PDNG');
    const refused = await noRgb.post(`/bank/v1/payment-files/${upload.body.fileId}/approvals`, {
      userId: 'mallory',
    });
    expect([refused.status, (refused.body as { code: string }).code]).toEqual([
      403,
      'EB-BANK-APPROVER-NOT-AUTHORISED',
    ]);
    const approved = await noRgb.post<{ releasedPayments: string[]; statusReports: unknown[] }>(
      `/bank/v1/payment-files/${upload.body.fileId}/approvals`,
      {
        userId: 'kari',
      },
    );
    expect(approved.body.releasedPayments).toEqual(['PMT-1']);
    const twice = await noRgb.post(`/bank/v1/payment-files/${upload.body.fileId}/approvals`, {
      userId: 'ola',
    });
    expect([twice.status, (twice.body as { code: string }).code]).toEqual([
      409,
      'EB-BANK-NOT-AWAITING-APPROVAL',
    ]);
    await tenant.post('/sim/v1/clock/advance', { minutes: 20 });
    const view = await noRgb.get<{ payments: Array<{ transactions: Array<{ status: string }> }> }>(
      `/bank/v1/payment-files/${upload.body.fileId}`,
    );
    expect(view.body.payments[0]?.transactions[0]?.status).toBe('ACSC');
  });
});

describe('POST /validate', () => {
  it('answers with the pain.002 a file would get, stores nothing and leaves the MsgId unused', async () => {
    const bad = pain001({ payments: [payment({ transactions: [transaction({ kid: '000133700501646' })] })] });
    const dry = await agreement.postXml('/bank/v1/validate', bad, { 'x-approved-by': 'ola' });
    expect([dry.status, dry.headers.get('x-group-status')]).toEqual([200, 'RJCT']);
    expectSchemaValid(dry.text, 'pain.002.001.03');
    expect(dry.text).toContain('<Cd>RR09</Cd>');
    expect(
      (await agreement.get<{ statusReports: unknown[] }>('/bank/v1/status-reports')).body.statusReports,
    ).toEqual([]);
    const real = await agreement.postXml<Upload>('/bank/v1/payment-files', pain001(), {
      'x-approved-by': 'ola',
    });
    expect(real.body.groupStatus).toBe('ACSP');
  });
});

describe('the demo world', () => {
  it('describes a demo agreement whose key can upload a KID payment to a demo creditor', async () => {
    await tenant.post('/sim/v1/reset', { world: 'demo' });
    const world = await tenant.get<{
      bank: {
        agreements: Array<{ customerId: string; apiKey: string; accounts: string[] }>;
        creditors: Array<{ bban: string; sampleKid?: string }>;
      };
    }>('/sim/v1/world');
    const [demo] = world.body.bank.agreements;
    const creditor = world.body.bank.creditors.find((c) => c.sampleKid !== undefined);
    expect(demo?.accounts).toHaveLength(2);
    const xml = pain001({
      initiatingPartyId: demo!.customerId,
      payments: [
        payment({
          debtorAccount: demo!.accounts[0]!,
          transactions: [transaction({ creditorAccount: creditor!.bban, kid: creditor!.sampleKid })],
        }),
      ],
    });
    const upload = await tenant
      .withKey(demo!.apiKey)
      .postXml<Upload>('/bank/v1/payment-files', xml, { 'x-approved-by': 'ola' });
    expect(upload.body.groupStatus).toBe('ACSP');
  });
});
