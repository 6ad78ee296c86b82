// Bad input (issue 4, item 8): random and mutated requests to every eFaktura endpoint get an
// answer below 500; every refusal is problem+json with a catalogue code, and a refused request
// changes nothing in the tenant's eFaktura state.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupCode } from '../../src/codes/catalogue.ts';
import { EFAKTURA_STORE, snapshotState } from '../../src/efaktura/index.ts';
import { ensureAccount } from '../../simulators/bank/ledger-port.ts';
import { createInProcessBench } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import { advance, confirmedIssuer, registeredPerson } from './client.ts';
import {
  ISSUER_ORG,
  accountNumber,
  issuerInput,
  nationalId,
  orgNumber,
  personInput,
  shipment,
  transaction,
  uuid,
} from './fixtures.ts';

const OLA = nationalId(0);
const bench = createInProcessBench({ seed: 21 });
const api = createApi(bench.baseUrl, bench.tenantKey, bench.fetch);
let issuerKey = '';
let otherIssuerKey = '';

function snapshot(): string {
  return snapshotState(bench.tenant.store(EFAKTURA_STORE, () => ({})));
}

beforeAll(async () => {
  issuerKey = (await confirmedIssuer(api)).apiKey;
  otherIssuerKey = (await confirmedIssuer(api, { orgNumber: orgNumber(1), accountNumber: accountNumber(9) }))
    .apiKey;
  await registeredPerson(api, OLA, personInput());
  ensureAccount(bench.tenant, {
    bban: accountNumber(1),
    owner: { name: 'Ola Nordmann', nationalId: OLA },
    balanceOre: 1_000_00,
  });
  await api.withKey(issuerKey).post('/mps/v1/shipments', shipment(1, [transaction(1)]));
  await advance(api, { minutes: 5 });
});

interface Template {
  method: string;
  path: string;
  body?: unknown;
}

const TX = transaction(1).transactionId;
const templates: Template[] = [
  { method: 'PUT', path: `/jtta/v1/persons/${OLA}`, body: personInput() },
  { method: 'GET', path: `/jtta/v1/persons/${OLA}` },
  { method: 'PUT', path: `/jtta/v1/persons/${OLA}/consent` },
  { method: 'DELETE', path: `/jtta/v1/persons/${OLA}/reservations/${ISSUER_ORG}` },
  {
    method: 'PUT',
    path: `/jtta/v1/persons/${OLA}/legacy-agreements/${ISSUER_ORG}`,
    body: { efakturaReference: '1234567' },
  },
  { method: 'POST', path: '/mps/v1/issuers', body: issuerInput({ orgNumber: orgNumber(4) }) },
  { method: 'GET', path: `/mps/v1/issuers/${ISSUER_ORG}` },
  {
    method: 'POST',
    path: '/mps/v1/efaktura-identifiers/search',
    body: { issuerOrgNumber: ISSUER_ORG, customers: [{ customerNumber: 'c', nationalId: OLA }] },
  },
  { method: 'GET', path: `/mps/v1/issuers/${ISSUER_ORG}/blacklist?since=2026-01-01` },
  { method: 'POST', path: '/mps/v1/shipments', body: shipment(2, [transaction(2)]) },
  { method: 'GET', path: `/mps/v1/shipments?from=2026-01-01&to=2026-02-01` },
  { method: 'GET', path: `/mps/v1/shipments/${shipment(1, []).shipmentId}` },
  { method: 'GET', path: `/mps/v1/transactions/${TX}` },
  { method: 'GET', path: `/bank/v1/nettbank/${OLA}/efaktura` },
  {
    method: 'POST',
    path: `/bank/v1/nettbank/${OLA}/efaktura/${TX}/approve`,
    body: { fromAccount: accountNumber(1) },
  },
  { method: 'PUT', path: `/bank/v1/nettbank/${OLA}/reservations/${ISSUER_ORG}` },
];

const jsonValue = fc.jsonValue({ maxDepth: 2 });

/** Mutations of a valid body: drop, retype or add a field, nest garbage, or replace it. */
function mutatedBody(body: unknown): fc.Arbitrary<unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return jsonValue;
  const keys = Object.keys(body);
  const record = body as Record<string, unknown>;
  return fc.oneof(
    fc
      .constantFrom(...keys)
      .map((k) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...keys), jsonValue).map(([k, v]) => ({ ...record, [k]: v })),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 8 }), jsonValue)
      .map(([k, v]) => ({ ...record, [`x_${k}`]: v })),
    jsonValue,
  );
}

/** Mutations of a path: a parameter replaced by something else. */
const segment = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '12345678901',
    '123456789',
    'efid-x',
    uuid(99, 9),
    '%E0%A4%A',
    '..',
    'ÆØÅ',
    'x'.repeat(300),
  ),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);

const request = fc.record({
  template: fc.constantFrom(...templates),
  bodyMode: fc.constantFrom('mutated', 'mutated', 'text', 'wrong-type', 'none'),
  pathIndex: fc.integer({ min: -1, max: 6 }),
  segment,
  key: fc.constantFrom('tenant', 'issuer', 'other-issuer', 'wrong'),
  seed: fc.integer(),
});

describe('refused eFaktura requests', () => {
  it('answer 4xx problem+json with a catalogue code and leave the state unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(request, fc.context(), async (r, ctx) => {
        const parts = r.template.path.split('?');
        const segments = (parts[0] ?? '').split('/');
        if (r.pathIndex >= 3 && r.pathIndex < segments.length) segments[r.pathIndex] = r.segment;
        const path = segments.join('/') + (parts[1] ? `?${parts[1]}` : '');
        const key = {
          tenant: bench.tenantKey,
          issuer: issuerKey,
          'other-issuer': otherIssuerKey,
          wrong: 'ebk_nobody',
        }[r.key];
        const body =
          r.template.body === undefined
            ? undefined
            : fc.sample(mutatedBody(r.template.body), { seed: r.seed, numRuns: 1 })[0];
        const init: RequestInit = { method: r.template.method, headers: { authorization: `Bearer ${key}` } };
        const mode = r.template.method === 'GET' ? 'none' : r.bodyMode;
        if (mode === 'mutated' && body !== undefined) {
          init.body = JSON.stringify(body);
          init.headers = { ...init.headers, 'content-type': 'application/json' };
        } else if (mode === 'text') {
          init.body = '{"not json';
          init.headers = { ...init.headers, 'content-type': 'application/json' };
        } else if (mode === 'wrong-type') {
          init.body = '<xml/>';
          init.headers = { ...init.headers, 'content-type': 'application/xml' };
        }
        const before = snapshot();
        const response = await bench.fetch(path, init);
        const text = await response.text();
        ctx.log(
          `${r.template.method} ${path} ${String(init.body ?? '')} → ${response.status} ${text.slice(0, 200)}`,
        );
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const problem = JSON.parse(text) as { code: string; status: number };
          expect(lookupCode(problem.code), `code ${problem.code} is in the catalogue`).toBeDefined();
          expect(problem.status).toBe(response.status);
          expect(snapshot()).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
    expect(bench.internalErrors).toEqual([]);
  });

  it.each<[string, string, string, unknown, number, string]>([
    [
      'an issuer key on another issuer',
      'other-issuer',
      `/mps/v1/issuers/${ISSUER_ORG}/blacklist`,
      undefined,
      403,
      'EB-FORBIDDEN-PARTY',
    ],
    [
      "an issuer key on another issuer's shipment",
      'other-issuer',
      `/mps/v1/shipments/${shipment(1, []).shipmentId}`,
      undefined,
      403,
      'EB-FORBIDDEN-PARTY',
    ],
    [
      'an issuer key on the JTTA register',
      'issuer',
      `/jtta/v1/persons/${OLA}`,
      undefined,
      403,
      'EB-FORBIDDEN-PARTY',
    ],
    ['an unknown key', 'wrong', `/mps/v1/issuers/${ISSUER_ORG}`, undefined, 401, 'EB-UNAUTHORIZED'],
    ['an unknown person', 'tenant', `/jtta/v1/persons/${nationalId(30)}`, undefined, 404, 'EB-NOT-FOUND'],
    [
      "another person's eFaktura",
      'tenant',
      `/bank/v1/nettbank/${nationalId(30)}/efaktura/${TX}`,
      undefined,
      404,
      'EB-NOT-FOUND',
    ],
    ['an unknown issuer', 'tenant', `/mps/v1/issuers/${orgNumber(7)}`, undefined, 404, '5002'],
  ])('refuses %s', async (_label, who, path, _body, status, code) => {
    const key =
      { tenant: bench.tenantKey, issuer: issuerKey, 'other-issuer': otherIssuerKey, wrong: 'ebk_nobody' }[
        who
      ] ?? '';
    const before = snapshot();
    const response = await api.withKey(key).get<{ code: string }>(path);
    expect([response.status, response.body.code]).toEqual([status, code]);
    expect(snapshot()).toBe(before);
  });

  it('refuses a whole shipment when one transaction is bad, listing every issue, and stores none of it', async () => {
    const before = snapshot();
    const bad = shipment(3, [
      transaction(3),
      transaction(4, { nationalId: undefined }),
      transaction(5, { issuerName: '' }),
    ]);
    const response = await api
      .withKey(issuerKey)
      .post<{ code: string; issues: Array<{ code: string; path: string }> }>('/mps/v1/shipments', bad);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('5003');
    expect(response.body.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      '5003 transactions[1]',
      '3011 transactions[2].issuerName',
    ]);
    expect(snapshot()).toBe(before);
    expect((await api.get(`/mps/v1/transactions/${transaction(3).transactionId}`)).status).toBe(404);
  });
});
