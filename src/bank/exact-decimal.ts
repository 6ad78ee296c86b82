// Exact arithmetic on ISO 20022 decimal amounts (ActiveOrHistoricCurrencyAndAmount and
// DecimalNumber: at most 5 fraction digits and 18 digits in all). Control sums are compared in
// units of 10⁻⁵ as bigint, so no float ever decides AM10 (iso20022-norway.md §2.1).

const FRACTION_DIGITS = 5;
// xs:decimal lexical space: optional sign, digits with an optional point ('.5' and '5.' included).
const DECIMAL = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/;

/** The amount in units of 10⁻⁵, or undefined when the text is not a decimal with ≤ 5 fraction digits. */
export function toScaled(text: string): bigint | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return undefined;
  const significantFraction = fraction.replace(/0+$/, '');
  if (significantFraction.length > FRACTION_DIGITS) return undefined;
  const scaled = BigInt(`${whole || '0'}${fraction.padEnd(FRACTION_DIGITS, '0').slice(0, FRACTION_DIGITS)}`);
  return sign === '-' ? -scaled : scaled;
}

/** Whole øre of a scaled amount, or undefined when it has fractions of an øre or is too large. */
export function scaledToOre(scaled: bigint): number | undefined {
  if (scaled % 1000n !== 0n) return undefined;
  const ore = Number(scaled / 1000n);
  return Number.isSafeInteger(ore) ? ore : undefined;
}

/**
 * Whole øre of any xs:decimal text ('1250.00' → 125000; also '+5', '.5', '5.'), or undefined. The
 * pain.001 reader's `decimalToOre` (iso-amount.ts) is a faster loop for unsigned amounts only, so
 * the rules fall back to this one for what it leaves unread.
 */
export function xsDecimalToOre(text: string): number | undefined {
  const scaled = toScaled(text);
  return scaled === undefined ? undefined : scaledToOre(scaled);
}

/** A scaled amount as decimal text with at least 2 fraction digits (for messages). */
export function scaledToText(scaled: bigint): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(FRACTION_DIGITS + 1, '0');
  const whole = digits.slice(0, -FRACTION_DIGITS);
  const fraction = digits.slice(-FRACTION_DIGITS).replace(/0+$/, '').padEnd(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
