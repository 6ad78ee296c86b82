// The fixed v1 contracts (ARCHITECTURE.md §5): every path must be routed and documented. Fields may
// be added; these paths may not be renamed, because integrators and CI scripts depend on them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './support/server.ts';
import type { TestServer } from './support/server.ts';
import { createApi } from './support/api.ts';

/** [method, path as in §5 with {params}] */
const contract: Array<[string, string]> = [
  // §5.1 control plane
  ['GET', '/sim/v1/clock'],
  ['POST', '/sim/v1/clock'],
  ['POST', '/sim/v1/clock/advance'],
  ['POST', '/sim/v1/reset'],
  ['GET', '/sim/v1/world'],
  ['GET', '/sim/v1/journal'],
  ['PUT', '/sim/v1/faults'],
  ['DELETE', '/sim/v1/faults'],
  ['POST', '/sim/v1/tenants'],
  ['DELETE', '/sim/v1/tenants/{id}'],
  // §5.2 JTTA
  ['PUT', '/jtta/v1/persons/{nationalId}'],
  ['GET', '/jtta/v1/persons/{nationalId}'],
  ['PUT', '/jtta/v1/persons/{nationalId}/consent'],
  ['DELETE', '/jtta/v1/persons/{nationalId}/consent'],
  ['PUT', '/jtta/v1/persons/{nationalId}/reservations/{issuerOrgNumber}'],
  ['DELETE', '/jtta/v1/persons/{nationalId}/reservations/{issuerOrgNumber}'],
  ['PUT', '/jtta/v1/persons/{nationalId}/legacy-agreements/{issuerOrgNumber}'],
  // §5.3 MPS
  ['POST', '/mps/v1/issuers'],
  ['POST', '/mps/v1/issuers/{orgNumber}/confirm'],
  ['DELETE', '/mps/v1/issuers/{orgNumber}'],
  ['GET', '/mps/v1/issuers/{orgNumber}'],
  ['POST', '/mps/v1/efaktura-identifiers/search'],
  ['GET', '/mps/v1/issuers/{orgNumber}/blacklist'],
  ['POST', '/mps/v1/shipments'],
  ['GET', '/mps/v1/shipments/{shipmentId}'],
  ['GET', '/mps/v1/shipments'],
  ['GET', '/mps/v1/transactions/{transactionId}'],
  ['POST', '/mps/v1/shipments/{shipmentId}/cancel'],
  ['POST', '/mps/v1/transactions/{transactionId}/cancel'],
  // §5.4 bank set-up, corporate and consumer
  ['PUT', '/bank/v1/accounts/{bban}'],
  ['GET', '/bank/v1/accounts/{bban}'],
  ['PUT', '/bank/v1/accounts/{bban}/kid-agreement'],
  ['PUT', '/bank/v1/agreements/{customerId}'],
  ['POST', '/bank/v1/payment-files'],
  ['GET', '/bank/v1/payment-files/{fileId}'],
  ['POST', '/bank/v1/payment-files/{fileId}/approvals'],
  ['GET', '/bank/v1/status-reports'],
  ['GET', '/bank/v1/status-reports/{id}'],
  ['GET', '/bank/v1/notifications'],
  ['GET', '/bank/v1/notifications/{id}'],
  ['GET', '/bank/v1/statements/{bban}/{date}'],
  ['POST', '/bank/v1/validate'],
  ['GET', '/bank/v1/nettbank/{nationalId}/efaktura'],
  ['POST', '/bank/v1/nettbank/{nationalId}/efaktura/{transactionId}/approve'],
  ['POST', '/bank/v1/nettbank/{nationalId}/efaktura/{transactionId}/delete'],
];

const sample: Record<string, string> = {
  id: 't9999',
  nationalId: '01010112345',
  issuerOrgNumber: '123456785',
  orgNumber: '123456785',
  shipmentId: '00000000-0000-4000-8000-000000000000',
  transactionId: '00000000-0000-4000-8000-000000000001',
  bban: '12345678903',
  customerId: '123456785',
  fileId: 'file-000001',
  date: '2026-01-12',
};

describe('the fixed v1 contracts', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(contract)('routes %s %s', async (method, template) => {
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => sample[name] ?? 'x');
    const key = template.startsWith('/sim/v1/tenants') ? server.adminKey : server.tenantKey;
    const api = createApi(server.baseUrl, key);
    const response = await api.request<{ code?: string }>(
      method,
      path,
      method === 'GET' || method === 'DELETE' ? undefined : {},
    );
    // Any answer but "no such route/method" shows the route exists; bad sample input may be refused.
    expect(response.status).not.toBe(405);
    expect(response.body?.code).not.toBe('EB-ROUTE-NOT-FOUND');
    expect(response.status).toBeLessThan(500);
  });

  it('documents every contract path in /openapi.json', async () => {
    const response = await fetch(`${server.baseUrl}/openapi.json`);
    const spec = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(
      Object.entries(spec.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{\w+\}/g, '{}')}`),
      ),
    );
    const missing = contract
      .map(([method, path]) => `${method} ${path.replace(/\{\w+\}/g, '{}')}`)
      .filter((operation) => !documented.has(operation));
    expect(missing).toEqual([]);
  });

  it('serves an index page without a key', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('/openapi.json');
  });
});
