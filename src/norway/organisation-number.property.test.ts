// Properties of the organisasjonsnummer check digit (iso20022-norway.md §5.3).
//
// Guarantee: weights 3,2,7,6,5,4,3,2 on the body and 1 on the check digit give Σ wᵢ·dᵢ ≡ 0
// (mod 11). Every weight is 1..7 (so every single-digit change is detected) and adjacent weights
// always differ (3,2,7,6,5,4,3,2,1), so every adjacent transposition of two different digits, at
// any of the 9 positions, is detected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeOrganisationNumber, validateOrganisationNumber } from './organisation-number.ts';

const digit = fc.constantFrom(...'0123456789');
const validOrgNumber = fc
  .string({ unit: digit, minLength: 8, maxLength: 8 })
  .map((body) => makeOrganisationNumber(body))
  .filter((result) => result.valid)
  .map((result) => result.value);

describe('organisasjonsnummer properties', () => {
  it('a number made from any 8-digit body validates', () => {
    fc.assert(
      fc.property(validOrgNumber, (orgnr) => {
        expect(validateOrganisationNumber(orgnr)).toMatchObject({ valid: true, value: orgnr });
      }),
    );
  });

  it('detects every single-digit change', () => {
    fc.assert(
      fc.property(validOrgNumber, (orgnr) => {
        for (let i = 0; i < 9; i += 1) {
          for (const replacement of '0123456789') {
            if (replacement === orgnr[i]) continue;
            expect(
              validateOrganisationNumber(`${orgnr.slice(0, i)}${replacement}${orgnr.slice(i + 1)}`).valid,
            ).toBe(false);
          }
        }
      }),
    );
  });

  it('detects every adjacent transposition of two different digits', () => {
    fc.assert(
      fc.property(validOrgNumber, (orgnr) => {
        for (let i = 0; i < 8; i += 1) {
          if (orgnr[i] === orgnr[i + 1]) continue;
          const swapped = `${orgnr.slice(0, i)}${orgnr[i + 1]}${orgnr[i]}${orgnr.slice(i + 2)}`;
          expect(validateOrganisationNumber(swapped).valid).toBe(false);
        }
      }),
    );
  });
});
