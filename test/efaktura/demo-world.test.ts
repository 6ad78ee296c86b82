// The demo world through the API (issue 4, item 7): GET /sim/v1/world lists the issuers with their
// keys and example persons per state, and each example behaves as its description says.
import { beforeAll, describe, expect, it } from 'vitest';
import { createInProcessBench } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import { advance } from './client.ts';
import type { ShipmentStatusBody } from './client.ts';
import { uuid } from './fixtures.ts';
import { demoKid } from '../../simulators/mps/demo-world.ts';

interface Example {
  nationalId: string;
  name: string;
  mobiles: string[];
  emails: string[];
  account: string;
}
interface WorldBody {
  jtta: {
    persons: number;
    withJtta: number;
    reservations: number;
    legacyAgreements: number;
    examples: Record<string, Example[]>;
  };
  mps: {
    issuers: Array<{
      orgNumber: string;
      name: string;
      state: string;
      apiKey: string;
      accountNumber: string;
      kid: { algorithm: 'MOD10' | 'MOD11'; lengths: number[] };
    }>;
  };
  nettbank: { efakturaByStatus: Record<string, number>; personsWithEfaktura: string[] };
}

const bench = createInProcessBench({ seed: 5, world: 'demo' });
const api = createApi(bench.baseUrl, bench.tenantKey, bench.fetch);
let world: WorldBody;

function example(state: string): Example {
  const found = world.jtta.examples[state]?.[0];
  if (!found) throw new Error(`no example for ${state}`);
  return found;
}

function issuer(name: string) {
  const found = world.mps.issuers.find((i) => i.name === name);
  if (!found) throw new Error(name);
  return found;
}

beforeAll(async () => {
  world = (await api.get<WorldBody>('/sim/v1/world')).body;
});

describe('the eFaktura demo world', () => {
  it('describes persons, issuers with keys, and delivered eFaktura', () => {
    expect(world.jtta).toMatchObject({ persons: 300, reservations: 15, legacyAgreements: 25 });
    expect(world.mps.issuers.map((i) => [i.name, i.state])).toEqual([
      ['Fjordkraft Demo AS', 'CONFIRMED'],
      ['Telenor Demo ASA', 'CONFIRMED'],
      ['Oslo Kommune Demo', 'CONFIRMED'],
      ['Nyoppstart Demo AS', 'PENDING'],
    ]);
    expect(world.nettbank.efakturaByStatus).toEqual({ DELIVERED: 4 });
    expect(Object.keys(world.jtta.examples).length).toBe(8);
  });

  it("lets each issuer's own key search, and shows reservations as BLOCKED and on the blacklist", async () => {
    const telenor = api.withKey(issuer('Telenor Demo ASA').apiKey);
    const reserved = example('jtta-reserved');
    const plain = example('jtta');
    const ambiguous = example('ambiguous-pair');
    const [first] = ambiguous.name.split(' ');
    const search = await telenor.post<{ results: Array<{ status: string }> }>(
      '/mps/v1/efaktura-identifiers/search',
      {
        issuerOrgNumber: issuer('Telenor Demo ASA').orgNumber,
        customers: [
          { customerNumber: '1', nationalId: reserved.nationalId },
          { customerNumber: '2', mobile: plain.mobiles[0], email: plain.emails[0] },
          {
            customerNumber: '3',
            firstName: first,
            lastName: ambiguous.name.slice((first ?? '').length + 1),
            email: ambiguous.emails[0],
          },
          { customerNumber: '4', nationalId: example('no-jtta').nationalId },
        ],
      },
    );
    expect(search.body.results.map((r) => r.status)).toEqual(['BLOCKED', 'FOUND', 'AMBIGUOUS', 'NOT_FOUND']);
    const blacklist = await telenor.get<{ entries: unknown[] }>(
      `/mps/v1/issuers/${issuer('Telenor Demo ASA').orgNumber}/blacklist`,
    );
    expect(blacklist.body.entries.length).toBe(15);
  });

  it('shows the seeded eFaktura in the online bank of a JTTA person', async () => {
    const [nationalId] = world.nettbank.personsWithEfaktura;
    const list = await api.get<{ efaktura: Array<{ status: string; issuerName: string; kid: string }> }>(
      `/bank/v1/nettbank/${nationalId}/efaktura`,
    );
    expect(list.body.efaktura).toEqual([
      expect.objectContaining({ status: 'DELIVERED', issuerName: 'Fjordkraft Demo AS' }),
    ]);
  });

  it('delivers by 1.0 reference only to persons who kept JTTA, and rejects shipments of the PENDING issuer', async () => {
    const fjordkraft = issuer('Fjordkraft Demo AS');
    const carried = world.jtta.examples['jtta-legacy-carried-over']?.[0]?.nationalId;
    const retired = world.jtta.examples['no-jtta-legacy-retired']?.[0]?.nationalId;
    const persons = await Promise.all(
      [carried, retired].map((id) =>
        api.get<{ legacyAgreements: Array<{ efakturaReference: string }> }>(`/jtta/v1/persons/${id}`),
      ),
    );
    const references = persons.map((p) => p.body.legacyAgreements[0]?.efakturaReference ?? '');
    const tx = (n: number, reference: string) => ({
      transactionId: uuid(n, 7),
      paymentType: 'EFAKTURA',
      documentType: 'INVOICE',
      invoiceNumber: `F-${n}`,
      efakturaReference: reference,
      kid: demoKid(fjordkraft, 500 + n),
      amount: 500_00,
      dueDate: '2026-02-02',
      issuerName: 'Fjordkraft',
      accountNumber: fjordkraft.accountNumber,
    });
    const sent = await api.withKey(fjordkraft.apiKey).post('/mps/v1/shipments', {
      shipmentId: uuid(1, 7),
      issuerOrgNumber: fjordkraft.orgNumber,
      transactions: references.map((reference, i) => tx(i, reference)),
    });
    expect(sent.status, sent.text).toBe(202);
    const pending = issuer('Nyoppstart Demo AS');
    await api.withKey(pending.apiKey).post('/mps/v1/shipments', {
      shipmentId: uuid(2, 7),
      issuerOrgNumber: pending.orgNumber,
      transactions: [
        {
          ...tx(5, 'x1'),
          nationalId: example('jtta').nationalId,
          efakturaReference: undefined,
          kid: undefined,
          accountNumber: pending.accountNumber,
        },
      ],
    });
    await advance(api, { minutes: 5 });
    const status = await api.get<ShipmentStatusBody>(`/mps/v1/shipments/${uuid(1, 7)}`);
    expect(status.body.transactions.map((t) => t.reason?.code ?? t.status)).toEqual([
      'DELIVERED',
      'EB-EF-LEGACY-RETIRED',
    ]);
    const stopped = await api.get<ShipmentStatusBody>(`/mps/v1/shipments/${uuid(2, 7)}`);
    expect([stopped.body.status, stopped.body.transactions[0]?.reason?.code]).toEqual([
      'STOPPED',
      'EB-EF-ISSUER-NOT-CONFIRMED',
    ]);
    expect(bench.internalErrors).toEqual([]);
  });
});
