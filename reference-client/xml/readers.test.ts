import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeCamt054 } from '../../src/iso20022/camt054.ts';
import { writePain002 } from '../../src/iso20022/pain002.ts';
import type { Camt054Document } from '../../src/iso20022/camt-model.ts';
import { readCamt054 } from './camt054-reader.ts';
import { firstReasonCode, readPain002 } from './pain002-reader.ts';
import { amountOre } from './read-xml.ts';

const samples = fileURLToPath(new URL('../../../shared/samples/', import.meta.url));

function creditNotification(version: '02' | '08'): Camt054Document {
  return {
    messageNameId: `camt.054.001.${version}`,
    messageId: 'CN-20260116-0001',
    creationDateTime: '2026-01-16T06:30:00+01:00',
    notifications: [
      {
        id: 'CN-20260116-0001-1',
        creationDateTime: '2026-01-16T06:30:00+01:00',
        account: { bban: '12345678903', currency: 'NOK' },
        entries: [
          {
            amountOre: 125_000,
            currency: 'NOK',
            creditDebit: 'CRDT',
            status: 'BOOK',
            bookingDate: '2026-01-16',
            valueDate: '2026-01-16',
            accountServicerReference: '50001685147',
            transactions: [
              {
                endToEndId: 'INV-4711',
                accountServicerReference: '50001685147-1',
                amountOre: 100_000,
                currency: 'NOK',
                debtorName: 'Kari Nordmann',
                remittance: { kids: ['000133700501645'] },
              },
              {
                amountOre: 25_000,
                currency: 'NOK',
                accountServicerReference: '50001685147-2',
                remittance: { unstructured: ['gave'] },
              },
            ],
          },
          {
            amountOre: 5_000,
            currency: 'NOK',
            creditDebit: 'DBIT',
            status: 'BOOK',
            bookingDate: '2026-01-16',
            valueDate: '2026-01-16',
            transactions: [{ amountOre: 5_000, currency: 'NOK', remittance: { kids: ['2345676'] } }],
          },
        ],
      },
    ],
  };
}

describe('readCamt054', () => {
  it.each(['02', '08'] as const)(
    'reads the KID, amount and bank reference of each credit in a camt.054.001.%s',
    (version) => {
      const { credits } = readCamt054(writeCamt054(creditNotification(version)));
      expect(credits).toHaveLength(2);
      expect(credits[0]).toMatchObject({
        kids: ['000133700501645'],
        amount: 100_000,
        accountServicerReference: '50001685147-1',
        endToEndId: 'INV-4711',
        bookingDate: '2026-01-16',
        account: '12345678903',
      });
      expect(credits[1]).toMatchObject({ kids: [], amount: 25_000 });
    },
  );

  it('reads the public camt.054 samples without finding credits in their debit entries', () => {
    for (const file of ['genkgo-camt__camt054.v2.xml', 'genkgo-camt__camt054.v8.xml']) {
      const read = readCamt054(readFileSync(`${samples}${file}`, 'utf8'));
      expect(read.messageId).toBeTruthy();
      for (const credit of read.credits) expect(Array.isArray(credit.kids)).toBe(true);
    }
  });

  it('refuses documents with a DOCTYPE and documents that are not camt.054', () => {
    expect(() => readCamt054('<!DOCTYPE x [<!ENTITY e "x">]><Document/>')).toThrow(/DOCTYPE/);
    expect(() => readCamt054('<Document><Other/></Document>')).toThrow(/camt.054/);
    expect(() => readCamt054('not xml')).toThrow(/well-formed/);
  });
});

describe('readPain002', () => {
  it.each(['pain.002.001.03', 'pain.002.001.10'] as const)(
    'reads group, payment and transaction statuses of a %s',
    (messageNameId) => {
      const xml = writePain002({
        messageNameId,
        messageId: 'BANK-STS-000123',
        creationDateTime: '2026-01-15T09:12:41+01:00',
        group: {
          originalMessageId: 'RC-20260115-1',
          originalMessageNameId: 'pain.001.001.03',
          status: 'PART',
        },
        payments: [
          {
            originalPaymentInformationId: 'RC-20260115-1-1',
            status: 'PART',
            transactions: [
              { statusId: '1', originalEndToEndId: 'E-1', status: 'ACSP' },
              {
                statusId: '2',
                originalEndToEndId: 'E-2',
                status: 'RJCT',
                reasons: [{ code: 'NARR', additionalInfo: ['Ugyldig KID-nummer'] }, { code: 'RR09' }],
              },
            ],
          },
        ],
      });
      const report = readPain002(xml);
      expect(report).toMatchObject({ originalMessageId: 'RC-20260115-1', groupStatus: 'PART' });
      const [payment] = report.payments;
      expect(payment?.transactions.map((tx) => [tx.endToEndId, tx.status])).toEqual([
        ['E-1', 'ACSP'],
        ['E-2', 'RJCT'],
      ]);
      expect(firstReasonCode(payment?.transactions[1]?.reasons ?? [])).toBe('RR09');
      expect(payment?.transactions[1]?.reasons[0]?.additionalInfo).toEqual(['Ugyldig KID-nummer']);
    },
  );
});

describe('amountOre', () => {
  it('reads ISO decimals as whole øre and refuses fractions of an øre', () => {
    expect(amountOre('1250.00')).toBe(125_000);
    expect(amountOre('0.5')).toBe(50);
    expect(amountOre('7')).toBe(700);
    expect(amountOre('1.005')).toBeUndefined();
    expect(amountOre('-1.00')).toBeUndefined();
  });
});
