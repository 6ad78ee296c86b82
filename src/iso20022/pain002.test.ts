import { describe, expect, it } from 'vitest';
import { BenchBugError } from './bench-bug-error.ts';
import { writePain002 } from './pain002.ts';
import { readPain002 } from './pain002-reader.ts';
import type { Pain002Report } from './pain002-model.ts';
import { expectSchemaInvalid, expectSchemaValid } from './testing/expect-schema-valid.ts';
import { readVector } from './testing/vectors.ts';

/** The partial acceptance of iso20022-norway.md §3.5 as a model. */
function partialAcceptance(version: Pain002Report['messageNameId'] = 'pain.002.001.03'): Pain002Report {
  return {
    messageNameId: version,
    messageId: 'BANK-STS-000123',
    creationDateTime: '2026-01-15T09:12:41',
    group: {
      originalMessageId: 'ERP-20260115-0001',
      originalMessageNameId: 'pain.001.001.03',
      originalNumberOfTransactions: '2',
      originalControlSum: '2250.00',
      status: 'PART',
    },
    payments: [
      {
        originalPaymentInformationId: 'ERP-20260115-0001-1',
        status: 'PART',
        transactions: [
          { statusId: '1', originalEndToEndId: 'INV-4711', status: 'ACSP' },
          {
            statusId: '2',
            originalEndToEndId: 'INV-4712',
            status: 'RJCT',
            reasons: [{ code: 'RR09', additionalInfo: ['Ugyldig KID-nummer'] }],
          },
        ],
      },
    ],
  };
}

function read(xml: string): Pain002Report {
  const result = readPain002(xml);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('writePain002', () => {
  it('reproduces the partial acceptance of iso20022-norway.md §3.5', () => {
    const xml = writePain002(partialAcceptance());
    expectSchemaValid(xml, 'pain.002.001.03');
    expect(read(xml)).toEqual(read(readVector('pain002-v03-part-one-rejected-kid.xml')));
    expect(read(xml)).toEqual(partialAcceptance());
  });

  it('agrees with the notes that TxSts=PART fails the pain.002.001.03 schema', () => {
    const errors = expectSchemaInvalid(readVector('pain002-v03-invalid-txsts-part.xml'), 'pain.002.001.03');
    expect(errors[0]?.message).toMatch(/TxSts.*PART/);
  });

  it('refuses to write PART or RCVD as a .03 transaction status: the caller has a bug', () => {
    for (const status of ['PART', 'RCVD', 'ACCC'] as const) {
      const report = partialAcceptance();
      const tx = report.payments[0]?.transactions?.[0];
      if (tx) tx.status = status;
      expect(() => writePain002(report)).toThrow(BenchBugError);
    }
    const counted = partialAcceptance();
    counted.group.numberOfTransactionsPerStatus = [{ count: 1, status: 'PART' }];
    expect(() => writePain002(counted)).toThrow(/DtldSts cannot be PART/);
    const group = partialAcceptance();
    group.group.status = 'ACCC';
    expect(() => writePain002(group)).toThrow(/GrpSts cannot be ACCC/);
  });

  it('writes external status codes in .10, including PART at transaction level, and they validate', () => {
    const report = partialAcceptance('pain.002.001.10');
    const tx = report.payments[0]?.transactions?.[0];
    if (tx) {
      tx.status = 'PART';
      tx.originalUetr = 'e3b0c442-98fc-4c14-9afb-f4c8996fb924';
    }
    const xml = writePain002(report);
    expectSchemaValid(xml, 'pain.002.001.10');
    expect(xml).toContain('<OrgnlUETR>e3b0c442-98fc-4c14-9afb-f4c8996fb924</OrgnlUETR>');
    expect(read(xml)).toEqual(report);
  });

  it('leaves OrgnlUETR out of .03, where the element does not exist', () => {
    const report = partialAcceptance();
    const tx = report.payments[0]?.transactions?.[0];
    if (tx) tx.originalUetr = 'e3b0c442-98fc-4c14-9afb-f4c8996fb924';
    const xml = writePain002(report);
    expectSchemaValid(xml, 'pain.002.001.03');
    expect(xml).not.toContain('OrgnlUETR');
  });

  it('splits a long FF01 schema message into Max105Text AddtlInf pieces that rebuild the message', () => {
    const message = `Element 'InstdAmt': '12,50' is not a valid value of the atomic type 'ActiveOrHistoricCurrencyAndAmount_SimpleType'. (line 14)`;
    const report: Pain002Report = {
      messageNameId: 'pain.002.001.03',
      messageId: 'BANK-STS-9',
      creationDateTime: '2026-01-15T09:12:41+01:00',
      group: {
        originalMessageId: 'ERP-1',
        originalMessageNameId: 'pain.001.001.03',
        status: 'RJCT',
        reasons: [{ code: 'FF01', additionalInfo: [message] }],
      },
      payments: [],
    };
    const xml = writePain002(report);
    expectSchemaValid(xml, 'pain.002.001.03');
    const pieces = read(xml).group.reasons?.[0]?.additionalInfo ?? [];
    expect(pieces.length).toBe(2);
    expect(pieces.join('')).toBe(message);
  });

  it('echoes the original transaction in OrgnlTxRef in the shape of each version', () => {
    for (const version of ['pain.002.001.03', 'pain.002.001.10'] as const) {
      const report = partialAcceptance(version);
      const tx = report.payments[0]?.transactions?.[1];
      if (tx) {
        tx.acceptanceDateTime = '2026-01-15T09:12:41+01:00';
        tx.accountServicerReference = 'ARK-1';
        tx.originalTransactionReference = {
          amount: { text: '1000.00', currency: 'NOK' },
          requestedExecutionDate: '2026-01-16',
          debtorName: 'Eksempel AS',
          debtorAccount: { other: { id: '86011117947', schemeCode: 'BBAN' } },
          creditorName: 'Leverandør AS',
          creditorAccount: { iban: 'NO9386011117947' },
        };
      }
      const xml = writePain002(report);
      expectSchemaValid(xml, version);
      expect(read(xml)).toEqual(report);
      if (version === 'pain.002.001.10') expect(xml).toMatch(/<ReqdExctnDt>\s*<Dt>2026-01-16<\/Dt>/);
      else expect(xml).toContain('<ReqdExctnDt>2026-01-16</ReqdExctnDt>');
    }
  });
});

describe('readPain002', () => {
  it('refuses documents that are not a pain.002', () => {
    expect(readPain002(readVector('pain001-v03-kid-one-creditor.xml'))).toMatchObject({
      ok: false,
      reason: 'not-pain002',
    });
    expect(readPain002('<x')).toMatchObject({ ok: false, reason: 'not-xml' });
  });
});
