// Norwegian mobile numbers — efaktura-b2c.md §10.1: the register normalises `+47xxxxxxxx`,
// `0047…` and `47xxxxxxxx` (the no-plus form MPS-facing APIs use: Zirius `4790037509`,
// Vipps `4797777776`, §2.3) to E.164. Norwegian numbers have 8 digits; mobiles start with 4
// or 9, geographic (landline) numbers with 2, 3, 5, 6 or 7 (Nkom numbering plan).
import { invalid, show } from './result.ts';
import type { NumberResult } from './result.ts';

export const MOBILE_REASONS = [
  'not-a-string',
  'empty',
  'invalid-characters',
  'wrong-length',
  'foreign-number',
  'landline',
  'not-a-mobile',
] as const;
export type MobileReason = (typeof MOBILE_REASONS)[number];

export interface MobileDetails {
  /** The 8-digit national number (`91234567`); `value` is E.164 (`+4791234567`). */
  national: string;
}

export type MobileResult = NumberResult<MobileReason, MobileDetails>;

// Spaces, hyphens, dots and parentheses are formatting; a single leading '+' is the E.164 prefix.
const FORMATTING = /[\s\-.()]/g;

type Parsed =
  | { kind: 'norwegian'; national: string }
  | { kind: 'foreign'; digits: string }
  | { kind: 'error'; reason: 'empty' | 'invalid-characters' | 'wrong-length'; detail: string };

function parse(input: string): Parsed {
  const compact = input.replace(FORMATTING, '');
  if (compact === '') return { kind: 'error', reason: 'empty', detail: 'is empty' };
  if (!/^\+?[0-9]+$/.test(compact)) {
    return {
      kind: 'error',
      reason: 'invalid-characters',
      detail: 'may hold only digits, a leading +, and spaces',
    };
  }
  // International forms: +CC… and 00CC…; only country code 47 is Norwegian.
  const international = compact.startsWith('+')
    ? compact.slice(1)
    : compact.startsWith('00')
      ? compact.slice(2)
      : null;
  if (international !== null) {
    if (!international.startsWith('47')) return { kind: 'foreign', digits: international };
    return national(international.slice(2));
  }
  // 47 + 8 digits without a plus (Zirius, Vipps); 8 digits is the national form.
  if (compact.length === 10 && compact.startsWith('47')) return national(compact.slice(2));
  return national(compact);
}

function national(digits: string): Parsed {
  if (digits.length !== 8) {
    return {
      kind: 'error',
      reason: 'wrong-length',
      detail: `has ${digits.length} digits after any country code; a Norwegian number has 8`,
    };
  }
  return { kind: 'norwegian', national: digits };
}

/** A Norwegian mobile number in any common form → E.164 `+47XXXXXXXX`. */
export function validateMobile(input: unknown): MobileResult {
  if (typeof input !== 'string')
    return invalid('not-a-string', `A mobile number must be a string, got ${show(input)}.`);
  const parsed = parse(input);
  if (parsed.kind === 'error')
    return invalid(parsed.reason, `Mobile number ${show(input)} ${parsed.detail}.`);
  if (parsed.kind === 'foreign') {
    return invalid(
      'foreign-number',
      `${show(input)} is not a Norwegian number (country code is not 47); eFaktura matching uses Norwegian mobiles.`,
    );
  }
  const first = parsed.national[0];
  if (first === '4' || first === '9') {
    return { valid: true, value: `+47${parsed.national}`, national: parsed.national };
  }
  if (first === '2' || first === '3' || first === '5' || first === '6' || first === '7') {
    return invalid(
      'landline',
      `${show(input)} is a Norwegian landline number; a mobile number starts with 4 or 9.`,
    );
  }
  return invalid(
    'not-a-mobile',
    `${show(input)} is not a Norwegian mobile number (8xx are service numbers, 0xx and 1xx are not subscriber numbers); a mobile starts with 4 or 9.`,
  );
}

/** The E.164 form of a Norwegian mobile, or null when it is not one. */
export function normaliseMobile(input: unknown): string | null {
  const result = validateMobile(input);
  return result.valid ? result.value : null;
}

/**
 * The key MPS search compares phone numbers on: the same normalisation as validateMobile, but
 * any Norwegian 8-digit number (`+47XXXXXXXX`) or foreign `+CC…` number keeps a key, so two
 * spellings of one number always compare equal. Null when the input is no phone number at all.
 */
export function phoneForMatching(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const parsed = parse(input);
  if (parsed.kind === 'norwegian') return `+47${parsed.national}`;
  if (parsed.kind === 'foreign') return `+${parsed.digits}`;
  return null;
}
