import { describe, expect, it } from 'vitest';
import { BenchBugError } from './bench-bug-error.ts';
import { writeCamt054 } from './camt054.ts';
import { expectedClosingBalance, writeCamt053 } from './camt053.ts';
import { readCamt } from './camt-reader.ts';
import {
  statementId,
  type Camt053Document,
  type Camt054Document,
  type CamtDocumentRead,
  type CamtEntry,
} from './camt-model.ts';
import { expectSchemaValid } from './testing/expect-schema-valid.ts';
import { readSharedSample, readVector } from './testing/vectors.ts';

function read(xml: string): CamtDocumentRead {
  const result = readCamt(xml);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

/** The credit notification with a KID of iso20022-norway.md §4.3 as a model. */
function creditWithKid(version: '02' | '08' = '02'): Camt054Document {
  return {
    messageNameId: `camt.054.001.${version}`,
    messageId: 'CN-20260116-0001',
    creationDateTime: '2026-01-16T06:30:00',
    notifications: [
      {
        id: 'CN-20260116-0001-1',
        creationDateTime: '2026-01-16T06:30:00',
        account: { bban: '12345678903', currency: 'NOK' },
        entries: [
          {
            amountOre: 125000,
            currency: 'NOK',
            creditDebit: 'CRDT',
            status: 'BOOK',
            bookingDate: '2026-01-16',
            valueDate: '2026-01-16',
            accountServicerReference: '50001685147',
            transactions: [
              {
                accountServicerReference: '50001685147',
                endToEndId: 'INV-4711',
                amountOre: 125000,
                currency: 'NOK',
                debtorName: 'Eksempel AS',
                debtorAccount: { bban: '86011117947' },
                remittance: { kids: ['000133700501645'] },
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('writeCamt054', () => {
  it('reproduces the credit notification with a KID of iso20022-norway.md §4.3', () => {
    const xml = writeCamt054(creditWithKid());
    expectSchemaValid(xml, 'camt.054.001.02');
    const ours = read(xml);
    const notes = read(readVector('camt054-v02-credit-kid.xml'));
    expect(ours.entries).toEqual(notes.entries.map((e) => ({ ...e, line: expect.any(Number) })));
    expect(ours.entries[0]).toMatchObject({
      account: '12345678903',
      amountOre: 125000,
      creditDebit: 'CRDT',
      status: 'BOOK',
      bookingDate: '2026-01-16',
      kids: ['000133700501645'],
      endToEndIds: ['INV-4711'],
      bankTransactionCode: { domain: 'PMNT', family: 'RCDT', subFamily: 'DMCT' },
    });
  });

  it('marks a debit notification with the inferred PMNT/ICDT/DMCT code and the creditor as related party', () => {
    const doc = creditWithKid('08');
    const entry = doc.notifications[0]?.entries[0] as CamtEntry;
    entry.creditDebit = 'DBIT';
    entry.transactions = [
      {
        endToEndId: 'INV-4711',
        amountOre: 125000,
        currency: 'NOK',
        creditorName: 'Leverandør AS',
        creditorAccount: { iban: 'NO9386011117947' },
      },
    ];
    const xml = writeCamt054(doc);
    expectSchemaValid(xml, 'camt.054.001.08');
    const read08 = read(xml);
    expect(read08.entries[0]).toMatchObject({ creditDebit: 'DBIT', bankTransactionCode: { family: 'ICDT' } });
    expect(read08.entries[0]?.transactions[0]).toMatchObject({
      creditorName: 'Leverandør AS',
      creditorAccount: 'NO9386011117947',
    });
  });

  it('refuses a negative or fractional amount as a ledger bug', () => {
    const doc = creditWithKid();
    (doc.notifications[0]?.entries[0] as CamtEntry).amountOre = -5;
    expect(() => writeCamt054(doc)).toThrow(BenchBugError);
    (doc.notifications[0]?.entries[0] as CamtEntry).amountOre = 10.5;
    expect(() => writeCamt054(doc)).toThrow(BenchBugError);
  });
});

function dayStatement(version: '02' | '08'): Camt053Document {
  const entries: CamtEntry[] = [
    {
      amountOre: 125000,
      currency: 'NOK',
      creditDebit: 'CRDT',
      status: 'BOOK',
      bookingDate: '2026-01-16',
      valueDate: '2026-01-16',
      accountServicerReference: 'A-1',
      transactions: [
        {
          endToEndId: 'INV-4711',
          amountOre: 125000,
          currency: 'NOK',
          debtorName: 'Eksempel AS',
          remittance: { kids: ['000133700501645'] },
        },
      ],
    },
    {
      amountOre: 300000,
      currency: 'NOK',
      creditDebit: 'DBIT',
      status: 'BOOK',
      bookingDate: '2026-01-16',
      valueDate: '2026-01-16',
      transactions: [
        {
          endToEndId: 'PAY-1',
          amountOre: 300000,
          currency: 'NOK',
          creditorName: 'Kraft AS',
          remittance: { unstructured: ['Strøm januar'], invoiceNumbers: ['F-9'] },
        },
      ],
    },
  ];
  return {
    messageNameId: `camt.053.001.${version}`,
    messageId: 'STMT-20260116',
    creationDateTime: '2026-01-16T23:59:59+01:00',
    recipientName: 'Leverandør AS',
    recipientCustomerId: '123456785',
    statements: [
      {
        id: statementId('12345678903', '2026-01-16'),
        creationDateTime: '2026-01-16T23:59:59+01:00',
        date: '2026-01-16',
        account: {
          bban: '12345678903',
          currency: 'NOK',
          ownerName: 'Leverandør AS',
          servicerBic: 'DNBANOKK',
        },
        openingBalanceOre: 100000,
        closingBalanceOre: -75000,
        entries,
      },
    ],
  };
}

describe('writeCamt053', () => {
  it.each(['02', '08'] as const)(
    'writes a .%s day statement with OPBD and CLBD, a negative closing balance as DBIT',
    (version) => {
      const xml = writeCamt053(dayStatement(version));
      expectSchemaValid(xml, `camt.053.001.${version}`);
      const doc = read(xml);
      expect(doc.kind).toBe('statement');
      const statement = doc.reports[0];
      expect(statement?.id).toBe('12345678903.20260116');
      expect(statement?.balances).toEqual([
        { type: 'OPBD', amountOre: 100000, amountText: '1000.00', creditDebit: 'CRDT', date: '2026-01-16' },
        { type: 'CLBD', amountOre: -75000, amountText: '750.00', creditDebit: 'DBIT', date: '2026-01-16' },
      ]);
      expect(doc.entries.map((e) => [e.creditDebit, e.amountOre])).toEqual([
        ['CRDT', 125000],
        ['DBIT', 300000],
      ]);
      expect(doc.entries[1]?.transactions[0]).toMatchObject({
        unstructured: ['Strøm januar'],
        invoiceNumbers: ['F-9'],
      });
      expect(xml).toContain('<FrDtTm>2026-01-16T00:00:00+01:00</FrDtTm>');
      expect(xml).toContain('<ToDtTm>2026-01-16T23:59:59+01:00</ToDtTm>');
    },
  );

  it('refuses a statement whose closing balance does not follow from its entries', () => {
    const doc = dayStatement('02');
    const statement = doc.statements[0];
    if (statement) statement.closingBalanceOre += 1;
    expect(() => writeCamt053(doc)).toThrow(/CLBD/);
    expect(statement && expectedClosingBalance(statement)).toBe(-75000);
  });
});

describe('readCamt on the public samples (../shared/samples)', () => {
  it.each([
    ['genkgo-camt__camt053.v2.minimal.xml', 'camt.053.001.02'],
    ['genkgo-camt__camt053.v8.xml', 'camt.053.001.08'],
    ['genkgo-camt__camt054.v2.xml', 'camt.054.001.02'],
    ['genkgo-camt__camt054.v8.xml', 'camt.054.001.08'],
  ] as const)('validates and reads %s', (file, messageId) => {
    const xml = readSharedSample(file);
    expectSchemaValid(xml, messageId);
    const doc = read(xml);
    expect(doc.messageNameId).toBe(messageId);
    expect(doc.entries.length).toBeGreaterThan(0);
  });

  it('reads the SCOR references of the camt.053 samples as KIDs and keeps balances signed', () => {
    const v2 = read(readSharedSample('genkgo-camt__camt053.v2.minimal.xml'));
    expect(v2.reports[0]?.account).toBe('NL26VAYB8060476890');
    expect(v2.reports[0]?.balances.slice(0, 2)).toMatchObject([
      { type: 'OPBD', amountOre: 1815, creditDebit: 'CRDT', date: '2014-12-30' },
      { type: 'CLBD', amountOre: -2700, creditDebit: 'DBIT' },
    ]);
    expect(v2.entries[0]).toMatchObject({
      amountOre: 885,
      currency: 'EUR',
      creditDebit: 'CRDT',
      kids: ['4654654654654654'],
    });
    const v8 = read(readSharedSample('genkgo-camt__camt053.v8.xml'));
    expect(v8.entries[0]).toMatchObject({
      status: 'BOOK',
      bookingDate: '2014-12-31',
      kids: ['4654654654654654'],
      endToEndIds: ['MUELL/FINP/RA12345'],
    });
  });

  it('separates proprietary references from SCOR KIDs in the camt.054 samples', () => {
    for (const file of ['genkgo-camt__camt054.v2.xml', 'genkgo-camt__camt054.v8.xml']) {
      const entry = read(readSharedSample(file)).entries[0];
      expect(entry?.kids).toEqual(['Ref number V3 block 1', 'Ref number V3 block 2']);
      expect(entry?.otherReferences).toEqual(['ISR ref number V1', 'ISR ref number V2']);
      expect(entry?.transactions.length).toBe(3);
    }
    const v8 = read(readSharedSample('genkgo-camt__camt054.v8.xml'));
    expect(v8.entries[0]?.transactions.map((t) => t.amountOre)).toEqual([310, 320, 320]);
  });

  it('refuses documents that are not camt.053/054', () => {
    expect(readCamt(readVector('pain001-v03-kid-one-creditor.xml'))).toMatchObject({
      ok: false,
      reason: 'not-camt',
    });
  });
});
