// Small hand-made models and journal entries for the unit tests of the invariants and facts.
import type { JournalEntry } from './journal-observer.ts';
import type { ScenarioModel } from './model.ts';
import { castFor } from './world.ts';

export const ISSUER_ORG = '923456783';

export function makeModel(overrides: Partial<ScenarioModel> = {}): ScenarioModel {
  const { persons, creditors } = castFor(7, '2026-01-12');
  return {
    step: 0,
    now: '2026-01-12T08:00:00+01:00',
    today: '2026-01-12',
    issuer: {
      orgNumber: ISSUER_ORG,
      name: 'Fjordkraft Demo AS',
      account: '12345678903',
      kid: { algorithm: 'MOD11', length: 8 },
    },
    persons,
    customers: new Map(),
    subscriptions: new Map(),
    invoices: new Map(),
    inbox: new Map(),
    creditors,
    payables: new Map(),
    runs: [],
    bankRule: { requiredApprovals: 1, rgb: true },
    clientRule: { erpApprovals: 1, requiredApprovals: 1 },
    users: [
      { userId: 'ola', authorisedOnDebtor: true },
      { userId: 'kari', authorisedOnDebtor: true },
      { userId: 'nils', authorisedOnDebtor: false },
    ],
    netbankApprovals: new Map(),
    scans: 0,
    billingRuns: 0,
    ...overrides,
  };
}

let seq = 0;

export function entry(partial: Partial<JournalEntry> & Pick<JournalEntry, 'method' | 'path'>): JournalEntry {
  seq += 1;
  return {
    seq,
    virtualTime: '2026-01-12T08:00:00+01:00',
    realTime: '2026-01-12T07:00:00.000Z',
    party: { kind: 'issuer', id: ISSUER_ORG },
    query: '',
    status: 200,
    durationMs: 1,
    requestContentType: 'application/json',
    requestBody: null,
    requestBytes: 0,
    responseContentType: 'application/json',
    responseBody: null,
    responseBytes: 0,
    truncated: false,
    code: null,
    fault: null,
    ...partial,
  };
}

/** A journalled register search with the given results. */
export function searchEntry(
  results: Array<{ customerNumber: string; status: string; efakturaIdentifier?: string }>,
  keys: Record<string, string> = {},
): JournalEntry {
  return entry({
    method: 'POST',
    path: '/mps/v1/efaktura-identifiers/search',
    requestBody: JSON.stringify({
      issuerOrgNumber: ISSUER_ORG,
      customers: results.map((r) => ({ customerNumber: r.customerNumber, ...keys })),
    }),
    responseBody: JSON.stringify({ results }),
  });
}

/** A journalled, accepted shipment of eFaktura transactions. */
export function shipmentEntry(
  transactions: Array<{
    invoiceNumber: string;
    efakturaIdentifier?: string;
    nationalId?: string;
    kid?: string;
    documentType?: string;
  }>,
): JournalEntry {
  return entry({
    method: 'POST',
    path: '/mps/v1/shipments',
    status: 202,
    requestBody: JSON.stringify({
      shipmentId: `ship-${seq}`,
      issuerOrgNumber: ISSUER_ORG,
      transactions: transactions.map((tx, index) => ({
        transactionId: `tx-${seq}-${index}`,
        paymentType: 'EFAKTURA',
        documentType: tx.documentType ?? 'INVOICE',
        amount: 10_000,
        dueDate: '2026-01-26',
        accountNumber: '12345678903',
        ...tx,
      })),
    }),
  });
}
