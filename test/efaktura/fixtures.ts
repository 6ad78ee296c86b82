// Shared test fixtures for the eFaktura network: valid Norwegian numbers, UUIDs, request bodies.
// Numbers are made with src/norway, never hard-coded, so a fixture is valid by construction.
import {
  makeAccountNumber,
  makeKid,
  makeNationalId,
  makeOrganisationNumber,
} from '../../src/norway/index.ts';
import type { PersonInput, ShipmentInput, TransactionInput } from '../../src/efaktura/index.ts';

/** The n-th valid organisation number (n ≥ 0). */
export function orgNumber(n: number): string {
  for (let body = 91_000_000 + n * 13; ; body += 1) {
    const result = makeOrganisationNumber(String(body));
    if (result.valid) return result.value;
  }
}

/** The n-th valid account number in bank 1503. */
export function accountNumber(n: number): string {
  for (let body = 1_503_000_000 + n * 17; ; body += 1) {
    const result = makeAccountNumber(String(body));
    if (result.valid) return result.value;
  }
}

/** The n-th valid fødselsnummer (born in 1960–1999). */
export function nationalId(n: number): string {
  const year = 1960 + (n % 40);
  const month = String(1 + (n % 12)).padStart(2, '0');
  const day = String(1 + (n % 28)).padStart(2, '0');
  for (let individualNumber = 100 + Math.floor(n / 40) * 7; ; individualNumber += 1) {
    const result = makeNationalId({ birthDate: `${year}-${month}-${day}`, individualNumber });
    if (result.valid) return result.value;
  }
}

export function kid(body: string, algorithm: 'MOD10' | 'MOD11' = 'MOD10'): string {
  const result = makeKid(body, algorithm);
  if (!result.valid) throw new Error(`fixture: ${result.message}`);
  return result.value;
}

/** A lower-case UUID from a number, deterministic. */
export function uuid(n: number, salt = 0): string {
  const hex = (n * 7919 + salt * 104729).toString(16).padStart(12, '0').slice(-12);
  const s = salt.toString(16).padStart(8, '0').slice(-8);
  return `${s}-0000-4000-8000-${hex}`;
}

export function personInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return {
    firstName: 'Ola',
    lastName: 'Nordmann',
    addresses: [{ street: 'Storgata 1', postalCode: '0155', city: 'Oslo', country: 'NO' }],
    emails: ['ola.nordmann@example.com'],
    mobiles: ['+4791234567'],
    ...overrides,
  };
}

export const ISSUER_ORG = orgNumber(0);
export const ISSUER_ACCOUNT = accountNumber(0);

export function issuerInput(overrides: Record<string, unknown> = {}) {
  return {
    orgNumber: ISSUER_ORG,
    name: 'Fjordlys Kraft AS',
    accountNumber: ISSUER_ACCOUNT,
    kid: { algorithm: 'MOD10' as const, lengths: [7] },
    contactEmail: 'efaktura@fjordlys.example',
    ...overrides,
  };
}

/** A transaction that passes every check for an issuer with a MOD10/7 KID set-up, due 2026-01-26. */
export function transaction(n: number, overrides: Partial<TransactionInput> = {}): TransactionInput {
  return {
    transactionId: uuid(n, 2),
    paymentType: 'EFAKTURA',
    documentType: 'INVOICE',
    invoiceNumber: `INV-${n}`,
    nationalId: nationalId(0),
    kid: kid(String(100000 + n).slice(-6)),
    amount: 125_00,
    dueDate: '2026-01-26',
    issuerName: 'Fjordlys Kraft',
    accountNumber: ISSUER_ACCOUNT,
    ...overrides,
  };
}

export function shipment(
  n: number,
  transactions: TransactionInput[],
  overrides: Partial<ShipmentInput> = {},
): ShipmentInput {
  return { shipmentId: uuid(n, 1), issuerOrgNumber: ISSUER_ORG, transactions, ...overrides };
}
