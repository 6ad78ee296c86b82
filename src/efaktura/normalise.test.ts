import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressKey, emailKey, foldText, nameKey, phoneKey } from './normalise.ts';

describe('search-key normalisation', () => {
  it('folds case, Unicode forms and the Norwegian letters to one key', () => {
    expect(foldText('Bjørn Ås')).toBe(foldText('BJOERN AAS'));
    expect(foldText('Ærlige Øyvind')).toBe('aerligeoeyvind');
    // NFD input (a + combining ring) equals the composed å.
    expect(foldText('Ha\u030Akon')).toBe(foldText('Håkon'));
    expect(foldText('José')).toBe('jose');
  });

  it('does not make o and ø the same letter', () => {
    expect(foldText('Bjorn')).not.toBe(foldText('Bjørn'));
  });

  it('ignores spaces, hyphens and dots inside names and streets', () => {
    expect(nameKey('Anne-Marie', 'Nordmann')).toBe(nameKey('Anne Marie', 'Nordmann'));
    expect(nameKey('Ola Johan', 'Nordmann')).toBe(nameKey('Ola', 'Johan Nordmann'));
    expect(addressKey({ street: 'Storgata 1 A', postalCode: '0155' })).toBe(
      addressKey({ street: 'storgata 1a', postalCode: '0155', country: 'no' }),
    );
  });

  it('needs both names, and street and postal code, for a key', () => {
    expect(nameKey('Ola', undefined)).toBeUndefined();
    expect(nameKey('Ola', ' - ')).toBeUndefined();
    expect(addressKey({ street: 'Storgata 1' })).toBeUndefined();
  });

  it('keeps the country in the address key, defaulting to NO', () => {
    expect(addressKey({ street: 'Storgata 1', postalCode: '0155' })).not.toBe(
      addressKey({ street: 'Storgata 1', postalCode: '0155', country: 'SE' }),
    );
  });

  it('compares e-mails case-insensitively and phones in every Norwegian form', () => {
    expect(emailKey(' Ola.Nordmann@Example.COM ')).toBe('ola.nordmann@example.com');
    const forms = ['+47 912 34 567', '004791234567', '4791234567', '91234567', '912 34 567'];
    expect(new Set(forms.map(phoneKey))).toEqual(new Set(['+4791234567']));
    expect(phoneKey('not a phone')).toBeUndefined();
  });
});

describe('the ASCII fast path of foldText', () => {
  it('gives the same key as the full Unicode path (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..." abcXYZ019-.,'&/ÆØÅ".split('')), maxLength: 20 }),
        (text) => {
          // Appending "æ" forces the Unicode path; for the same text it must only add "ae".
          expect(foldText(`${text}æ`)).toBe(`${foldText(text)}ae`);
        },
      ),
    );
  });
});
