// Random valid kontonummer (iso20022-norway.md §5.2) for generated worlds.
import { makeAccountNumber as accountFromBody } from '../norway/account-number.ts';
import type { SeededRandom } from './rng.ts';

export interface MakeAccountNumberOptions {
  /** The 4-digit bank/register code (not 0000); random (1000–9999) when omitted. */
  bankCode?: string;
}

/** A valid 11-digit BBAN, drawn from the rng (bodies whose check value is 10 are redrawn). */
export function makeAccountNumber(rng: SeededRandom, options: MakeAccountNumberOptions = {}): string {
  const { bankCode } = options;
  if (bankCode !== undefined && (!/^[0-9]{4}$/.test(bankCode) || bankCode === '0000')) {
    throw new RangeError(
      `makeAccountNumber: bank code ${JSON.stringify(bankCode)} must be 4 digits, not 0000`,
    );
  }
  for (;;) {
    const body = `${bankCode ?? String(rng.int(1000, 9999))}${rng.digits(6)}`;
    const result = accountFromBody(body);
    // About 1 body in 11 has no check digit (MOD11 gives 10): draw again.
    if (result.valid) return result.value;
  }
}
