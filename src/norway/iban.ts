// IBAN — iso20022-norway.md §2.3: a Norwegian IBAN is `NO` + 2 check digits + the 11-digit
// BBAN (15 characters). It must pass mod-97 AND its embedded BBAN must pass the kontonummer
// MOD11 (`NO23 8601 1117 946` passes mod-97 but is no account, S3). Other countries' IBANs
// get the mod-97, length and format checks only (the bench vouches for no foreign national check).
import {
  composeIBAN,
  friendlyFormatIBAN,
  getCountrySpecifications,
  validateIBAN as ibantoolsValidateIban,
  ValidationErrorsIBAN,
} from 'ibantools';
import { validateAccountNumber } from './account-number.ts';
import type { AccountNumberDetails, AccountNumberOptions, AccountNumberReason } from './account-number.ts';
import { invalid, show } from './result.ts';
import type { NumberResult } from './result.ts';

export const IBAN_REASONS = [
  'not-a-string',
  'empty',
  'invalid-characters',
  'unknown-country',
  'not-norwegian',
  'wrong-length',
  'wrong-format',
  'checksum',
  'bban-zero-prefix',
  'bban-check-digit',
  'bban-check-digit-impossible',
] as const;
export type IbanReason = (typeof IBAN_REASONS)[number];

export interface IbanDetails {
  /** ISO 3166 country code from the first two characters. */
  country: string;
  /** The country's BBAN: everything after the 4th character. */
  bban: string;
  /** Print format in groups of four: `NO93 8601 1117 947`. */
  formatted: string;
}

export type IbanResult = NumberResult<IbanReason, IbanDetails>;

const SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/;

/** Any country's IBAN (spaces allowed, case-insensitive); a Norwegian one gets the full NO check. */
export function validateIban(input: unknown, options: AccountNumberOptions = {}): IbanResult {
  const electronic = electronicForm(input);
  if (typeof electronic !== 'string') return electronic;
  const country = electronic.slice(0, 2);
  if (country === 'NO') return validateNorwegianIban(input, options);
  const spec = getCountrySpecifications()[country];
  if (spec?.chars === undefined || spec.chars === null) {
    return invalid(
      'unknown-country',
      `IBAN ${show(input)} starts with ${country}, which is not an IBAN country.`,
    );
  }
  const errors = ibantoolsValidateIban(electronic).errorCodes;
  if (errors.includes(ValidationErrorsIBAN.WrongBBANLength)) {
    return invalid(
      'wrong-length',
      `IBAN ${show(input)} has ${electronic.length} characters; a ${country} IBAN has ${spec.chars}.`,
    );
  }
  if (errors.includes(ValidationErrorsIBAN.WrongBBANFormat)) {
    return invalid('wrong-format', `IBAN ${show(input)} does not have the ${country} account number format.`);
  }
  if (errors.includes(ValidationErrorsIBAN.WrongIBANChecksum)) return checksumFailure(input);
  return {
    valid: true,
    value: electronic,
    country,
    bban: electronic.slice(4),
    formatted: format(electronic),
  };
}

/** A Norwegian IBAN: mod-97 and the embedded kontonummer's MOD11 (§2.3 simulator checks). */
export function validateNorwegianIban(input: unknown, options: AccountNumberOptions = {}): IbanResult {
  const electronic = electronicForm(input);
  if (typeof electronic !== 'string') return electronic;
  if (!electronic.startsWith('NO')) {
    return invalid('not-norwegian', `IBAN ${show(input)} is not Norwegian: it must start with NO.`);
  }
  if (electronic.length !== 15) {
    return invalid(
      'wrong-length',
      `IBAN ${show(input)} has ${electronic.length} characters; a Norwegian IBAN has 15 (NO, 2 check digits, 11-digit account).`,
    );
  }
  const bban = electronic.slice(4);
  if (!/^[0-9]{11}$/.test(bban)) {
    return invalid('wrong-format', `IBAN ${show(input)}: the account part ${show(bban)} must be 11 digits.`);
  }
  if (ibantoolsValidateIban(electronic).errorCodes.includes(ValidationErrorsIBAN.WrongIBANChecksum)) {
    return checksumFailure(input);
  }
  const account = validateAccountNumber(bban, options);
  if (!account.valid) {
    const reason = bbanReason(account.reason);
    return invalid(
      reason,
      `IBAN ${show(input)} passes the mod-97 check, but its account number is not valid: ${account.message}`,
    );
  }
  return { valid: true, value: electronic, country: 'NO', bban, formatted: format(electronic) };
}

/** `86011117947` (or `8601.11.17947`) → `NO9386011117947`. */
export function bbanToIban(
  bban: unknown,
  options: AccountNumberOptions = {},
): NumberResult<AccountNumberReason, IbanDetails> {
  const account = validateAccountNumber(bban, options);
  if (!account.valid) return account;
  const iban = composeIBAN({ countryCode: 'NO', bban: account.value });
  if (iban === null) throw new Error(`bench bug: ibantools could not compose an IBAN for ${account.value}`);
  return { valid: true, value: iban, country: 'NO', bban: account.value, formatted: format(iban) };
}

/** `NO93 8601 1117 947` → `86011117947` (with its display form and bank code). */
export function ibanToBban(
  iban: unknown,
  options: AccountNumberOptions = {},
): NumberResult<IbanReason, AccountNumberDetails> {
  const result = validateNorwegianIban(iban, options);
  if (!result.valid) return result;
  const account = validateAccountNumber(result.bban, options);
  if (!account.valid)
    throw new Error(`bench bug: ${result.bban} passed as an IBAN's BBAN but not as an account`);
  return account;
}

function electronicForm(input: unknown): string | NumberResult<IbanReason, IbanDetails> {
  if (typeof input !== 'string')
    return invalid('not-a-string', `An IBAN must be a string, got ${show(input)}.`);
  const electronic = input.replace(/\s/g, '').toUpperCase();
  if (electronic === '') return invalid('empty', 'The IBAN is empty.');
  if (!SHAPE.test(electronic)) {
    return invalid(
      'invalid-characters',
      `IBAN ${show(input)} must be 2 letters, 2 check digits, then letters and digits (spaces allowed).`,
    );
  }
  return electronic;
}

function checksumFailure(input: unknown): IbanResult {
  return invalid(
    'checksum',
    `IBAN ${show(input)} fails the mod-97 check: a character is wrong or two are swapped.`,
  );
}

function bbanReason(reason: AccountNumberReason): IbanReason {
  if (reason === 'zero-prefix') return 'bban-zero-prefix';
  if (reason === 'check-digit-impossible') return 'bban-check-digit-impossible';
  return 'bban-check-digit';
}

function format(electronic: string): string {
  return friendlyFormatIBAN(electronic) ?? electronic;
}
