import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX105, splitAddtlInf } from './addtl-inf.ts';

describe('splitAddtlInf', () => {
  it('keeps a short text as one piece and an empty text as none', () => {
    expect(splitAddtlInf('Ugyldig KID-nummer')).toEqual(['Ugyldig KID-nummer']);
    expect(splitAddtlInf('')).toEqual([]);
  });

  it('breaks a long text after a space so words stay whole', () => {
    const text = `${'a'.repeat(100)} bbbbbbbbbb cccc`;
    expect(splitAddtlInf(text)).toEqual([`${'a'.repeat(100)} `, 'bbbbbbbbbb cccc']);
  });

  it('cuts a word longer than the limit at the limit', () => {
    expect(splitAddtlInf('x'.repeat(230))).toEqual(['x'.repeat(105), 'x'.repeat(105), 'x'.repeat(20)]);
  });

  it('counts characters as the XSD does (code points), not UTF-16 units', () => {
    const pieces = splitAddtlInf('😀'.repeat(106));
    expect(pieces.map((p) => Array.from(p).length)).toEqual([105, 1]);
  });

  it('is lossless and every piece is a valid Max105Text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (text) => {
        const pieces = splitAddtlInf(text);
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) {
          expect(Array.from(piece).length).toBeGreaterThanOrEqual(1);
          expect(Array.from(piece).length).toBeLessThanOrEqual(MAX105);
        }
      }),
    );
  });
});
