import { describe, expect, it } from 'vitest';
import { formatAmount, writePain001 } from './pain001-writer.ts';
import type { Pain001Input } from './pain001-writer.ts';
import { schemaErrors } from '../test-support/schemas.ts';

const input = (version: '03' | '09'): Pain001Input => ({
  version,
  msgId: 'RC-20260112-ABCDEF123456',
  creationDateTime: '2026-01-12T08:00:00+01:00',
  initiatingPartyId: '123456785',
  debtorName: 'Demo Regnskap AS',
  payments: [
    {
      pmtInfId: 'RC-20260112-ABCDEF123456-1',
      debtorAccount: '86011117947',
      executionDate: '2026-01-14',
      transactions: [
        {
          endToEndId: 'E2E-1',
          creditorName: 'Kraft AS',
          creditorAccount: '12345678903',
          amount: 125000,
          kid: '000133700501645',
          references: [],
        },
        {
          endToEndId: 'E2E-2',
          creditorName: 'Kontor AS',
          creditorAccount: '12345678903',
          amount: 70000,
          references: [
            { type: 'CINV', number: 'F-100', amount: 100000 },
            { type: 'CREN', number: 'K-7', amount: 30000 },
          ],
        },
      ],
    },
  ],
});

describe('writePain001', () => {
  it.each(['03', '09'] as const)('writes a pain.001.001.%s that validates against its XSD', (version) => {
    const xml = writePain001(input(version));
    expect(schemaErrors(xml, `pain.001.001.${version}`)).toEqual([]);
  });

  it('puts the KID as SCOR and credit notes as CREN with CdtNoteAmt, never a KID next to a CREN', () => {
    const xml = writePain001(input('03'));
    expect(xml).toContain('<Cd>SCOR</Cd>');
    expect(xml).toContain('<Ref>000133700501645</Ref>');
    expect(xml).toMatch(/<Cd>CREN<\/Cd>[\s\S]*<CdtNoteAmt Ccy="NOK">300.00<\/CdtNoteAmt>/);
    const settlement = xml.slice(xml.indexOf('E2E-2'));
    expect(settlement).not.toContain('SCOR');
  });

  it('sums NbOfTxs and CtrlSum over every transaction', () => {
    const xml = writePain001(input('09'));
    expect(xml).toMatch(/<GrpHdr>[\s\S]*<NbOfTxs>2<\/NbOfTxs>\s*<CtrlSum>1950.00<\/CtrlSum>/);
  });

  it('formats øre as ISO decimals without floating point', () => {
    expect(formatAmount(1)).toBe('0.01');
    expect(formatAmount(100)).toBe('1.00');
    expect(formatAmount(123456789012)).toBe('1234567890.12');
    expect(() => formatAmount(1.5)).toThrow(RangeError);
  });
});
