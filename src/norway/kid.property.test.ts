// Properties of the KID check characters (iso20022-norway.md §5.1).
//
// What each algorithm guarantees to detect, and so what is tested:
// - MOD11: the total Σ wᵢ·dᵢ (weights 2..7 cycling from the right over the body, weight 1 on the
//   check value) is ≡ 0 (mod 11). Changing one character by δ ≠ 0 changes it by w·δ, and 11 is
//   prime with 1 ≤ w ≤ 7, |δ| ≤ 10: every single-character change is detected. Swapping adjacent
//   digits a ≠ b changes it by (a − b)(w − w'), and adjacent weights always differ (…3,2,7,6…,2,1):
//   every adjacent transposition of two different digits is detected.
// - MOD10 (Luhn): every single-digit change is detected; adjacent transpositions are detected
//   except 09 ↔ 90 (both pairs add 9 to the sum), which Luhn is known to miss.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeKid, validateKid } from './kid.ts';
import type { KidAlgorithm } from './kid.ts';

const digit = fc.constantFrom(...'0123456789');
const body = fc.string({ unit: digit, minLength: 1, maxLength: 24 });
const algorithm = fc.constantFrom<KidAlgorithm>('MOD10', 'MOD11');

function kidOf(b: string, a: KidAlgorithm): string {
  const made = makeKid(b, a);
  if (!made.valid) throw new Error(`makeKid refused ${b}: ${made.message}`);
  return made.value;
}

const swap = (s: string, i: number) => `${s.slice(0, i)}${s[i + 1]}${s[i]}${s.slice(i + 2)}`;

describe('KID properties', () => {
  it('a KID made from any 1–24 digit body validates under its algorithm and under ANY', () => {
    fc.assert(
      fc.property(body, algorithm, (b, a) => {
        const kid = kidOf(b, a);
        expect(kid.length).toBe(b.length + 1);
        expect(validateKid(kid, { algorithm: a })).toMatchObject({ valid: true, algorithm: a });
        const any = validateKid(kid);
        expect(any.valid && any.matchedAlgorithms).toContain(a);
      }),
    );
  });

  it('detects every single-character change of a MOD11 KID, the check character included', () => {
    fc.assert(
      fc.property(body, (b) => {
        const kid = kidOf(b, 'MOD11');
        for (let i = 0; i < kid.length; i += 1) {
          for (const replacement of '0123456789') {
            if (replacement === kid[i]) continue;
            const changed = `${kid.slice(0, i)}${replacement}${kid.slice(i + 1)}`;
            expect(validateKid(changed, { algorithm: 'MOD11' }).valid).toBe(false);
          }
        }
      }),
    );
  });

  it('detects every adjacent transposition of two different digits in a MOD11 KID', () => {
    fc.assert(
      fc.property(body, (b) => {
        const kid = kidOf(b, 'MOD11');
        for (let i = 0; i + 1 < kid.length; i += 1) {
          if (kid[i] === kid[i + 1] || kid[i + 1] === '-') continue;
          expect(validateKid(swap(kid, i), { algorithm: 'MOD11' }).valid).toBe(false);
        }
      }),
    );
  });

  it('detects every single-digit change of a MOD10 KID', () => {
    fc.assert(
      fc.property(body, (b) => {
        const kid = kidOf(b, 'MOD10');
        for (let i = 0; i < kid.length; i += 1) {
          for (const replacement of '0123456789') {
            if (replacement === kid[i]) continue;
            const changed = `${kid.slice(0, i)}${replacement}${kid.slice(i + 1)}`;
            expect(validateKid(changed, { algorithm: 'MOD10' }).valid).toBe(false);
          }
        }
      }),
    );
  });

  it('detects adjacent transpositions in a MOD10 KID except 09 ↔ 90, which Luhn misses', () => {
    fc.assert(
      fc.property(body, (b) => {
        const kid = kidOf(b, 'MOD10');
        for (let i = 0; i + 1 < kid.length; i += 1) {
          const pair = `${kid[i]}${kid[i + 1]}`;
          if (kid[i] === kid[i + 1]) continue;
          const expectedValid = pair === '09' || pair === '90';
          expect(validateKid(swap(kid, i), { algorithm: 'MOD10' }).valid).toBe(expectedValid);
        }
      }),
    );
  });

  it('never throws, whatever string it is given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const result = validateKid(s);
        expect(typeof result.valid).toBe('boolean');
      }),
    );
  });
});
