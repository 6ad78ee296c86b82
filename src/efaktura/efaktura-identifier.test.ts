import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEfakturaIdentifier } from './efaktura-identifier.ts';

describe('eFaktura identifiers', () => {
  it('are stable for a seed and person, and differ between seeds and persons', () => {
    expect(makeEfakturaIdentifier(42, '01016010061')).toBe(makeEfakturaIdentifier(42, '01016010061'));
    expect(makeEfakturaIdentifier(43, '01016010061')).not.toBe(makeEfakturaIdentifier(42, '01016010061'));
    expect(makeEfakturaIdentifier(42, '02026110001')).not.toBe(makeEfakturaIdentifier(42, '01016010061'));
  });

  it('are opaque: 29 characters of prefix and base32, never containing the national id digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.stringMatching(/^\d{11}$/), (seed, id) => {
        const identifier = makeEfakturaIdentifier(seed, id);
        expect(identifier).toMatch(/^efid-[a-z2-7]{24}$/);
        expect(identifier).not.toContain(id);
      }),
    );
  });
});
