import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPain001 } from './pain001.ts';
import { buildPain001, type Pain001Input } from './pain001-builder.ts';
import {
  hasCreditNote,
  kidReferences,
  referredDocuments,
  structuredReferenceCount,
} from './pain001-remittance.ts';
import type { Pain001Document, Pain001MessageId } from './pain001-model.ts';
import { expectSchemaValid } from './testing/expect-schema-valid.ts';
import { readSharedSample, readVector } from './testing/vectors.ts';

function read(xml: string): Pain001Document {
  const result = readPain001(xml);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

describe('readPain001', () => {
  it('reads the worked KID example of iso20022-norway.md §2.6 with the line of each element', () => {
    const doc = read(readVector('pain001-v03-kid-one-creditor.xml'));
    expect(doc.messageNameId).toBe('pain.001.001.03');
    expect(doc.transactionCount).toBe(1);
    const header = doc.groupHeader;
    expect(header.messageId).toEqual({ value: 'ERP-20260115-0001', line: 4 });
    expect(header.creationDateTime.value).toBe('2026-01-15T09:12:00');
    expect(header.numberOfTransactions).toEqual({ value: '1', line: 5 });
    expect(header.controlSum).toEqual({ ore: 125000, text: '1250.00', line: 5 });
    expect(header.initiatingParty).toMatchObject({
      name: 'Eksempel AS',
      organisationIds: [{ id: '123456785', schemeCode: 'CUST', line: 6 }],
      privateIds: [],
    });
    const payment = doc.payments[0];
    expect(payment).toMatchObject({
      index: 0,
      path: 'PmtInf[1]',
      line: 8,
      paymentInformationId: 'ERP-20260115-0001-1',
      paymentMethod: 'TRF',
      requestedExecutionDate: { date: '2026-01-16', line: 9 },
      debtor: { name: 'Eksempel AS' },
      debtorAccount: { kind: 'other', id: '86011117947', schemeCode: 'BBAN', currency: 'NOK', line: 11 },
      debtorAgent: { bic: 'DNBANOKK' },
    });
    const tx = payment?.transactions[0];
    expect(tx).toMatchObject({
      path: 'PmtInf[1]/CdtTrfTxInf[1]',
      line: 13,
      endToEndId: 'INV-4711',
      amount: { ore: 125000, text: '1250.00', currency: 'NOK', line: 14 },
      creditor: { name: 'Leverandør AS' },
      creditorAccount: { kind: 'other', id: '12345678903', schemeCode: 'BBAN', line: 16 },
    });
    expect(tx && kidReferences(tx)).toEqual([{ typeCode: 'SCOR', ref: '000133700501645', line: 17 }]);
  });

  it('reads a pain.001.001.09 with ReqdExctnDt/Dt, UETR and BICFI', () => {
    const doc = read(readVector('pain001-v09-kid-dt-uetr.xml'));
    expect(doc.messageNameId).toBe('pain.001.001.09');
    const payment = doc.payments[0];
    expect(payment?.requestedExecutionDate.date).toBe('2026-01-16');
    expect(payment?.debtorAgent.bic).toBe('DNBANOKK');
    expect(payment?.transactions[0]?.uetr).toBe('e3b0c442-98fc-4c14-9afb-f4c8996fb924');
  });

  it('reads a .09 execution date given as DtTm', () => {
    const xml = readVector('pain001-v09-kid-dt-uetr.xml').replace(
      /<Dt>2026-01-16<\/Dt>/,
      '<DtTm>2026-01-16T10:00:00+01:00</DtTm>',
    );
    expectSchemaValid(xml, 'pain.001.001.09');
    expect(read(xml).payments[0]?.requestedExecutionDate).toMatchObject({
      date: '2026-01-16',
      dateTime: '2026-01-16T10:00:00+01:00',
    });
  });

  it('reads invoices, a credit note with its amount, an IBAN creditor and unstructured text', () => {
    const doc = read(readVector('pain001-v03-invoices-and-credit-note.xml'));
    const [first, second] = doc.payments[0]?.transactions ?? [];
    expect(first?.instructionId).toBe('I-1');
    expect(first && referredDocuments(first, 'CINV').map((d) => d.number)).toEqual(['F-1001', 'F-1002']);
    expect(first && referredDocuments(first, 'CREN').map((d) => d.number)).toEqual(['K-77']);
    expect(first?.remittance?.structured[2]?.referredDocumentAmount?.creditNote).toMatchObject({
      ore: 30000,
      currency: 'NOK',
    });
    expect(first && hasCreditNote(first)).toBe(true);
    expect(first && structuredReferenceCount(first)).toBe(3);
    expect(second?.creditorAccount).toMatchObject({ kind: 'iban', id: 'NO9386011117947' });
    expect(second?.remittance?.unstructured.map((u) => u.value)).toEqual(['Faktura 1003, takk for sist']);
    expect(second && hasCreditNote(second)).toBe(false);
  });

  it('reads the public Swiss SCOR sample (../shared/samples) after it passes its XSD', () => {
    const xml = readSharedSample('sebastienrousseau-pain001__ch.sps.scor.pain.001.001.09.xml');
    expectSchemaValid(xml, 'pain.001.001.09');
    const doc = read(xml);
    expect(doc.groupHeader.controlSum?.ore).toBe(112740);
    expect(doc.groupHeader.initiatingParty.organisationIds).toEqual([]);
    const payment = doc.payments[0];
    expect(payment).toMatchObject({ batchBooking: true, serviceLevelCode: 'NURG', chargeBearer: 'SLEV' });
    expect(payment?.debtorAccount).toMatchObject({ kind: 'iban', id: 'CH9865371906857213108' });
    const txs = payment?.transactions ?? [];
    expect(txs.map((t) => t.amount?.ore)).toEqual([91200, 21540]);
    expect(txs.map((t) => t.amount?.currency)).toEqual(['CHF', 'CHF']);
    expect(txs.map((t) => t.creditorAgent?.bic)).toEqual(['AVGFCHE0', 'QKITCHA0']);
    expect(txs[0] && kidReferences(txs[0]).map((k) => k.ref)).toEqual(['RF18539007547034']);
  });

  it('reads amounts it cannot hold in whole øre as null øre with the text kept', () => {
    const xml = readVector('pain001-v03-kid-one-creditor.xml').replace(
      '<InstdAmt Ccy="NOK">1250.00</InstdAmt>',
      '<InstdAmt Ccy="NOK">1250.005</InstdAmt>',
    );
    expect(read(xml).payments[0]?.transactions[0]?.amount).toMatchObject({ ore: null, text: '1250.005' });
  });

  it('reads a document whose elements carry a namespace prefix', () => {
    const xml = readVector('pain001-v03-kid-one-creditor.xml')
      .replace('<Document xmlns=', '<p:Document xmlns:p=')
      .replace(/<(\/?)(?!\?|p:)([A-Za-z])/g, '<$1p:$2');
    expectSchemaValid(xml, 'pain.001.001.03');
    expect(read(xml).payments[0]?.transactions[0]?.endToEndId).toBe('INV-4711');
  });

  it('refuses a document that is not a pain.001, and text that is not XML', () => {
    expect(readPain001(readVector('pain002-v03-part-one-rejected-kid.xml'))).toMatchObject({
      ok: false,
      reason: 'not-pain001',
    });
    expect(
      readPain001(
        '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.11"><CstmrCdtTrfInitn/></Document>',
      ),
    ).toMatchObject({
      ok: false,
      reason: 'not-pain001',
    });
    expect(readPain001('<Document>')).toMatchObject({ ok: false, reason: 'not-xml' });
  });

  it('reads a schema-invalid file best-effort without throwing', () => {
    const doc = read(
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn><PmtInf><CdtTrfTxInf/></PmtInf></CstmrCdtTrfInitn></Document>',
    );
    expect(doc.groupHeader.messageId.value).toBe('');
    expect(doc.payments[0]?.transactions[0]?.endToEndId).toBe('');
    expect(doc.transactionCount).toBe(1);
  });
});

const bban = fc.constantFrom('12345678903', '86011117947', '76940512057');
const text35 = fc
  .string({ unit: fc.constantFrom('A', 'b', '1', '-', ' ', 'ø', '&', '<'), minLength: 1, maxLength: 35 })
  .filter((s) => s.trim() === s && s.length > 0);
const transaction = fc.record(
  {
    endToEndId: text35,
    instructionId: text35,
    amountOre: fc.integer({ min: 1, max: 10_000_000_00 }),
    creditorName: text35,
    creditorAccount: fc.oneof(bban, fc.constant('NO9386011117947')),
    kid: fc.constantFrom('000133700501645', '2345676', '12345678903'),
    invoiceNumbers: fc.array(text35, { maxLength: 2 }),
    ustrd: fc.array(text35, { maxLength: 2 }),
  },
  { requiredKeys: ['endToEndId', 'amountOre', 'creditorName', 'creditorAccount'] },
);
const input = (version: Pain001MessageId): fc.Arbitrary<Pain001Input> =>
  fc.record({
    version: fc.constant(version),
    msgId: text35,
    creDtTm: fc.constant('2026-01-15T09:12:00'),
    initiatingPartyId: fc.constantFrom('123456785', '987654321'),
    payments: fc.array(
      fc.record({
        pmtInfId: text35,
        executionDate: fc.constantFrom('2026-01-16', '2026-02-02'),
        debtorName: text35,
        debtorAccount: bban,
        transactions: fc.array(transaction, { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  });

describe.each(['pain.001.001.03', 'pain.001.001.09'] as const)(
  'buildPain001 and readPain001 for %s',
  (version) => {
    it('builds schema-valid documents that read back to the input, with computed counts and sums', () => {
      fc.assert(
        fc.property(input(version), (given) => {
          const xml = buildPain001(given);
          expectSchemaValid(xml, version);
          const doc = read(xml);
          const all = given.payments.flatMap((p) => p.transactions);
          const total = all.reduce((sum, t) => sum + t.amountOre, 0);
          expect(doc.messageNameId).toBe(version);
          expect(doc.groupHeader.messageId.value).toBe(given.msgId);
          expect(doc.groupHeader.numberOfTransactions.value).toBe(String(all.length));
          expect(doc.groupHeader.controlSum?.ore).toBe(total);
          expect(doc.groupHeader.initiatingParty.organisationIds[0]?.id).toBe(given.initiatingPartyId);
          expect(doc.transactionCount).toBe(all.length);
          doc.payments.forEach((payment, p) => {
            const source = given.payments[p];
            expect(payment.paymentInformationId).toBe(source?.pmtInfId);
            expect(payment.requestedExecutionDate.date).toBe(source?.executionDate);
            expect(payment.debtorAccount.id).toBe(source?.debtorAccount);
            expect(payment.numberOfTransactions?.value).toBe(String(source?.transactions.length));
            payment.transactions.forEach((tx, t) => {
              const want = source?.transactions[t];
              expect(tx.path).toBe(`PmtInf[${p + 1}]/CdtTrfTxInf[${t + 1}]`);
              expect(tx.endToEndId).toBe(want?.endToEndId);
              expect(tx.instructionId).toBe(want?.instructionId);
              expect(tx.amount?.ore).toBe(want?.amountOre);
              expect(tx.creditor?.name).toBe(want?.creditorName);
              expect(tx.creditorAccount?.id).toBe(want?.creditorAccount);
              expect(tx.creditorAccount?.kind).toBe(
                want?.creditorAccount.startsWith('NO') ? 'iban' : 'other',
              );
              expect(kidReferences(tx).map((k) => k.ref)).toEqual(want?.kid === undefined ? [] : [want.kid]);
              expect(referredDocuments(tx, 'CINV').map((d) => d.number)).toEqual(want?.invoiceNumbers ?? []);
              expect(tx.remittance?.unstructured.map((u) => u.value) ?? []).toEqual(want?.ustrd ?? []);
            });
          });
        }),
        { numRuns: 40 },
      );
    });

    it('reads headers only as the full read without its transactions', () => {
      fc.assert(
        fc.property(input(version), (given) => {
          const xml = buildPain001(given);
          const full = read(xml);
          const headers = readPain001(xml, { headersOnly: true });
          if (!headers.ok) throw new Error(headers.message);
          expect(headers.document).toEqual({
            ...full,
            payments: full.payments.map((payment) => ({ ...payment, transactions: [] })),
          });
        }),
        { numRuns: 25 },
      );
    });

    it('writes the overrides tests need for wrong counts and sums, and can omit the optional ones', () => {
      const xml = buildPain001({
        version,
        msgId: 'M-1',
        creDtTm: '2026-01-15T09:12:00',
        initiatingPartyId: '123456785',
        numberOfTransactions: '7',
        controlSum: '1.00',
        payments: [
          {
            pmtInfId: 'P-1',
            executionDate: '2026-01-16',
            debtorName: 'Eksempel AS',
            debtorAccount: '86011117947',
            numberOfTransactions: null,
            controlSum: '9.99',
            transactions: [
              {
                endToEndId: 'E-1',
                amountOre: 100,
                amountText: '1.005',
                currency: 'SEK',
                creditorName: 'X',
                creditorAccount: '12345678903',
              },
            ],
          },
        ],
      });
      expectSchemaValid(xml, version);
      const doc = read(xml);
      expect(doc.groupHeader.numberOfTransactions.value).toBe('7');
      expect(doc.groupHeader.controlSum?.text).toBe('1.00');
      expect(doc.payments[0]?.numberOfTransactions).toBeUndefined();
      expect(doc.payments[0]?.controlSum?.text).toBe('9.99');
      expect(doc.payments[0]?.transactions[0]?.amount).toMatchObject({
        ore: null,
        text: '1.005',
        currency: 'SEK',
      });
    });
  },
);
