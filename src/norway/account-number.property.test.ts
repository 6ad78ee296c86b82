// Properties of the kontonummer check digit (iso20022-norway.md §5.2).
//
// Guarantee: with weights 5,4,3,2,7,6,5,4,3,2 on the body and 1 on the check digit, a valid number
// has Σ wᵢ·dᵢ ≡ 0 (mod 11). A single-digit change by δ moves the sum by w·δ ≢ 0 (11 is prime,
// 1 ≤ w ≤ 7, |δ| ≤ 9), and swapping adjacent digits a ≠ b moves it by (a − b)(w − w'), where
// adjacent weights always differ (5,4,3,2,7,6,5,4,3,2,1). So every single-digit change and every
// adjacent transposition of two different digits, at any of the 11 positions, is detected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAccountNumber, makeAccountNumber, validateAccountNumber } from './account-number.ts';

const digit = fc.constantFrom(...'0123456789');
const validAccount = fc
  .string({ unit: digit, minLength: 10, maxLength: 10 })
  .map((body) => makeAccountNumber(body))
  .filter((result) => result.valid)
  .map((result) => result.value);

describe('kontonummer properties', () => {
  it('a number made from any body validates, also in its display form', () => {
    fc.assert(
      fc.property(validAccount, (account) => {
        expect(validateAccountNumber(account)).toMatchObject({ valid: true, value: account });
        expect(validateAccountNumber(formatAccountNumber(account))).toMatchObject({
          valid: true,
          value: account,
        });
        expect(validateAccountNumber(formatAccountNumber(account, ' '))).toMatchObject({
          valid: true,
          value: account,
        });
      }),
    );
  });

  it('detects every single-digit change', () => {
    fc.assert(
      fc.property(validAccount, (account) => {
        for (let i = 0; i < 11; i += 1) {
          for (const replacement of '0123456789') {
            if (replacement === account[i]) continue;
            expect(
              validateAccountNumber(`${account.slice(0, i)}${replacement}${account.slice(i + 1)}`).valid,
            ).toBe(false);
          }
        }
      }),
    );
  });

  it('detects every adjacent transposition of two different digits', () => {
    fc.assert(
      fc.property(validAccount, (account) => {
        for (let i = 0; i < 10; i += 1) {
          if (account[i] === account[i + 1]) continue;
          const swapped = `${account.slice(0, i)}${account[i + 1]}${account[i]}${account.slice(i + 2)}`;
          expect(validateAccountNumber(swapped).valid).toBe(false);
        }
      }),
    );
  });
});
