// Properties of Norwegian IBANs (iso20022-norway.md §2.3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeAccountNumber } from './account-number.ts';
import { bbanToIban, ibanToBban, validateIban, validateNorwegianIban } from './iban.ts';

const digit = fc.constantFrom(...'0123456789');
const validAccount = fc
  .string({ unit: digit, minLength: 10, maxLength: 10 })
  .map((body) => makeAccountNumber(body))
  .filter((result) => result.valid)
  .map((result) => result.value);

describe('IBAN properties', () => {
  it('BBAN → IBAN → BBAN round-trips, and the IBAN is valid in electronic and print form', () => {
    fc.assert(
      fc.property(validAccount, (bban) => {
        const iban = bbanToIban(bban);
        if (!iban.valid) throw new Error(iban.message);
        expect(iban.value).toMatch(/^NO[0-9]{13}$/);
        expect(ibanToBban(iban.value)).toMatchObject({ valid: true, value: bban });
        expect(validateNorwegianIban(iban.formatted)).toMatchObject({ valid: true, value: iban.value });
        expect(validateIban(iban.value.toLowerCase())).toMatchObject({ valid: true, country: 'NO', bban });
      }),
    );
  });

  it('rejects every single-digit change of a Norwegian IBAN (mod-97 catches it)', () => {
    fc.assert(
      fc.property(validAccount, (bban) => {
        const iban = bbanToIban(bban);
        if (!iban.valid) throw new Error(iban.message);
        for (let i = 2; i < 15; i += 1) {
          for (const replacement of '0123456789') {
            if (replacement === iban.value[i]) continue;
            expect(
              validateNorwegianIban(`${iban.value.slice(0, i)}${replacement}${iban.value.slice(i + 1)}`)
                .valid,
            ).toBe(false);
          }
        }
      }),
    );
  });
});
