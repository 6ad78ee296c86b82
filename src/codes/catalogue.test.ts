import { describe, expect, it } from 'vitest';
import { catalogue, codesInFamily, lookupCode } from './catalogue.ts';
import {
  NarrativeTemplateError,
  bankNarrativeCodes,
  narrativeCodeOf,
  narrativeReasonCode,
  narrativeText,
  renderNarrative,
  type NarrativeCode,
} from './bank-narrative.ts';
import { isoReasonCodes } from './iso-reason.ts';
import { isoStatusCodes } from './iso-status.ts';
import { mpsCodes } from './mps.ts';
import type { CatalogueEntry, CodeFamily } from './types.ts';

// The codes issue 2 asks for, by family (iso20022-norway.md §3.2, §3.4; efaktura-b2c.md §4.2).
// prettier-ignore
const required: Record<Exclude<CodeFamily, 'bench'>, string[]> = {
  'iso-status': ['RCVD', 'ACTC', 'ACCP', 'ACSP', 'ACSC', 'ACWC', 'PDNG', 'PART', 'RJCT', 'ACCC'],
  'iso-reason': [
    'AC01', 'AC02', 'AC03', 'AC04', 'AC05', 'AC06', 'AC07', 'AG01', 'AG03', 'AG08', 'AM01', 'AM02',
    'AM03', 'AM04', 'AM05', 'AM09', 'AM10', 'AM11', 'AM12', 'AM14', 'AM18', 'BE01', 'BE04', 'BE06',
    'CH03', 'DS0H', 'DT01', 'DT05', 'DT06', 'DU01', 'DU02', 'DU04', 'DUPL', 'FF01', 'FF02', 'FF10',
    'MS03', 'NARR', 'RC01', 'RC07', 'RC10', 'RR07', 'RR08', 'RR09', 'RR10', 'TM01',
  ],
  'bank-narrative': [
    'NARR-UGYLDIG-KID', 'NARR-INGEN-KID-AVTALE', 'NARR-KREDITOR-KONTO-UGYLDIG', 'NARR-AG08-APPROVER',
    'NARR-AG08-NO-ROLE', 'NARR-INITGPTY-NUMERIC', 'NARR-INCORRECT-DIVISION', 'NARR-2-GODKJENNERE',
    'NARR-APPROVAL-DATA-P001', 'NARR-OCSP-FAILURE', 'NARR-KSPS480E',
  ],
  mps: [
    '201', '202', '205', '209', '3002', '3003', '3010', '3011', '3020', '3021', '3100', '3101',
    '5002', '5003', '5006', '5007', '5008', '5009', '5010',
  ],
};

// Group-level codes are forced with MsgId TRIGGER-<CODE> (ARCHITECTURE.md §6).
const groupLevelReasons = ['FF01', 'FF02', 'FF10', 'DU01', 'AM10', 'AM18'];

const ownFamilies: readonly CatalogueEntry[] = [
  ...isoStatusCodes,
  ...isoReasonCodes,
  ...bankNarrativeCodes,
  ...mpsCodes,
];

describe('the whole catalogue', () => {
  it('has no code twice, even ignoring case', () => {
    const seen = new Map<string, number>();
    for (const entry of catalogue)
      seen.set(entry.code.toUpperCase(), (seen.get(entry.code.toUpperCase()) ?? 0) + 1);
    const duplicates = [...seen].filter(([, count]) => count > 1).map(([code]) => code);
    expect(duplicates).toEqual([]);
  });

  it.each(catalogue.map((entry) => [entry.code, entry] as const))(
    '%s has a title, meaning, remedy and at least one cause in both Norwegian and English',
    (_code, entry) => {
      for (const text of [entry.title, entry.meaning, entry.remedy, ...entry.causes]) {
        expect(text.nb.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
      }
      expect(entry.causes.length).toBeGreaterThan(0);
      expect(entry.source.trim()).not.toBe('');
    },
  );

  it('includes every code of the four families from their own files', () => {
    for (const entry of ownFamilies) expect(lookupCode(entry.code)).toBe(entry);
  });
});

describe.each(Object.entries(required))('the %s family', (family, codes) => {
  it('contains every code the issue lists', () => {
    const present = new Set(codesInFamily(family as CodeFamily).map((entry) => entry.code));
    expect(codes.filter((code) => !present.has(code))).toEqual([]);
  });
});

describe('ISO status and reason codes', () => {
  it('are four upper-case letters or digits, as ISO external codes are', () => {
    const bad = [...isoStatusCodes, ...isoReasonCodes]
      .map((entry) => entry.code)
      .filter((code) => !/^[A-Z0-9]{4}$/.test(code));
    expect(bad).toEqual([]);
  });

  it('never put PART or RCVD at transaction level, which pain.002.001.03 forbids', () => {
    for (const code of ['PART', 'RCVD']) {
      const levels = lookupCode(code)?.appearsIn.map((appearance) => appearance.level);
      expect(levels).toBeDefined();
      expect(levels).not.toContain('transaction');
    }
  });

  it('puts ACCC only in pain.002.001.10', () => {
    const messages = lookupCode('ACCC')?.appearsIn.map((appearance) => appearance.message) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toContain('pain.002.001.10');
  });

  it.each(isoReasonCodes.map((entry) => [entry.code, entry] as const))(
    '%s has the generic pain.001 trigger at its level',
    (code, entry) => {
      const groupLevel = groupLevelReasons.includes(code);
      expect(entry.trigger).toMatchObject({
        kind: groupLevel || code === 'DU02' ? 'pain001-msg-id' : 'pain001-end-to-end-id',
        value: `TRIGGER-${code}`,
      });
      expect(entry.trigger?.description).toContain(`TRIGGER-${code}`);
      if (groupLevel) expect(entry.appearsIn[0]?.level).toBe('group');
    },
  );
});

describe('pain.001 trigger values', () => {
  it('fit in EndToEndId and MsgId, which are Max35Text', () => {
    const tooLong = catalogue
      .filter(
        (entry) =>
          entry.trigger?.kind === 'pain001-end-to-end-id' || entry.trigger?.kind === 'pain001-msg-id',
      )
      .map((entry) => entry.trigger?.value ?? '')
      .filter((value) => value.length === 0 || value.length > 35);
    expect(tooLong).toEqual([]);
  });
});

describe('bank narrative texts', () => {
  // pain.002 StsRsnInf/AddtlInf is Max105Text (iso20022-norway.md §3.1).
  const MAX_105_TEXT = 105;
  const codes = Object.keys(narrativeText) as NarrativeCode[];
  const elevenDigits = { id: '12345678901', bban: '86011117947' };

  it('have a catalogue entry for every text and a text for every entry', () => {
    expect(bankNarrativeCodes.map((entry) => entry.code).sort()).toEqual([...codes].sort());
  });

  it.each(codes)('%s renders within Max105Text with 11-digit placeholders', (code) => {
    const rendered = renderNarrative(code, elevenDigits);
    expect(rendered).not.toMatch(/<[a-z]+>/);
    expect(Array.from(rendered).length).toBeLessThanOrEqual(MAX_105_TEXT);
    // With short values nothing is cut: the wire text must arrive whole.
    expect(rendered.endsWith('…')).toBe(false);
  });

  it('fills the approver and account into the AG08 text', () => {
    expect(renderNarrative('NARR-AG08-APPROVER', elevenDigits)).toBe(
      'Approver (12345678901) do not have permission on debit account «86011117947»',
    );
  });

  it('keeps texts without placeholders exactly as the bank sends them', () => {
    expect(renderNarrative('NARR-UGYLDIG-KID')).toBe('Ugyldig KID-nummer');
    expect(renderNarrative('NARR-INITGPTY-NUMERIC')).toBe('Initiating Party ID must be numeric');
  });

  it('cuts an over-long rendering to 105 characters ending in an ellipsis', () => {
    const rendered = renderNarrative('NARR-AG08-NO-ROLE', { id: 'x'.repeat(200) });
    expect(Array.from(rendered)).toHaveLength(MAX_105_TEXT);
    expect(rendered.startsWith('User with ID (xxx')).toBe(true);
    expect(rendered.endsWith('…')).toBe(true);
  });

  it('throws a bench-bug error when a placeholder has no value', () => {
    expect(() => renderNarrative('NARR-AG08-APPROVER', { id: '1' })).toThrow(NarrativeTemplateError);
  });

  it.each(codes)('%s is found again from its rendered text', (code) => {
    expect(narrativeCodeOf(renderNarrative(code, elevenDigits))).toBe(code);
    expect(narrativeCodeOf(` ${renderNarrative(code, { id: 'ola', bban: '1' }).toLowerCase()} `)).toBe(code);
  });

  it('find no narrative for text that is not one', () => {
    expect(narrativeCodeOf('Ugyldig KID')).toBeUndefined();
    expect(narrativeCodeOf('AC03')).toBeUndefined();
  });

  it('quote the exact wire text in the meaning in both languages', () => {
    for (const code of codes) {
      const meaning = lookupCode(code)?.meaning;
      expect(meaning?.nb).toContain(`"${narrativeText[code]}"`);
      expect(meaning?.en).toContain(`"${narrativeText[code]}"`);
    }
  });

  it('travel with a reason code that is in the catalogue', () => {
    for (const code of codes) expect(lookupCode(narrativeReasonCode[code])?.family).toBe('iso-reason');
  });

  it('mark the unverified KSPS480E text as inferred and illustrative', () => {
    const entry = lookupCode('NARR-KSPS480E');
    expect(entry?.evidence).toBe('I');
    expect(entry?.source).toContain('[NF]');
  });
});

describe('MPS codes', () => {
  it('answer as problem+json with 400, 404 or 409 wherever a bench endpoint emits them', () => {
    for (const entry of mpsCodes) {
      const onWire = entry.appearsIn.some((appearance) => appearance.message === 'problem+json');
      expect(onWire).toBe(entry.httpStatus !== undefined);
      if (onWire) expect([400, 404, 409]).toContain(entry.httpStatus);
    }
  });

  it('use 409 for duplicate ids, 404 for things not found and 400 for validation failures', () => {
    const status = (code: string): number | undefined => lookupCode(code)?.httpStatus;
    expect(['209', '3002', '3003', '205'].map(status)).toEqual([409, 409, 409, 409]);
    expect(['201', '5002'].map(status)).toEqual([404, 404]);
    expect(['5003', '5006', '3020', '3021'].map(status)).toEqual([400, 400, 400, 400]);
  });

  it('name the MPS service each code belongs to', () => {
    for (const entry of mpsCodes) {
      expect(entry.appearsIn.some((appearance) => appearance.message.startsWith('MPS '))).toBe(true);
    }
    expect(
      lookupCode('3002')
        ?.appearsIn.map((appearance) => appearance.message)
        .join(),
    ).toContain('ATG/Kombo');
    expect(
      lookupCode('209')
        ?.appearsIn.map((appearance) => appearance.message)
        .join(),
    ).toContain('submitter-service');
    expect(
      lookupCode('5006')
        ?.appearsIn.map((appearance) => appearance.message)
        .join(),
    ).toContain('ERP service');
  });

  it('mark the transaction-level cancel counterparts as inferred', () => {
    for (const code of ['201T', '205T']) {
      expect(lookupCode(code)).toMatchObject({ family: 'mps', evidence: 'I' });
    }
  });

  it('describe the 5003 trigger as a transaction without any recipient key', () => {
    const description = lookupCode('5003')?.trigger?.description ?? '';
    for (const field of ['efakturaIdentifier', 'efakturaReference', 'nationalId'])
      expect(description).toContain(field);
  });
});

describe('lookupCode', () => {
  it('finds codes case-insensitively and with surrounding spaces', () => {
    expect(lookupCode(' ac03 ')?.code).toBe('AC03');
    expect(lookupCode('narr-ugyldig-kid')?.code).toBe('NARR-UGYLDIG-KID');
    expect(lookupCode('201t')?.code).toBe('201T');
  });
});
