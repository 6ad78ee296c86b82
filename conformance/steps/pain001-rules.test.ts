import { describe, expect, it } from 'vitest';
import { buildPain001 } from '../../src/iso20022/pain001-builder.ts';
import type { Pain001TransactionInput } from '../../src/iso20022/pain001-builder.ts';
import { journalEntry } from '../traffic/journal-fixture.ts';
import { readPaymentFile } from '../traffic/bank-traffic.ts';
import { judgePain001 } from './pain001-rules.ts';

function file(transactions: Pain001TransactionInput[], executionDate = '2026-01-12') {
  const xml = buildPain001({
    msgId: 'MSG-1',
    creDtTm: '2026-01-12T08:00:00+01:00',
    initiatingPartyId: '923456783',
    payments: [
      { pmtInfId: 'PMT-1', executionDate, debtorName: 'Demo AS', debtorAccount: '15031000014', transactions },
    ],
  });
  return readPaymentFile(
    journalEntry({ method: 'POST', path: '/bank/v1/payment-files', requestBody: xml, status: 202 }),
  );
}

const kidPayment: Pain001TransactionInput = {
  endToEndId: 'E-1',
  amountOre: 125_000,
  creditorName: 'Kraft AS',
  creditorAccount: '15032000018',
  kid: '000133700501645',
};

function codes(judged: ReturnType<typeof judgePain001>): string[] {
  return judged.findings.flatMap((finding) => finding.codes ?? []);
}

describe('pain.001 judgement', () => {
  it('finds nothing wrong in a plain KID payment on a banking day', () => {
    expect(judgePain001(file([kidPayment])).findings).toEqual([]);
  });

  it('refuses a KID together with a credit note (RR07)', () => {
    expect(codes(judgePain001(file([{ ...kidPayment, creditNotes: ['CN-1'] }])))).toContain('RR07');
  });

  it('refuses a KID that fails its modulus (RR09)', () => {
    expect(codes(judgePain001(file([{ ...kidPayment, kid: '000133700501646' }])))).toContain('RR09');
  });

  it('refuses an execution date on a Saturday (DT06) and an EndToEndId used twice (DU04)', () => {
    const judged = judgePain001(file([kidPayment, { ...kidPayment, amountOre: 1 }], '2026-01-17'));
    expect(codes(judged)).toEqual(expect.arrayContaining(['DT06', 'DU04']));
    expect(judged.findings.find((f) => f.codes?.includes('DT06'))?.message).toContain('2026-01-19');
  });

  it('refuses a file that is not a pain.001', () => {
    const broken = readPaymentFile(
      journalEntry({ method: 'POST', path: '/bank/v1/payment-files', requestBody: '<Document/>' }),
    );
    expect(codes(judgePain001(broken))).toContain('FF01');
  });
});
