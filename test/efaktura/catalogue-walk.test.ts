// Walks the catalogue (ARCHITECTURE.md §6): every EB-EF code and every MPS code the bench emits is
// produced by the trigger or input its entry describes. Adding a code without a way to see it
// fails here.
import { describe, expect, it } from 'vitest';
import { benchEfakturaCodes } from '../../src/codes/bench-efaktura.ts';
import { mpsCodes } from '../../src/codes/mps.ts';
import { ensureAccount } from '../../simulators/bank/ledger-port.ts';
import { createInProcessBench } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import type { Api } from '../support/api.ts';
import { advance, confirmedIssuer, registeredPerson } from './client.ts';
import type { ShipmentStatusBody } from './client.ts';
import {
  ISSUER_ORG,
  accountNumber,
  issuerInput,
  nationalId,
  orgNumber,
  personInput,
  shipment,
  transaction,
} from './fixtures.ts';

interface World {
  api: Api;
  issuer: Api;
  bench: ReturnType<typeof createInProcessBench>;
}

async function world(): Promise<World> {
  const bench = createInProcessBench({ seed: 11 });
  const api = createApi(bench.baseUrl, bench.tenantKey, bench.fetch);
  const { apiKey } = await confirmedIssuer(api);
  await registeredPerson(api, nationalId(0), personInput());
  return { api, issuer: api.withKey(apiKey), bench };
}

/** The code of a problem answer. */
async function problemCode(response: Promise<{ status: number; body: unknown }>): Promise<string> {
  const { status, body } = await response;
  expect(status).toBeGreaterThanOrEqual(400);
  return (body as { code: string }).code;
}

/** Sends one transaction and returns its rejection code after processing. */
async function rejectionOf(w: World, invoiceNumber: string): Promise<string | undefined> {
  const response = await w.issuer.post('/mps/v1/shipments', shipment(1, [transaction(1, { invoiceNumber })]));
  expect(response.status, response.text).toBe(202);
  await advance(w.api, { minutes: 5 });
  const status = await w.issuer.get<ShipmentStatusBody>(`/mps/v1/shipments/${shipment(1, []).shipmentId}`);
  return status.body.transactions[0]?.reason?.code;
}

const shipments = (w: World, body: unknown) => problemCode(w.issuer.post('/mps/v1/shipments', body));
const OLA = nationalId(0);

/** Codes whose trigger is an input, not an invoice number: how to produce each. */
const inputScenarios: Record<string, (w: World) => Promise<string | undefined>> = {
  '201': (w) => problemCode(w.issuer.post(`/mps/v1/shipments/${shipment(9, []).shipmentId}/cancel`)),
  '205': async (w) => {
    await w.issuer.post('/mps/v1/shipments', shipment(1, [transaction(1)]));
    await w.issuer.post(`/mps/v1/shipments/${shipment(1, []).shipmentId}/cancel`);
    return problemCode(w.issuer.post(`/mps/v1/shipments/${shipment(1, []).shipmentId}/cancel`));
  },
  '201T': (w) => problemCode(w.issuer.post(`/mps/v1/transactions/${transaction(9).transactionId}/cancel`)),
  '205T': async (w) => {
    await w.issuer.post('/mps/v1/shipments', shipment(1, [transaction(1)]));
    await w.issuer.post(`/mps/v1/transactions/${transaction(1).transactionId}/cancel`);
    return problemCode(w.issuer.post(`/mps/v1/transactions/${transaction(1).transactionId}/cancel`));
  },
  '3002': async (w) => {
    await w.issuer.post('/mps/v1/shipments', shipment(1, [transaction(1)]));
    return shipments(w, shipment(1, [transaction(2)]));
  },
  '3003': (w) => shipments(w, shipment(1, [transaction(1), transaction(1)])),
  '3020': (w) =>
    shipments(w, shipment(1, [transaction(1, { paymentType: 'EFAKTURA_AND_AVTALEGIRO', kid: undefined })])),
  '3021': (w) =>
    shipments(
      w,
      shipment(1, [
        transaction(1, {
          paymentType: 'EFAKTURA_AND_AVTALEGIRO',
          documentType: 'REMINDER',
          avtaleGiro: { notifyPayer: true },
        }),
      ]),
    ),
  '5002': (w) =>
    problemCode(
      w.api.post('/mps/v1/shipments', shipment(1, [transaction(1)], { issuerOrgNumber: orgNumber(5) })),
    ),
  '5003': (w) => shipments(w, shipment(1, [transaction(1, { nationalId: undefined })])),
  '5006': (w) =>
    problemCode(
      w.api.post('/mps/v1/issuers', issuerInput({ orgNumber: orgNumber(2), accountNumber: '12345678902' })),
    ),
  'EB-EF-NATIONAL-ID-INVALID': (w) => problemCode(w.api.put('/jtta/v1/persons/12345678901', personInput())),
  'EB-EF-EMAIL-INVALID': (w) =>
    problemCode(w.api.put(`/jtta/v1/persons/${OLA}`, personInput({ emails: ['ola.nordmann'] }))),
  'EB-EF-MOBILE-INVALID': (w) =>
    problemCode(w.api.put(`/jtta/v1/persons/${OLA}`, personInput({ mobiles: ['12345'] }))),
  'EB-EF-ORG-NUMBER-INVALID': (w) =>
    problemCode(w.api.post('/mps/v1/issuers', issuerInput({ orgNumber: '123456789' }))),
  'EB-EF-LEGACY-CLOSED': (w) =>
    problemCode(
      w.api.put(`/jtta/v1/persons/${OLA}/legacy-agreements/${ISSUER_ORG}`, { efakturaReference: '1234567' }),
    ),
  'EB-EF-LEGACY-REFERENCE-TAKEN': async (w) => {
    await w.api.post('/sim/v1/clock', { set: '2021-06-01T10:00:00+02:00' });
    await registeredPerson(w.api, nationalId(1), personInput({ firstName: 'Kari' }));
    await w.api.put(`/jtta/v1/persons/${OLA}/legacy-agreements/${ISSUER_ORG}`, {
      efakturaReference: '1234567',
    });
    return problemCode(
      w.api.put(`/jtta/v1/persons/${nationalId(1)}/legacy-agreements/${ISSUER_ORG}`, {
        efakturaReference: '1234567',
      }),
    );
  },
  'EB-EF-LEGACY-REFERENCE-INVALID': (w) =>
    problemCode(
      w.api.put(`/jtta/v1/persons/${OLA}/legacy-agreements/${ISSUER_ORG}`, { efakturaReference: '7' }),
    ),
  'EB-EF-DUPLICATE-ISSUER': (w) => problemCode(w.api.post('/mps/v1/issuers', issuerInput())),
  'EB-EF-KID-SETUP-INVALID': (w) =>
    problemCode(
      w.api.post(
        '/mps/v1/issuers',
        issuerInput({ orgNumber: orgNumber(2), kid: { algorithm: 'MOD10', lengths: [30] } }),
      ),
    ),
  'EB-EF-ISSUER-STATE': async (w) => {
    await w.api.post('/mps/v1/issuers', issuerInput({ orgNumber: orgNumber(2) }));
    return problemCode(w.api.delete(`/mps/v1/issuers/${orgNumber(2)}`));
  },
  'EB-EF-SEARCH-TOO-MANY': (w) =>
    problemCode(
      w.issuer.post('/mps/v1/efaktura-identifiers/search', {
        issuerOrgNumber: ISSUER_ORG,
        customers: Array.from({ length: 1001 }, (_, i) => ({ customerNumber: `c${i}` })),
      }),
    ),
  'EB-EF-SHIPMENT-TOO-LARGE': (w) =>
    shipments(
      w,
      shipment(
        1,
        Array.from({ length: 1001 }, (_, i) => transaction(i)),
      ),
    ),
  'EB-EF-UNKNOWN-TRIGGER': (w) =>
    shipments(w, shipment(1, [transaction(1, { invoiceNumber: 'TRIGGER-NOPE' })])),
  'EB-EF-NOT-CANCELLABLE': async (w) => {
    await w.issuer.post('/mps/v1/shipments', shipment(1, [transaction(1, { minAmount: 999_99 })]));
    await advance(w.api, { minutes: 5 });
    return problemCode(w.issuer.post(`/mps/v1/transactions/${transaction(1).transactionId}/cancel`));
  },
  'EB-EF-INVALID-STATE': async (w) => {
    const account = await delivered(w);
    await w.api.post(`/bank/v1/nettbank/${OLA}/efaktura/${transaction(1).transactionId}/approve`, {
      fromAccount: account,
    });
    return problemCode(
      w.api.post(`/bank/v1/nettbank/${OLA}/efaktura/${transaction(1).transactionId}/approve`, {
        fromAccount: account,
      }),
    );
  },
  'EB-EF-NOT-PAYABLE': async (w) => {
    const account = await delivered(w, 'CREDIT_NOTE');
    return problemCode(
      w.api.post(`/bank/v1/nettbank/${OLA}/efaktura/${transaction(1).transactionId}/approve`, {
        fromAccount: account,
      }),
    );
  },
  'EB-EF-AMOUNT-OUT-OF-RANGE': async (w) => {
    const account = await delivered(w);
    return problemCode(
      w.api.post(`/bank/v1/nettbank/${OLA}/efaktura/${transaction(1).transactionId}/approve`, {
        fromAccount: account,
        amount: 1,
      }),
    );
  },
  'EB-EF-NOT-ACCOUNT-OWNER': async (w) => {
    await delivered(w);
    ensureAccount(w.bench.tenant, {
      bban: accountNumber(7),
      owner: { name: 'Kari', nationalId: nationalId(1) },
      balanceOre: 100,
    });
    return problemCode(
      w.api.post(`/bank/v1/nettbank/${OLA}/efaktura/${transaction(1).transactionId}/approve`, {
        fromAccount: accountNumber(7),
      }),
    );
  },
  'EB-EF-ACCOUNT-UNUSABLE': async (w) => {
    const account = await delivered(w);
    const closed = await w.api.put(`/bank/v1/accounts/${account}`, {
      owner: { name: 'Ola Nordmann', nationalId: OLA },
      balance: 1_000_00,
      currency: 'NOK',
      status: 'closed',
    });
    expect(closed.status, closed.text).toBeLessThan(300);
    return problemCode(
      w.api.post(`/bank/v1/nettbank/${OLA}/efaktura/${transaction(1).transactionId}/approve`, {
        fromAccount: account,
      }),
    );
  },
  'EB-EF-INVALID-QUERY': (w) =>
    problemCode(w.issuer.get(`/mps/v1/issuers/${ISSUER_ORG}/blacklist?since=yesterday`)),
};

/** Delivers transaction(1) to Ola, who gets an account; returns the account. */
async function delivered(w: World, documentType: 'INVOICE' | 'CREDIT_NOTE' = 'INVOICE'): Promise<string> {
  const account = accountNumber(1);
  ensureAccount(w.bench.tenant, {
    bban: account,
    owner: { name: 'Ola Nordmann', nationalId: OLA },
    balanceOre: 1_000_00,
  });
  await w.issuer.post('/mps/v1/shipments', shipment(1, [transaction(1, { documentType })]));
  await advance(w.api, { minutes: 5 });
  return account;
}

const entries = [...benchEfakturaCodes, ...mpsCodes];

describe('the eFaktura catalogue walk', () => {
  it('has a trigger for every code: an invoice number, an input scenario, or none for explanation-only codes', () => {
    for (const entry of entries) {
      const kind = entry.trigger?.kind;
      if (kind === 'efaktura-invoice-number')
        expect(entry.trigger?.value, entry.code).toBe(`TRIGGER-${entry.code}`);
      else if (kind === 'none') expect(entry.httpStatus, entry.code).toBeUndefined();
      else expect(inputScenarios[entry.code], `no input scenario for ${entry.code}`).toBeDefined();
    }
  });

  it.each(
    entries.filter((e) => e.trigger?.kind === 'efaktura-invoice-number').map((e) => [e.code, e] as const),
  )('produces %s from its invoiceNumber trigger', async (code, entry) => {
    const w = await world();
    const value = entry.trigger?.value ?? '';
    if (entry.appearsIn.some((a) => a.level === 'transaction')) {
      expect(await rejectionOf(w, value)).toBe(code);
    } else if (code === '202') {
      await w.issuer.post('/mps/v1/shipments', shipment(1, [transaction(1, { invoiceNumber: value })]));
      expect(await problemCode(w.issuer.post(`/mps/v1/shipments/${shipment(1, []).shipmentId}/cancel`))).toBe(
        code,
      );
    } else {
      const response = await w.issuer.post<{ code: string }>(
        '/mps/v1/shipments',
        shipment(1, [transaction(1, { invoiceNumber: value })]),
      );
      expect([response.status, response.body.code]).toEqual([entry.httpStatus, code]);
    }
    expect(w.bench.internalErrors).toEqual([]);
  });

  it.each(Object.keys(inputScenarios))('produces %s from the input its entry describes', async (code) => {
    const w = await world();
    const scenario = inputScenarios[code];
    if (!scenario) throw new Error(code);
    expect(await scenario(w)).toBe(code);
    expect(w.bench.internalErrors).toEqual([]);
  });
});
