// Properties of national identity numbers (iso20022-norway.md §5.4).
//
// Guarantee: k2 (unchanged by the 2032 rule) makes Σ wᵢ·dᵢ ≡ 0 (mod 11) over all 11 digits with
// weights 5,4,3,2,7,6,5,4,3,2,1: every weight is 1..7 and adjacent weights differ, so every
// single-digit change and every adjacent transposition of two different digits is detected, under
// the classic rule and under the 2032 rule alike (k1's own check is then only extra protection).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../world/rng.ts';
import { makeNationalId, validateNationalId } from './national-id.ts';
import type { Gender, NationalIdKind } from './national-id.ts';

const birthDate = fc
  .date({ min: new Date('1854-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const kind = fc.constantFrom<NationalIdKind>('fnr', 'dnr', 'hnr', 'tnr');
const gender = fc.constantFrom<Gender>('male', 'female');
const seed = fc.integer({ min: 0, max: 0xffffffff });

const validId = fc.tuple(birthDate, kind, gender, seed).map(([b, k, g, s]) => {
  const made = makeNationalId({ birthDate: b, kind: k, gender: g }, new SeededRandom(s));
  if (!made.valid) throw new Error(`makeNationalId refused ${b} ${k} ${g}: ${made.message}`);
  return made.value;
});

describe('national identity number properties', () => {
  it('a number made for any birth date 1854–2039, kind and gender validates with those details', () => {
    fc.assert(
      fc.property(birthDate, kind, gender, seed, (b, k, g, s) => {
        const made = makeNationalId({ birthDate: b, kind: k, gender: g }, new SeededRandom(s));
        expect(made).toMatchObject({
          valid: true,
          birthDate: b,
          kind: k,
          gender: g,
          requires2032Rule: false,
        });
        if (made.valid) {
          expect(validateNationalId(made.value, { allow2032Rule: false, today: b })).toMatchObject({
            valid: true,
          });
        }
      }),
    );
  });

  it('detects every single-digit change, under both rules', () => {
    fc.assert(
      fc.property(validId, (id) => {
        for (let i = 0; i < 11; i += 1) {
          for (const replacement of '0123456789') {
            if (replacement === id[i]) continue;
            const changed = `${id.slice(0, i)}${replacement}${id.slice(i + 1)}`;
            expect(validateNationalId(changed).valid).toBe(false);
          }
        }
      }),
    );
  });

  it('detects every adjacent transposition of two different digits, under both rules', () => {
    fc.assert(
      fc.property(validId, (id) => {
        for (let i = 0; i < 10; i += 1) {
          if (id[i] === id[i + 1]) continue;
          const swapped = `${id.slice(0, i)}${id[i + 1]}${id[i]}${id.slice(i + 2)}`;
          expect(validateNationalId(swapped).valid).toBe(false);
        }
      }),
    );
  });

  it('never throws on any 11-digit string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 11, maxLength: 11 }),
        (s) => {
          expect(typeof validateNationalId(s, { today: '2026-01-15' }).valid).toBe('boolean');
        },
      ),
    );
  });
});
