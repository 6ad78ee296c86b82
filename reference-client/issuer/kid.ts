// KIDs the issuer prints on its invoices. The issuer's eFaktura agreement (and its bank's KID
// agreement) fixes the algorithm and the total length; the KID carries the customer number (the
// common practice: "00 + customer number = digits 3–13 of the KID", efaktura-b2c.md §3 [C] S24,
// S43, S44) followed by a per-customer invoice counter, then the check character
// (iso20022-norway.md §5.1: MOD10 Luhn; MOD11 with `-` for a check value of 10).
import { makeKid } from '../../src/norway/kid.ts';
import type { KidAlgorithm } from '../../src/norway/kid.ts';
import type { MutantName } from '../mutants.ts';

export interface KidLayout {
  /** Digits for the customer part (left-padded with zeros). */
  customerDigits: number;
  /** Digits for the invoice counter (wraps around). */
  counterDigits: number;
}

/** Splits the KID body (length − 1) between the customer part and a counter of 2–5 digits. */
export function kidLayout(length: number): KidLayout {
  const body = length - 1;
  const counterDigits = Math.max(2, Math.min(5, Math.floor(body / 3)));
  return { customerDigits: body - counterDigits, counterDigits };
}

/**
 * The digits that represent a customer in the KID: the customer number itself when it is digits,
 * fits and is free; otherwise the highest free number (so "C-1042" still gets a KID, and two
 * customers never share one).
 */
export function kidCustomerPart(
  customerNumber: string,
  isTaken: (part: string) => boolean,
  layout: KidLayout,
): string {
  const own = /^[0-9]+$/.test(customerNumber) ? customerNumber.replace(/^0+(?=.)/, '') : undefined;
  if (own !== undefined && own.length <= layout.customerDigits) {
    const part = own.padStart(layout.customerDigits, '0');
    if (!isTaken(part)) return part;
  }
  for (let candidate = 10 ** layout.customerDigits - 1; candidate >= 0; candidate -= 1) {
    const part = String(candidate).padStart(layout.customerDigits, '0');
    if (!isTaken(part)) return part;
  }
  throw new RangeError(
    `no free customer number left in the ${layout.customerDigits} customer digits of the KID`,
  );
}

/** The KID for a customer's n-th invoice. */
export function issueKid(
  customerPart: string,
  counter: number,
  kid: { algorithm: KidAlgorithm; length: number },
  mutant?: MutantName,
): string {
  const layout = kidLayout(kid.length);
  const counterText = String(counter % 10 ** layout.counterDigits).padStart(layout.counterDigits, '0');
  const body = `${customerPart}${counterText}`;
  const made = makeKid(body, kid.algorithm);
  if (!made.valid) throw new Error(`KID body ${body} is not usable: ${made.message}`);
  const check = made.value.slice(-1);
  // MUTANT: mod10-check-digit-ten — the classic Luhn bug `10 − (sum mod 10)` without the final
  // `mod 10`: a sum that is a multiple of 10 gives "10" instead of "0".
  if (mutant === 'mod10-check-digit-ten' && kid.algorithm === 'MOD10' && check === '0') return `${body}10`;
  // MUTANT: mod11-no-dash — writes 0 for a check value of 10 instead of the required "-".
  if (mutant === 'mod11-no-dash' && kid.algorithm === 'MOD11' && check === '-') return `${body}0`;
  return made.value;
}
