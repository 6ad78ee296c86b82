import { describe, expect, it } from 'vitest';
import { buildPain001 } from '../../src/iso20022/pain001-builder.ts';
import { writePain002 } from '../../src/iso20022/pain002.ts';
import { writeCamt054 } from '../../src/iso20022/camt054.ts';
import { entry, searchEntry, shipmentEntry } from '../test-fixtures.ts';
import { sentPaymentFiles } from './payment-file-sent.ts';
import { readPain002Status } from './pain002-status.ts';
import { readKidCredits } from './camt054-credits.ts';
import { searchExchanges } from './search-exchange.ts';
import { sentTransactions } from './shipment-sent.ts';

describe('journal facts', () => {
  it('reads the keys and answers of answered register searches only', () => {
    const answered = searchEntry([{ customerNumber: '1001', status: 'FOUND', efakturaIdentifier: 'id-1' }], {
      nationalId: '24074209668',
    });
    const refused = { ...searchEntry([]), status: 400 };
    const exchanges = searchExchanges([answered, refused]);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]?.customers[0]).toMatchObject({ customerNumber: '1001', nationalId: '24074209668' });
    expect(exchanges[0]?.results[0]).toMatchObject({ status: 'FOUND', efakturaIdentifier: 'id-1' });
  });

  it('reads every transaction of accepted shipments, not of refused ones', () => {
    const accepted = shipmentEntry([
      { invoiceNumber: 'F1', efakturaIdentifier: 'id-1', kid: '10010015' },
      { invoiceNumber: 'F2', nationalId: '24074209668', documentType: 'REMINDER' },
    ]);
    const refused = { ...shipmentEntry([{ invoiceNumber: 'F3' }]), status: 400 };
    const sent = sentTransactions([accepted, refused]);
    expect(
      sent.map((tx) => [tx.invoiceNumber, tx.documentType, tx.efakturaIdentifier ?? tx.nationalId]),
    ).toEqual([
      ['F1', 'INVOICE', 'id-1'],
      ['F2', 'REMINDER', '24074209668'],
    ]);
  });

  it('reads KIDs and credit-note references from a posted pain.001', () => {
    const xml = buildPain001({
      msgId: 'RUN-1',
      creDtTm: '2026-01-12T09:00:00',
      initiatingPartyId: '923456783',
      payments: [
        {
          pmtInfId: 'RUN-1-1',
          executionDate: '2026-01-14',
          debtorName: 'Demo Regnskap AS',
          debtorAccount: '12345678903',
          transactions: [
            {
              endToEndId: 'E1',
              amountOre: 10_001,
              creditorName: 'K0',
              creditorAccount: '51821024238',
              kid: '100000000008',
            },
            {
              endToEndId: 'E2',
              amountOre: 5_000,
              creditorName: 'K2',
              creditorAccount: '92779537953',
              invoiceNumbers: ['INV-2'],
              creditNotes: ['CN-3'],
            },
          ],
        },
      ],
    });
    const posted = entry({
      method: 'POST',
      path: '/bank/v1/payment-files',
      status: 202,
      requestBody: xml,
      responseBody: JSON.stringify({ fileId: 'file-000001', messageId: 'RUN-1', groupStatus: 'ACTC' }),
    });
    const [file] = sentPaymentFiles([posted]);
    expect(file).toMatchObject({ fileId: 'file-000001', messageId: 'RUN-1', groupStatus: 'ACTC' });
    expect(file?.transactions.map((tx) => [tx.endToEndId, tx.amountOre, tx.kids, tx.documents])).toEqual([
      ['E1', 10_001, ['100000000008'], []],
      [
        'E2',
        5_000,
        [],
        [
          { type: 'CINV', number: 'INV-2' },
          { type: 'CREN', number: 'CN-3' },
        ],
      ],
    ]);
  });

  it('keeps an unreadable payment file with the reason, rather than dropping it', () => {
    const [file] = sentPaymentFiles([
      entry({ method: 'POST', path: '/bank/v1/payment-files', status: 400, requestBody: 'not xml' }),
    ]);
    expect(file?.unreadable).toBeTruthy();
  });
});

describe('bank documents', () => {
  it('reads transaction statuses and reasons at every level of a pain.002', () => {
    const xml = writePain002({
      messageNameId: 'pain.002.001.03',
      messageId: 'STS-1',
      creationDateTime: '2026-01-12T09:00:01',
      group: { originalMessageId: 'RUN-1', originalMessageNameId: 'pain.001.001.03', status: 'PART' },
      payments: [
        {
          originalPaymentInformationId: 'RUN-1-1',
          status: 'PART',
          transactions: [
            { originalEndToEndId: 'E1', status: 'ACSP' },
            {
              originalEndToEndId: 'E2',
              status: 'RJCT',
              reasons: [{ code: 'RR09', additionalInfo: ['Ugyldig KID-nummer'] }],
            },
          ],
        },
      ],
    });
    const status = readPain002Status(xml);
    if ('error' in status) throw new Error(status.error);
    expect(status.originalMessageId).toBe('RUN-1');
    expect(status.transactions.map((tx) => [tx.endToEndId, tx.status, tx.reasons])).toEqual([
      ['E1', 'ACSP', []],
      ['E2', 'RJCT', ['RR09']],
    ]);
  });

  it('reads each KID credit of a camt.054 credit notification with its amount', () => {
    const xml = writeCamt054({
      messageNameId: 'camt.054.001.02',
      messageId: 'CN-1',
      creationDateTime: '2026-01-26T06:30:00+01:00',
      notifications: [
        {
          id: 'CN-1-1',
          creationDateTime: '2026-01-26T06:30:00+01:00',
          account: { bban: '12345678903', currency: 'NOK' },
          entries: [
            {
              amountOre: 30_000,
              currency: 'NOK',
              creditDebit: 'CRDT',
              status: 'BOOK',
              bookingDate: '2026-01-26',
              valueDate: '2026-01-26',
              transactions: [
                { amountOre: 10_000, currency: 'NOK', remittance: { kids: ['1000005-'] } },
                { amountOre: 20_000, currency: 'NOK', remittance: { kids: ['10000040'] } },
              ],
            },
          ],
        },
      ],
    });
    const credits = readKidCredits(xml, 'n-1');
    if ('error' in credits) throw new Error(credits.error);
    expect(credits.map((c) => [c.kid, c.amountOre, c.account])).toEqual([
      ['1000005-', 10_000, '12345678903'],
      ['10000040', 20_000, '12345678903'],
    ]);
  });
});
