import { describe, expect, it } from 'vitest';
import { issuerInput, shipment, transaction, uuid } from '../../test/efaktura/fixtures.ts';
import { registerIssuer } from './issuer.ts';
import { DEFAULT_MPS_SETTINGS } from './settings.ts';
import type { MpsSettings } from './settings.ts';
import { acceptShipment, checkShipment } from './shipment-intake.ts';
import type { TransactionInput } from './shipment.ts';
import { createEfakturaState } from './state.ts';
import { snapshotState } from './snapshot.ts';

const NOW = new Date('2026-01-12T08:00:00+01:00');

function stateWithIssuer() {
  const state = createEfakturaState(1);
  registerIssuer(state.issuers, issuerInput(), () => 'k', NOW);
  return state;
}

function codes(
  transactions: TransactionInput[],
  settings: MpsSettings = DEFAULT_MPS_SETTINGS,
  state = stateWithIssuer(),
): string[] {
  return checkShipment(state, shipment(1, transactions), settings).map((i) => i.code);
}

describe('shipment intake (synchronous MPS validation faults)', () => {
  it('accepts a well-formed shipment', () => {
    expect(codes([transaction(1), transaction(2)])).toEqual([]);
  });

  it('refuses an unknown issuer with 5002 and more than 1,000 transactions with EB-EF-SHIPMENT-TOO-LARGE', () => {
    expect(
      checkShipment(createEfakturaState(1), shipment(1, [transaction(1)]), DEFAULT_MPS_SETTINGS).map(
        (i) => i.code,
      ),
    ).toEqual(['5002']);
    const many = Array.from({ length: 1001 }, (_, i) => transaction(i));
    expect(codes(many)).toEqual(['EB-EF-SHIPMENT-TOO-LARGE']);
    expect(codes(many.slice(0, 1000))).toEqual([]);
  });

  it('refuses a reused shipment id (3002) and transaction id (3003), within the shipment or from before', () => {
    const state = stateWithIssuer();
    acceptShipment(state, shipment(1, [transaction(1)]), NOW);
    expect(
      checkShipment(state, shipment(1, [transaction(2)]), DEFAULT_MPS_SETTINGS).map((i) => i.code),
    ).toEqual(['3002']);
    expect(
      checkShipment(state, shipment(2, [transaction(1)]), DEFAULT_MPS_SETTINGS).map((i) => i.code),
    ).toEqual(['3003']);
    expect(codes([transaction(5), transaction(5, { invoiceNumber: 'other' })])).toEqual(['3003']);
  });

  it('needs exactly one recipient on an eFaktura transaction (5003) but none on AvtaleGiro alone', () => {
    expect(codes([transaction(1, { nationalId: undefined })])).toEqual(['5003']);
    expect(codes([transaction(1, { efakturaIdentifier: 'efid-x' })])).toEqual(['5003']);
    expect(
      codes([
        transaction(1, {
          nationalId: undefined,
          paymentType: 'AVTALEGIRO',
          avtaleGiro: { notifyPayer: true },
        }),
      ]),
    ).toEqual([]);
  });

  it('checks the eFaktura and AvtaleGiro parts of combined payment types (3010, 3011, 3020, 3021)', () => {
    expect(codes([transaction(1, { issuerName: undefined })])).toEqual(['3011']);
    expect(
      codes([transaction(1, { paymentType: 'EFAKTURA_AND_AVTALEGIRO', avtaleGiro: { notifyPayer: false } })]),
    ).toEqual([]);
    expect(codes([transaction(1, { paymentType: 'EFAKTURA_AND_AVTALEGIRO' })])).toEqual(['3010']);
    expect(
      codes([
        transaction(1, {
          paymentType: 'EFAKTURA_AND_AVTALEGIRO',
          kid: undefined,
          avtaleGiro: { notifyPayer: false },
        }),
      ]),
    ).toEqual(['3020']);
    expect(
      codes([
        transaction(1, {
          paymentType: 'AVTALEGIRO',
          documentType: 'REMINDER',
          avtaleGiro: { notifyPayer: false },
        }),
      ]),
    ).toEqual(['3021']);
    // The external AvtaleGiro claim travels as a file: only the eFaktura part is checked here.
    expect(
      codes([transaction(1, { paymentType: 'EFAKTURA_AND_EXTERNAL_AVTALEGIRO', kid: undefined })]),
    ).toEqual([]);
  });

  it('follows the settings for document types (3100) and AvtaleGiro (3101)', () => {
    const onlyInvoices = { ...DEFAULT_MPS_SETTINGS, allowedDocumentTypes: ['INVOICE' as const] };
    expect(codes([transaction(1, { documentType: 'REMINDER' })], onlyInvoices)).toEqual(['3100']);
    expect(codes([transaction(1, { documentType: 'REMINDER' })])).toEqual([]);
    const noAvtaleGiro = { ...DEFAULT_MPS_SETTINGS, avtaleGiroAllowed: false };
    expect(
      codes([transaction(1, { paymentType: 'EFAKTURA_AND_EXTERNAL_AVTALEGIRO' })], noAvtaleGiro),
    ).toEqual(['3101']);
  });

  it('raises intake codes from TRIGGER-<CODE> invoice numbers and refuses unknown triggers', () => {
    expect(codes([transaction(1, { invoiceNumber: 'TRIGGER-5009' })])).toEqual(['5009']);
    expect(codes([transaction(1, { invoiceNumber: 'TRIGGER-EB-EF-NO-JTTA' })])).toEqual([]);
    expect(codes([transaction(1, { invoiceNumber: 'TRIGGER-202' })])).toEqual([]);
    expect(codes([transaction(1, { invoiceNumber: 'TRIGGER-AC04' })])).toEqual(['EB-EF-UNKNOWN-TRIGGER']);
  });

  it('collects the issues of every transaction with their paths, and checking changes nothing', () => {
    const state = stateWithIssuer();
    const before = snapshotState(state);
    const issues = checkShipment(
      state,
      shipment(1, [transaction(1), transaction(2, { nationalId: undefined, issuerName: '' })]),
      DEFAULT_MPS_SETTINGS,
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['5003', 'transactions[1]'],
      ['3011', 'transactions[1].issuerName'],
    ]);
    expect(snapshotState(state)).toBe(before);
  });

  it('stores an accepted shipment IN_PROGRESS with every transaction', () => {
    const state = stateWithIssuer();
    const accepted = acceptShipment(state, shipment(3, [transaction(1), transaction(2)]), NOW);
    expect(accepted).toMatchObject({ status: 'IN_PROGRESS', transactionIds: [uuid(1, 2), uuid(2, 2)] });
    expect(state.transactions.get(uuid(2, 2))?.status).toBe('IN_PROGRESS');
  });
});
