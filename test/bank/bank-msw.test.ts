// The same bank through msw, in-process (ARCHITECTURE.md §3: one implementation, two transports).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IN_PROCESS_BASE_URL, mswServer } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import { pain001 } from '../../src/bank/testing/bank-fixture.ts';
import { expectSchemaValid } from '../../src/iso20022/testing/expect-schema-valid.ts';
import { ACCOUNTS, setUpBank } from './bank-setup.ts';

const msw = mswServer();

beforeAll(() => msw.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  msw.server.close();
  expect(msw.internalErrors).toEqual([]);
});

describe('the bank through msw', () => {
  it('takes a pain.001 with global fetch, books it and serves its documents', async () => {
    const tenant = createApi(IN_PROCESS_BASE_URL, msw.tenantKey);
    const agreement = tenant.withKey((await setUpBank(tenant)).agreementKey);
    const upload = await agreement.postXml<{
      fileId: string;
      groupStatus: string;
      statusReports: Array<{ url: string }>;
    }>('/bank/v1/payment-files', pain001(), { 'x-approved-by': 'ola' });
    expect([upload.status, upload.body.groupStatus]).toEqual([202, 'ACSP']);
    expectSchemaValid(
      (await agreement.get(new URL(upload.body.statusReports[1]!.url).pathname)).text,
      'pain.002.001.03',
    );
    await tenant.post('/sim/v1/clock/advance', { minutes: 20 });
    const notifications = await agreement.get<{ notifications: Array<{ account: string }> }>(
      '/bank/v1/notifications',
    );
    expect(notifications.body.notifications.map((n) => n.account)).toEqual([ACCOUNTS.operating]);
  });

  it('answers the dry run with a pain.002 and bad input with a problem', async () => {
    const tenant = createApi(IN_PROCESS_BASE_URL, msw.tenantKey);
    const dry = await tenant.postXml('/bank/v1/validate', pain001(), {
      'x-agreement-id': '923456783',
      'x-approved-by': 'ola',
    });
    expect(dry.status).toBe(200);
    const bad = await tenant.postXml('/bank/v1/validate', '<Document', { 'x-agreement-id': '923456783' });
    expect([bad.status, (bad.body as { code: string }).code]).toEqual([400, 'EB-BANK-NOT-XML']);
  });
});
