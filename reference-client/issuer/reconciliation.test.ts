import { describe, expect, it } from 'vitest';
import { writeCamt054 } from '../../src/iso20022/camt054.ts';
import type { CamtTransactionDetails } from '../../src/iso20022/camt-model.ts';
import { ReferenceClient } from '../reference-client.ts';
import { fixedTime } from '../time-source.ts';
import type { ReferenceClientConfig } from '../config.ts';

const config: ReferenceClientConfig = {
  benchUrl: 'http://bench.test',
  issuer: {
    orgNumber: '123456785',
    apiKey: 'k-issuer',
    kid: { algorithm: 'MOD10', length: 10 },
    accountNumber: '12345678903',
    name: 'Abo AS',
  },
  bank: { customerId: '123456785', apiKey: 'k-bank', debtorAccount: '86011117947', requiredApprovals: 1 },
};

function notification(id: string, transactions: CamtTransactionDetails[]): string {
  return writeCamt054({
    messageNameId: 'camt.054.001.02',
    messageId: id,
    creationDateTime: '2026-01-27T06:00:00+01:00',
    notifications: [
      {
        id,
        creationDateTime: '2026-01-27T06:00:00+01:00',
        account: { bban: '12345678903', currency: 'NOK' },
        entries: [
          {
            amountOre: transactions.reduce((sum, tx) => sum + tx.amountOre, 0),
            currency: 'NOK',
            creditDebit: 'CRDT',
            status: 'BOOK',
            bookingDate: '2026-01-26',
            valueDate: '2026-01-26',
            transactions,
          },
        ],
      },
    ],
  });
}

/** A bench that answers only what reconciliation and an e-mail-only billing run ask for. */
function fakeBench(documents: Map<string, string>) {
  const calls: string[] = [];
  const fetcher = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    calls.push(`${request.method} ${url.pathname}${url.search}`);
    const jsonAnswer = (body: unknown) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    if (url.pathname.endsWith('/blacklist')) return jsonAnswer({ entries: [] });
    if (url.pathname === '/bank/v1/notifications')
      return jsonAnswer({ notifications: [...documents.keys()].map((id, seq) => ({ id, seq })) });
    const id = decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
    const xml = documents.get(id);
    return xml
      ? new Response(xml, { headers: { 'content-type': 'application/xml' } })
      : new Response('{}', { status: 404 });
  };
  return { fetcher, calls };
}

async function billedClient(documents: Map<string, string>) {
  const bench = fakeBench(documents);
  const client = new ReferenceClient({
    config,
    fetcher: bench.fetcher,
    time: fixedTime(new Date('2026-01-12T08:00:00+01:00')),
  });
  for (const n of ['1', '2', '3']) {
    await client.putCustomer(n, {
      firstName: 'Ola',
      lastName: 'Nordmann',
      address: { street: 'Storgata 1', postalCode: '0150', city: 'Oslo' },
      email: `${n}@example.no`,
    });
    await client.putSubscription(`s-${n}`, {
      customerNumber: n,
      amount: 10_000,
      interval: 'monthly',
      startDate: '2026-01-12',
    });
  }
  const { invoices } = await client.billingRun('2026-01-12');
  return { client, invoices, bench };
}

describe('reconcile', () => {
  it('books full, partial and over-payments by KID, reports unknown KIDs, and counts each booking once', async () => {
    const documents = new Map<string, string>();
    const { client, invoices } = await billedClient(documents);
    const [full, partial, over] = invoices.map((i) => i.kid) as [string, string, string];
    documents.set(
      'n-1',
      notification('n-1', [
        { amountOre: 10_000, currency: 'NOK', accountServicerReference: 'A-1', remittance: { kids: [full] } },
        {
          amountOre: 4_000,
          currency: 'NOK',
          accountServicerReference: 'A-2',
          remittance: { kids: [partial] },
        },
        { amountOre: 15_000, currency: 'NOK', accountServicerReference: 'A-3', remittance: { kids: [over] } },
        {
          amountOre: 999,
          currency: 'NOK',
          accountServicerReference: 'A-4',
          remittance: { kids: ['2345676'] },
        },
      ]),
    );
    expect(await client.reconcile()).toEqual({ matched: 3, unmatched: 1, notifications: 1 });
    expect(await client.getInvoice(invoices[0]!.invoiceNumber)).toMatchObject({
      status: 'paid',
      paidAmount: 10_000,
    });
    expect(await client.getInvoice(invoices[1]!.invoiceNumber)).toMatchObject({
      status: 'partially-paid',
      paidAmount: 4_000,
    });
    expect(await client.getInvoice(invoices[2]!.invoiceNumber)).toMatchObject({
      status: 'paid',
      paidAmount: 15_000,
    });

    // The same booking again in a later notification, and the rest of the partial payment.
    documents.set(
      'n-2',
      notification('n-2', [
        { amountOre: 10_000, currency: 'NOK', accountServicerReference: 'A-1', remittance: { kids: [full] } },
        {
          amountOre: 6_000,
          currency: 'NOK',
          accountServicerReference: 'A-5',
          remittance: { kids: [partial] },
        },
      ]),
    );
    expect(await client.reconcile()).toEqual({ matched: 1, unmatched: 0, notifications: 1 });
    expect(await client.getInvoice(invoices[0]!.invoiceNumber)).toMatchObject({ paidAmount: 10_000 });
    expect(await client.getInvoice(invoices[1]!.invoiceNumber)).toMatchObject({
      status: 'paid',
      paidAmount: 10_000,
    });
    expect(await client.reconcile()).toEqual({ matched: 0, unmatched: 0, notifications: 0 });
    const log = client.log.list({ area: 'reconcile' }).map((d) => d.message);
    expect(log.some((m) => /unknown KID/.test(m))).toBe(true);
    expect(log.some((m) => /over-payment of 5000 øre/.test(m))).toBe(true);
  });
});
