import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, lookupCode } from './catalogue.ts';
import { closeMatches, formatCodeList, formatExplanation } from './explain.ts';
import type { CatalogueEntry } from './types.ts';

function entry(code: string): CatalogueEntry {
  const found = lookupCode(code);
  if (!found) throw new Error(`test setup: ${code} is not in the catalogue`);
  return found;
}

describe('formatExplanation', () => {
  it('shows code, family, title, meaning, causes, remedy, appearance, trigger and source in English', () => {
    const rr09 = entry('RR09');
    const text = formatExplanation(rr09, 'en', { width: 1000 });
    expect(text.split('\n')[0]).toBe('RR09  (iso-reason)');
    for (const part of [
      rr09.title.en,
      rr09.meaning.en,
      rr09.remedy.en,
      rr09.source,
      'TRIGGER-RR09',
      'transaction level',
    ]) {
      expect(text).toContain(part);
    }
    for (const cause of rr09.causes) expect(text).toContain(`  - ${cause.en}`);
    expect(text).toContain('What to tell the customer');
    expect(text).toContain('evidence: confirmed');
  });

  it('uses the Norwegian texts and headings with lang nb', () => {
    const ac03 = entry('AC03');
    const text = formatExplanation(ac03, 'nb', { width: 1000 });
    expect(text).toContain(ac03.title.nb);
    expect(text).toContain(ac03.remedy.nb);
    expect(text).toContain('Hva du sier til kunden');
    expect(text).toContain('transaksjonsnivå');
    expect(text).not.toContain(ac03.remedy.en);
  });

  it('shows the HTTP status for codes that travel as problem+json', () => {
    expect(formatExplanation(entry('3002'), 'en')).toMatch(/HTTP status in the bench\n {2}409/);
    expect(formatExplanation(entry('RR09'), 'en')).not.toContain('HTTP status');
  });

  it('wraps every line of every entry to the width without splitting a `command`', () => {
    for (const item of catalogue) {
      for (const lang of ['nb', 'en'] as const) {
        const lines = formatExplanation(item, lang, { width: 100 }).split('\n');
        for (const line of lines) {
          // A line may only overflow when it is a single unbreakable word after its indent.
          if (line.length > 100) expect(line.trim().split(' ').length, line).toBe(1);
          expect((line.match(/`/g) ?? []).length % 2, line).toBe(0);
        }
      }
    }
  });

  it('loses no word when it wraps', () => {
    const word = fc.stringMatching(/^[a-zæøå0-9-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 20, max: 120 }),
        (words, width) => {
          const base = entry('AC01');
          const item = { ...base, meaning: { nb: words.join(' '), en: words.join(' ') } };
          const text = formatExplanation(item, 'en', { width });
          const meaning = text.split('\n\n')[1] ?? '';
          expect(meaning.split('\n').slice(1).join(' ').trim().split(/\s+/)).toEqual(words);
        },
      ),
    );
  });
});

describe('formatCodeList', () => {
  it('prints one CODE<TAB>family<TAB>title line per entry in the given language', () => {
    const entries = [entry('AC03'), entry('3002')];
    expect(formatCodeList(entries, 'en').split('\n')).toEqual([
      `AC03\tiso-reason\t${entries[0]?.title.en}`,
      `3002\tmps\t${entries[1]?.title.en}`,
    ]);
    expect(formatCodeList(entries, 'nb')).toContain(`AC03\tiso-reason\t${entries[0]?.title.nb}`);
  });
});

describe('closeMatches', () => {
  it('suggests AC03 first for the typo AC3 and for the swap AC30', () => {
    expect(closeMatches('AC3', catalogue)[0]?.code).toBe('AC03');
    expect(closeMatches('ac30', catalogue)[0]?.code).toBe('AC03');
  });

  it('finds codes by their beginning and narratives by their wire text', () => {
    expect(closeMatches('NARR-AG08', catalogue).map((match) => match.code)).toEqual(
      expect.arrayContaining(['NARR-AG08-APPROVER', 'NARR-AG08-NO-ROLE']),
    );
    expect(closeMatches('ugyldig kid-nummer', catalogue)[0]?.code).toBe('NARR-UGYLDIG-KID');
  });

  it('suggests nothing for an empty query or something far from every code', () => {
    expect(closeMatches('  ', catalogue)).toEqual([]);
    expect(closeMatches('QQQQQQQQQQQQ', catalogue)).toEqual([]);
  });

  it('finds any code again after one of its characters is dropped', () => {
    const codes = catalogue.map((item) => item.code).filter((code) => code.length >= 3);
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.nat(), (code, at) => {
        const index = at % code.length;
        const typo = code.slice(0, index) + code.slice(index + 1);
        expect(closeMatches(typo, catalogue, 100).map((match) => match.code)).toContain(code);
      }),
    );
  });
});
