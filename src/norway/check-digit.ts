// The two check-digit kernels behind every Norwegian number (iso20022-norway.md §5):
// Luhn (KID MOD10) and weighted modulus 11 (KID MOD11, kontonummer, organisasjonsnummer,
// fødselsnummer). Internal: callers have already checked that `digits` holds only 0-9.

/**
 * Luhn check digit — iso20022-norway.md §5.1 MOD10: from the right, weights 2,1,2,1…,
 * add the digit sums of the products, check = (10 − sum mod 10) mod 10.
 */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  let double = true;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9; // digit sum of a two-digit product 10..18
    }
    sum += d;
    double = !double;
  }
  return (10 - (sum % 10)) % 10;
}

/** Weights 2,3,4,5,6,7,2,3,… from the right (KID MOD11, §5.1), as a left-to-right list. */
export function cyclingMod11Weights(length: number): number[] {
  const weights: number[] = [];
  for (let i = 0; i < length; i += 1) weights.unshift(2 + (i % 6));
  return weights;
}

/** Σ wᵢ·dᵢ over the digits, weights aligned from the left. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum;
}

/**
 * The modulus-11 check value 0..10: 11 − (sum mod 11), with 11 → 0 (remainder 0 gives 0).
 * 10 has no digit: KID MOD11 writes it as `-`; kontonummer, orgnr and fødselsnummer have no
 * valid number for such a body (§5.1–§5.4).
 */
export function mod11CheckValue(digits: string, weights: readonly number[]): number {
  return (11 - (weightedSum(digits, weights) % 11)) % 11;
}

/** Weights of the kontonummer (5,4,3,2,7,6,5,4,3,2, §5.2): the cycling weights over 10 digits. */
export const ACCOUNT_WEIGHTS: readonly number[] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Weights of the organisasjonsnummer (3,2,7,6,5,4,3,2, §5.3): the cycling weights over 8 digits. */
export const ORGANISATION_NUMBER_WEIGHTS: readonly number[] = [3, 2, 7, 6, 5, 4, 3, 2];

export const DIGITS = /^[0-9]+$/;
