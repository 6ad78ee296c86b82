import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateKidForAgreement } from '../../src/norway/kid.ts';
import { kidFor } from '../commands/add-payable.ts';
import { makeModel } from '../test-fixtures.ts';
import type { SentPaymentFile } from '../facts/payment-file-sent.ts';
import { judgeInvoiceKids, judgePaidKids } from './kid.ts';

const agreements = fc.record({
  algorithm: fc.constantFrom<'MOD10' | 'MOD11'>('MOD10', 'MOD11'),
  length: fc.integer({ min: 4, max: 24 }),
});

describe('kidFor (the payables the scenarios register)', () => {
  it('makes a valid KID that passes its agreement, and broken ones that fail it', () => {
    fc.assert(
      fc.property(agreements, fc.nat(), (agreement, seed) => {
        const definition = { algorithm: agreement.algorithm, lengths: [agreement.length] };
        expect(validateKidForAgreement(kidFor('valid', agreement, seed), definition).valid).toBe(true);
        expect(validateKidForAgreement(kidFor('wrong-check-digit', agreement, seed), definition).valid).toBe(
          false,
        );
        expect(validateKidForAgreement(kidFor('wrong-length', agreement, seed), definition).valid).toBe(
          false,
        );
        expect(kidFor('none', agreement, seed)).toBeUndefined();
      }),
    );
  });
});

describe('judgeInvoiceKids', () => {
  it('catches a MOD11 KID written with 0 where the check character must be "-"', () => {
    const model = makeModel({ issuer: { ...makeModel().issuer, kid: { algorithm: 'MOD11', length: 8 } } });
    // 1000005 has MOD11 check value 10: the KID is 1000005-.
    expect(judgeInvoiceKids(model, [{ invoiceNumber: 'F1', kid: '1000005-' }])).toEqual([]);
    expect(judgeInvoiceKids(model, [{ invoiceNumber: 'F1', kid: '10000050' }])[0]?.detail).toMatch(
      /fails the issuer's MOD11/,
    );
  });

  it('catches a MOD10 KID whose check digit was written as "10"', () => {
    const model = makeModel({ issuer: { ...makeModel().issuer, kid: { algorithm: 'MOD10', length: 8 } } });
    // 1000004 has Luhn check digit 0: the KID is 10000040, never 100000410.
    expect(judgeInvoiceKids(model, [{ invoiceNumber: 'F1', kid: '10000040' }])).toEqual([]);
    expect(judgeInvoiceKids(model, [{ invoiceNumber: 'F2', kid: '100000410' }])).toHaveLength(1);
  });
});

describe('judgePaidKids', () => {
  const model = makeModel();
  const k0 = model.creditors[0];
  model.payables.set('pay-1', {
    id: 'pay-1',
    creditor: 0,
    amount: 10_001,
    type: 'invoice',
    kid: '100000000008',
    kidVariant: 'valid',
    invoiceNumber: 'INV-1',
    dueDate: '2026-01-20',
    refused: false,
    addedAtStep: 1,
  });
  const tx = {
    pmtInfId: 'P1',
    endToEndId: 'E1',
    executionDate: '2026-01-20',
    debtorAccount: '12345678903',
    creditorAccount: k0?.bban ?? '',
    amountOre: 10_001,
    kids: ['100000000008'],
    documents: [] as Array<{ type: string; number: string }>,
  };
  const file = (transactions: SentPaymentFile['transactions']): SentPaymentFile => ({
    seq: 3,
    status: 202,
    messageId: 'M1',
    transactions,
  });

  it("accepts the payable's own KID as SCOR", () => {
    expect(judgePaidKids(model, [file([tx])])).toEqual([]);
  });

  it("flags a KID that is not the payable's", () => {
    expect(judgePaidKids(model, [file([{ ...tx, kids: ['100000000016'] }])])[0]?.detail).toMatch(
      /not the KID of any payable/,
    );
  });

  it('flags a KID carried next to a credit note', () => {
    const mixed = {
      ...tx,
      documents: [
        { type: 'CINV', number: 'INV-1' },
        { type: 'CREN', number: 'CN-2' },
      ],
    };
    expect(judgePaidKids(model, [file([mixed])])[0]?.detail).toMatch(/may not be combined with credit notes/);
  });
});
