import { describe, expect, it } from 'vitest';
import { makeKid } from '../../src/norway/kid.ts';
import { shipmentEntry } from '../traffic/journal-fixture.ts';
import { readShipment } from '../traffic/mps-traffic.ts';
import type { WorldIssuer } from '../world/world-info.ts';
import { shipmentLimitProblem, shipmentProblems, transactionProblems } from './shipment-rules.ts';

const issuer: WorldIssuer = {
  orgNumber: '912852792',
  name: 'Fjordkraft Demo AS',
  accountNumber: '12345678903',
  kid: { algorithm: 'MOD11', lengths: [10] },
};

const good = {
  transactionId: '1f0e2a6b-1d3c-4b5a-8c7d-9e0f1a2b3c4d',
  paymentType: 'EFAKTURA',
  documentType: 'INVOICE',
  invoiceNumber: '2026000001',
  efakturaIdentifier: 'EFA-1',
  // MOD11 check value 10 is written '-' (iso20022-norway.md §5.1).
  kid: '070011001-',
  amount: 49_900,
  dueDate: '2026-01-26',
  issuerName: 'Fjordkraft Demo AS',
  accountNumber: '12345678903',
};

describe('shipment rules', () => {
  it('accepts a transaction with every field right', () => {
    expect(makeKid('070011001', 'MOD11')).toMatchObject({ valid: true, value: good.kid });
    expect(transactionProblems(good, issuer, '2026-01-12').map((p) => p.message)).toEqual([]);
  });

  it('names each wrong field with its catalogue code', () => {
    const problems = transactionProblems(
      {
        ...good,
        transactionId: 'TX-1',
        kid: '0700110010',
        amount: 12.5,
        dueDate: '2026-01-13',
        accountNumber: '15032000018',
        nationalId: '01010112345',
      },
      issuer,
      '2026-01-12',
    );
    const codes = problems.flatMap((p) => p.codes);
    expect(codes).toEqual(
      expect.arrayContaining([
        '3003',
        'EB-EF-KID-INVALID',
        'EB-EF-DUE-DATE-TOO-EARLY',
        'EB-EF-ACCOUNT-NOT-ISSUERS',
        '5003',
      ]),
    );
    expect(problems.some((p) => p.message.includes('amount 12.5'))).toBe(true);
  });

  it('counts more than 1,000 transactions in a shipment, or a refusal as too large, against the limit', () => {
    const many = readShipment(shipmentEntry({ transactions: Array.from({ length: 1001 }, () => ({})) }));
    expect(shipmentLimitProblem(many)?.codes).toEqual(['EB-EF-SHIPMENT-TOO-LARGE']);
    const refused = readShipment(shipmentEntry({ status: 400, code: 'EB-EF-SHIPMENT-TOO-LARGE' }));
    expect(shipmentLimitProblem(refused)).toBeDefined();
    const thousand = readShipment(shipmentEntry({ transactions: Array.from({ length: 1000 }, () => ({})) }));
    expect(shipmentLimitProblem(thousand)).toBeUndefined();
  });

  it('requires lower-case UUIDs for shipments and the issuer’s own organisation number', () => {
    const shipment = readShipment(shipmentEntry({ shipmentId: 'SHIP-0001', transactions: [] }));
    shipment.issuerOrgNumber = '999999999';
    const codes = shipmentProblems(shipment, issuer, '2026-01-12').flatMap((p) => p.codes);
    expect(codes).toEqual(expect.arrayContaining(['3002', '5002']));
  });
});
