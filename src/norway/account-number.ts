// Norwegian bank account number (kontonummer, BBAN) — iso20022-norway.md §5.2: 11 digits
// (4-digit bank/register code, 2-digit account group, 4 digits, 1 check digit), MOD11 with
// weights 5,4,3,2,7,6,5,4,3,2; a body whose check value is 10 has no valid account number.
import { ACCOUNT_WEIGHTS, DIGITS, mod11CheckValue } from './check-digit.ts';
import { invalid, show } from './result.ts';
import type { NumberResult } from './result.ts';

export const ACCOUNT_NUMBER_REASONS = [
  'not-a-string',
  'empty',
  'invalid-characters',
  'wrong-length',
  'zero-prefix',
  'check-digit',
  'check-digit-impossible',
] as const;
export type AccountNumberReason = (typeof ACCOUNT_NUMBER_REASONS)[number];

export interface AccountNumberDetails {
  /** `8601.11.17947`: the display form. */
  formatted: string;
  /** The 4-digit bank/register code (`8601`). */
  bankCode: string;
}

export type AccountNumberResult = NumberResult<AccountNumberReason, AccountNumberDetails>;

// §5.2: `8601 11 17947` and `8601.11.17947` are both common display forms [C] (S3, S7).
const SEPARATORS = /[\s.]/g;

export interface AccountNumberOptions {
  /**
   * [I] §5.2: default false — a `0000` register code is rejected (NoCommons does; python-stdnum
   * instead reads it as an old postgiro number). True applies only the MOD11 check.
   */
  allowZeroPrefix?: boolean;
}

/** Validates a kontonummer given as 11 digits, or with spaces or dots (`8601.11.17947`). */
export function validateAccountNumber(
  input: unknown,
  options: AccountNumberOptions = {},
): AccountNumberResult {
  if (typeof input !== 'string') {
    return invalid('not-a-string', `An account number must be a string, got ${show(input)}.`);
  }
  const digits = input.replace(SEPARATORS, '');
  if (digits === '') return invalid('empty', 'The account number is empty.');
  if (!DIGITS.test(digits)) {
    return invalid(
      'invalid-characters',
      `Account number ${show(input)} may hold only digits, spaces and dots (e.g. 8601.11.17947).`,
    );
  }
  if (digits.length !== 11) {
    return invalid(
      'wrong-length',
      `Account number ${show(input)} has ${digits.length} digits; a Norwegian account number has 11.`,
    );
  }
  const prefixProblem = options.allowZeroPrefix ? undefined : checkPrefix(digits, input);
  if (prefixProblem) return prefixProblem;

  const body = digits.slice(0, 10);
  const check = mod11CheckValue(body, ACCOUNT_WEIGHTS);
  if (check === 10) {
    return invalid(
      'check-digit-impossible',
      `Account number ${show(input)} cannot exist: no check digit is valid for ${body} (MOD11 gives 10).`,
    );
  }
  if (String(check) !== digits.slice(10)) {
    return invalid(
      'check-digit',
      `Account number ${show(input)} fails the MOD11 check: its last digit should be ${check}. Check for a typo.`,
    );
  }
  return { valid: true, value: digits, formatted: formatDigits(digits), bankCode: digits.slice(0, 4) };
}

// [I] §5.2: NoCommons rejects a `0000` prefix; python-stdnum treats it as an old postgiro
// number. A bank simulator rejects it.
function checkPrefix(digits: string, input: string) {
  if (!digits.startsWith('0000')) return undefined;
  return invalid(
    'zero-prefix',
    `Account number ${show(input)} starts with 0000, which is not a bank register code.`,
  );
}

function formatDigits(digits: string, separator = '.'): string {
  return `${digits.slice(0, 4)}${separator}${digits.slice(4, 6)}${separator}${digits.slice(6)}`;
}

/**
 * `86011117947` → `8601.11.17947` (or `8601 11 17947` with separator ' '). Formats any input
 * that holds 11 digits (separators allowed); returns anything else unchanged, never throws.
 */
export function formatAccountNumber(input: string, separator: '.' | ' ' = '.'): string {
  if (typeof input !== 'string') return String(input);
  const digits = input.replace(SEPARATORS, '');
  return DIGITS.test(digits) && digits.length === 11 ? formatDigits(digits, separator) : input;
}

/** The account number for a 10-digit body (register code, group, account), if one exists. */
export function makeAccountNumber(body: unknown, options: AccountNumberOptions = {}): AccountNumberResult {
  if (typeof body !== 'string') {
    return invalid('not-a-string', `An account number body must be a string, got ${show(body)}.`);
  }
  const digits = body.replace(SEPARATORS, '');
  if (digits === '') return invalid('empty', 'The account number body is empty.');
  if (!DIGITS.test(digits)) {
    return invalid('invalid-characters', `Account number body ${show(body)} must be digits only.`);
  }
  if (digits.length !== 10) {
    return invalid(
      'wrong-length',
      `Account number body ${show(body)} has ${digits.length} digits; it needs 10 (the check digit is added).`,
    );
  }
  const prefixProblem = options.allowZeroPrefix ? undefined : checkPrefix(digits, body);
  if (prefixProblem) return prefixProblem;
  const check = mod11CheckValue(digits, ACCOUNT_WEIGHTS);
  if (check === 10) {
    return invalid(
      'check-digit-impossible',
      `No account number exists with body ${show(body)}: MOD11 gives a check value of 10.`,
    );
  }
  return validateAccountNumber(`${digits}${check}`, options);
}
