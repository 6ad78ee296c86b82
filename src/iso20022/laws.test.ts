// Laws applied to every message kind and version the bench writes (style.md §10): what we write
// validates against its XSD, and reading it back gives the model back.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPain001, type Pain001Input } from './pain001-builder.ts';
import { readPain001 } from './pain001.ts';
import { kidReferences } from './pain001-remittance.ts';
import { writePain002, V03_GROUP_STATUSES, V03_TRANSACTION_STATUSES } from './pain002.ts';
import { readPain002 } from './pain002-reader.ts';
import { writeCamt054 } from './camt054.ts';
import { writeCamt053 } from './camt053.ts';
import { readCamt } from './camt-reader.ts';
import { DEFAULT_BANK_TRANSACTION_CODES } from './camt-entry.ts';
import type { Pain002MessageId, Pain002Report, StatusReason } from './pain002-model.ts';
import type {
  Camt053Document,
  Camt054Document,
  CamtEntry,
  CamtTransactionDetails,
  CamtVersion,
} from './camt-model.ts';
import type { SchemaMessageId } from './xml/message-id.ts';
import { expectSchemaValid } from './testing/expect-schema-valid.ts';

interface Codec<M> {
  messageId: SchemaMessageId;
  arbitrary: fc.Arbitrary<M>;
  write(model: M): string;
  /** What the reader returns, projected to what the model says. */
  readBack(xml: string): unknown;
  expected(model: M): unknown;
}

const safeChar = fc.constantFrom('A', 'z', '0', '9', '-', '/', ' ', 'ø', 'Æ', 'å', '&', '<', '>', '"', "'");
const text = (max: number) =>
  fc.string({ unit: safeChar, minLength: 1, maxLength: max }).filter((s) => s.trim() === s && s !== '');
const id35 = text(35);
const bban = fc.constantFrom('12345678903', '86011117947', '76940512057');
const date = fc.constantFrom('2026-01-15', '2026-01-16', '2026-02-27');
const dateTime = fc.constantFrom('2026-01-15T09:12:41+01:00', '2026-06-01T06:00:00+02:00');
const ore = fc.integer({ min: 1, max: 99_999_999_99 });
const decimalText = ore.map((o) => `${Math.trunc(o / 100)}.${String(o % 100).padStart(2, '0')}`);

// ---- pain.001 -------------------------------------------------------------------------------
function pain001Codec(version: 'pain.001.001.03' | 'pain.001.001.09'): Codec<Pain001Input> {
  const tx = fc.record(
    {
      endToEndId: id35,
      amountOre: ore,
      creditorName: text(70),
      creditorAccount: bban,
      kid: fc.constantFrom('000133700501645', '2345676'),
    },
    { requiredKeys: ['endToEndId', 'amountOre', 'creditorName', 'creditorAccount'] },
  );
  return {
    messageId: version,
    arbitrary: fc.record({
      version: fc.constant(version),
      msgId: id35,
      creDtTm: dateTime,
      initiatingPartyId: fc.constantFrom('123456785', '987654321'),
      payments: fc.array(
        fc.record({
          pmtInfId: id35,
          executionDate: date,
          debtorName: text(70),
          debtorAccount: bban,
          transactions: fc.array(tx, { minLength: 1, maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    write: (input) => buildPain001(input),
    readBack: (xml) => {
      const result = readPain001(xml);
      if (!result.ok) throw new Error(result.message);
      return result.document.payments.map((p) => ({
        pmtInfId: p.paymentInformationId,
        executionDate: p.requestedExecutionDate.date,
        debtorName: p.debtor.name,
        debtorAccount: p.debtorAccount.id,
        transactions: p.transactions.map((t) => ({
          endToEndId: t.endToEndId,
          amountOre: t.amount?.ore,
          creditorName: t.creditor?.name,
          creditorAccount: t.creditorAccount?.id,
          kid: kidReferences(t)[0]?.ref,
        })),
      }));
    },
    expected: (input) =>
      input.payments.map((p) => ({
        ...p,
        transactions: p.transactions.map((t) => ({ ...t, kid: t.kid })),
      })),
  };
}

// ---- pain.002 -------------------------------------------------------------------------------
function pain002Codec(version: Pain002MessageId): Codec<Pain002Report> {
  const groupStatus =
    version === 'pain.002.001.03'
      ? fc.constantFrom(...V03_GROUP_STATUSES)
      : fc.constantFrom('ACTC', 'PART', 'RJCT', 'ACCC', 'PDNG' as const);
  const txStatus =
    version === 'pain.002.001.03'
      ? fc.constantFrom(...V03_TRANSACTION_STATUSES)
      : fc.constantFrom('ACSC', 'RJCT', 'PART', 'RCVD', 'ACCC' as const);
  const reason: fc.Arbitrary<StatusReason> = fc.record(
    {
      code: fc.constantFrom('AC03', 'RR09', 'NARR', 'AM04', 'DT06'),
      additionalInfo: fc.array(text(105), { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['code'] },
  );
  const tx = fc.record(
    {
      statusId: id35,
      originalInstructionId: id35,
      originalEndToEndId: id35,
      status: txStatus,
      reasons: fc.array(reason, { minLength: 1, maxLength: 2 }),
      acceptanceDateTime: dateTime,
      accountServicerReference: id35,
      originalTransactionReference: fc.record(
        {
          amount: decimalText.map((t) => ({ text: t, currency: 'NOK' })),
          requestedExecutionDate: date,
          creditorName: text(70),
          creditorAccount: bban.map((id) => ({ other: { id, schemeCode: 'BBAN' } })),
        },
        { requiredKeys: [] },
      ),
      ...(version === 'pain.002.001.10' ? { originalUetr: fc.uuid({ version: 4 }) } : {}),
    },
    { requiredKeys: [] },
  );
  return {
    messageId: version,
    arbitrary: fc.record({
      messageNameId: fc.constant(version),
      messageId: id35,
      creationDateTime: dateTime,
      group: fc.record(
        {
          originalMessageId: id35,
          originalMessageNameId: fc.constantFrom('pain.001.001.03', 'pain.001.001.09'),
          originalNumberOfTransactions: fc.integer({ min: 1, max: 100_000 }).map(String),
          originalControlSum: decimalText,
          status: groupStatus,
          reasons: fc.array(reason, { minLength: 1, maxLength: 2 }),
          numberOfTransactionsPerStatus: fc.array(
            fc.record({ count: fc.integer({ min: 0, max: 1000 }), status: txStatus }),
            { minLength: 1, maxLength: 2 },
          ),
        },
        { requiredKeys: ['originalMessageId', 'originalMessageNameId'] },
      ),
      payments: fc.array(
        fc.record(
          {
            originalPaymentInformationId: id35,
            status: groupStatus,
            reasons: fc.array(reason, { minLength: 1, maxLength: 1 }),
            transactions: fc.array(tx, { minLength: 1, maxLength: 3 }),
          },
          { requiredKeys: ['originalPaymentInformationId'] },
        ),
        { maxLength: 2 },
      ),
    }),
    write: (report) => writePain002(report),
    readBack: (xml) => {
      const result = readPain002(xml);
      if (!result.ok) throw new Error(result.message);
      return result.report;
    },
    expected: (report) => report,
  };
}

// ---- camt.054 / camt.053 ----------------------------------------------------------------------
const details: fc.Arbitrary<CamtTransactionDetails> = fc.record(
  {
    endToEndId: id35,
    accountServicerReference: id35,
    amountOre: ore,
    currency: fc.constant('NOK'),
    debtorName: text(70),
    debtorAccount: bban.map((b) => ({ bban: b })),
    creditorName: text(70),
    creditorAccount: fc.constant({ iban: 'NO9386011117947' }),
    remittance: fc.record(
      {
        kids: fc.array(fc.constantFrom('000133700501645', '2345676'), { minLength: 1, maxLength: 2 }),
        unstructured: fc.array(text(140), { minLength: 1, maxLength: 2 }),
        invoiceNumbers: fc.array(id35, { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['amountOre', 'currency'] },
);
const entry: fc.Arbitrary<CamtEntry> = fc.record(
  {
    amountOre: ore,
    currency: fc.constant('NOK'),
    creditDebit: fc.constantFrom('CRDT' as const, 'DBIT' as const),
    status: fc.constantFrom('BOOK' as const, 'PDNG' as const),
    bookingDate: date,
    valueDate: date,
    accountServicerReference: id35,
    transactions: fc.array(details, { maxLength: 2 }),
  },
  {
    requiredKeys: [
      'amountOre',
      'currency',
      'creditDebit',
      'status',
      'bookingDate',
      'valueDate',
      'transactions',
    ],
  },
);

function projectEntry(account: string, e: CamtEntry) {
  return {
    account,
    amountOre: e.amountOre,
    currency: e.currency,
    creditDebit: e.creditDebit,
    status: e.status,
    bookingDate: e.bookingDate,
    valueDate: e.valueDate,
    accountServicerReference: e.accountServicerReference,
    bankTransactionCode: e.bankTransactionCode ?? DEFAULT_BANK_TRANSACTION_CODES[e.creditDebit],
    kids: e.transactions.flatMap((t) => t.remittance?.kids ?? []),
    endToEndIds: e.transactions.flatMap((t) => (t.endToEndId === undefined ? [] : [t.endToEndId])),
    transactions: e.transactions.map((t) => ({
      endToEndId: t.endToEndId,
      accountServicerReference: t.accountServicerReference,
      amountOre: t.amountOre,
      debtorName: t.debtorName,
      debtorAccount: t.debtorAccount?.bban ?? t.debtorAccount?.iban,
      creditorName: t.creditorName,
      creditorAccount: t.creditorAccount?.bban ?? t.creditorAccount?.iban,
      kids: t.remittance?.kids ?? [],
      invoiceNumbers: t.remittance?.invoiceNumbers ?? [],
      unstructured: t.remittance?.unstructured ?? [],
    })),
  };
}

function projectRead(xml: string) {
  const result = readCamt(xml);
  if (!result.ok) throw new Error(result.message);
  return result.document.reports.map((r) => ({
    id: r.id,
    balances: r.balances.map((b) => [b.type, b.amountOre]),
    entries: r.entries.map((e) => ({
      account: e.account,
      amountOre: e.amountOre,
      currency: e.currency,
      creditDebit: e.creditDebit,
      status: e.status,
      bookingDate: e.bookingDate,
      valueDate: e.valueDate,
      accountServicerReference: e.accountServicerReference,
      bankTransactionCode: e.bankTransactionCode,
      kids: e.kids,
      endToEndIds: e.endToEndIds,
      transactions: e.transactions.map((t) => ({
        endToEndId: t.endToEndId,
        accountServicerReference: t.accountServicerReference,
        amountOre: t.amountOre,
        debtorName: t.debtorName,
        debtorAccount: t.debtorAccount,
        creditorName: t.creditorName,
        creditorAccount: t.creditorAccount,
        kids: t.kids,
        invoiceNumbers: t.invoiceNumbers,
        unstructured: t.unstructured,
      })),
    })),
  }));
}

function camt054Codec(version: CamtVersion): Codec<Camt054Document> {
  return {
    messageId: `camt.054.001.${version}`,
    arbitrary: fc.record({
      messageNameId: fc.constant(`camt.054.001.${version}` as const),
      messageId: id35,
      creationDateTime: dateTime,
      notifications: fc.array(
        fc.record({
          id: id35,
          creationDateTime: dateTime,
          account: bban.map((b) => ({ bban: b, currency: 'NOK' })),
          entries: fc.array(entry, { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    write: (doc) => writeCamt054(doc),
    readBack: projectRead,
    expected: (doc) =>
      doc.notifications.map((n) => ({
        id: n.id,
        balances: [],
        entries: n.entries.map((e) => projectEntry(n.account.bban ?? '', e)),
      })),
  };
}

function camt053Codec(version: CamtVersion): Codec<Camt053Document> {
  const statement = fc
    .record({
      opening: fc.integer({ min: -10_000_000, max: 10_000_000 }),
      entries: fc.array(entry, { maxLength: 3 }),
      account: bban,
      date,
    })
    .map(({ opening, entries, account, date: day }) => {
      const closing = entries.reduce(
        (b, e) => b + (e.creditDebit === 'CRDT' ? e.amountOre : -e.amountOre),
        opening,
      );
      return {
        id: `${account}.${day.replaceAll('-', '')}`,
        creationDateTime: `${day}T23:59:59+01:00`,
        date: day,
        account: { bban: account, currency: 'NOK' },
        openingBalanceOre: opening,
        closingBalanceOre: closing,
        entries,
      };
    });
  return {
    messageId: `camt.053.001.${version}`,
    arbitrary: fc.record({
      messageNameId: fc.constant(`camt.053.001.${version}` as const),
      messageId: id35,
      creationDateTime: dateTime,
      statements: fc.array(statement, { minLength: 1, maxLength: 2 }),
    }),
    write: (doc) => writeCamt053(doc),
    readBack: projectRead,
    expected: (doc) =>
      doc.statements.map((s) => ({
        id: s.id,
        balances: [
          ['OPBD', s.openingBalanceOre],
          ['CLBD', s.closingBalanceOre],
        ],
        entries: s.entries.map((e) => projectEntry(s.account.bban ?? '', e)),
      })),
  };
}

const codecs: Array<Codec<never>> = [
  pain001Codec('pain.001.001.03'),
  pain001Codec('pain.001.001.09'),
  pain002Codec('pain.002.001.03'),
  pain002Codec('pain.002.001.10'),
  camt054Codec('02'),
  camt054Codec('08'),
  camt053Codec('02'),
  camt053Codec('08'),
] as unknown as Array<Codec<never>>;

describe.each(codecs.map((codec) => [codec.messageId, codec] as const))('%s', (messageId, codec) => {
  it('every document written validates against its XSD', () => {
    fc.assert(
      fc.property(codec.arbitrary, (model) => {
        expectSchemaValid(codec.write(model), messageId);
      }),
      { numRuns: 30 },
    );
  });

  it('reading what was written gives the model back', () => {
    fc.assert(
      fc.property(codec.arbitrary, (model) => {
        expect(codec.readBack(codec.write(model))).toEqual(codec.expected(model));
      }),
      { numRuns: 30 },
    );
  });
});
