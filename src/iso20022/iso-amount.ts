// ISO 20022 amounts are decimals (ActiveOrHistoricCurrencyAndAmount: up to 18 digits, 5 of them
// fraction digits). The bench keeps money exact: whole øre as integers, never floats
// (ARCHITECTURE.md §4). The original text is kept so echoes (OrgnlCtrlSum) are byte-faithful.

/** An ISO decimal amount as read from a message. */
export interface IsoAmount {
  /** Whole øre, or null when the text is not a decimal or not representable in whole øre (e.g. 10.005). */
  ore: number | null;
  /** The decimal text as written in the message (trimmed). */
  text: string;
}

/** An amount with its currency attribute (`@Ccy`). */
export interface CurrencyAmount extends IsoAmount {
  currency: string;
}

/** Parses an ISO decimal text into exact øre; `ore` is null when it cannot be held in whole øre. */
export function parseIsoAmount(raw: string): IsoAmount {
  const text = raw.trim();
  return { ore: decimalToOre(text), text };
}

/**
 * Whole øre of an unsigned decimal (`1250`, `1250.5`, `1250.50000`), or null when the text is not
 * one, has a non-zero digit beyond the second fraction digit (10.005), or is too large to be exact.
 * A character loop rather than a regex: it runs for every amount of a 100,000-transaction file.
 */
export function decimalToOre(text: string): number | null {
  const n = text.length;
  if (n === 0) return null;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    whole = whole * 10 + d;
  }
  if (i === 0) return null;
  let fraction = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 /* . */ || i === n - 1) return null;
    let digits = 0;
    for (i++; i < n; i++, digits++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return null;
      if (digits < 2) fraction += digits === 0 ? d * 10 : d;
      else if (d !== 0) return null;
    }
  }
  const ore = whole * 100 + fraction;
  return Number.isSafeInteger(ore) && whole <= Number.MAX_SAFE_INTEGER / 100 ? ore : null;
}

/** Formats whole øre as an ISO decimal with two fraction digits (125000 → '1250.00'). */
export function oreToDecimal(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`oreToDecimal: ${ore} is not a whole number of øre`);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kroner = Math.trunc(abs / 100);
  const rest = abs % 100;
  return `${sign}${kroner}.${String(rest).padStart(2, '0')}`;
}
