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

const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;

/** Parses an ISO decimal text into exact øre; `ore` is null when it cannot be held in whole øre. */
export function parseIsoAmount(raw: string): IsoAmount {
  const text = raw.trim();
  const match = DECIMAL.exec(text);
  if (!match) return { ore: null, text };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  // Digits beyond the second fraction digit must be zeros to be whole øre (10.50000 is fine, 10.005 is not).
  if (/[1-9]/.test(fraction.slice(2))) return { ore: null, text };
  const oreDigits = `${whole}${fraction.slice(0, 2).padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  const ore = Number(oreDigits);
  return Number.isSafeInteger(ore) ? { ore, text } : { ore: null, text };
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
