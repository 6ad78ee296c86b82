// Organisasjonsnummer — iso20022-norway.md §5.3 (Brønnøysund): 9 digits, weights
// 3,2,7,6,5,4,3,2, check = 11 − (sum mod 11), 11 → 0; a check value of 10 is not allowed
// ("- (minus) is not a valid check digit for the organization number").
import { DIGITS, mod11CheckValue, ORGANISATION_NUMBER_WEIGHTS } from './check-digit.ts';
import { invalid, show } from './result.ts';
import type { NumberResult } from './result.ts';

export const ORGANISATION_NUMBER_REASONS = [
  'not-a-string',
  'empty',
  'invalid-characters',
  'wrong-length',
  'check-digit',
  'check-digit-impossible',
] as const;
export type OrganisationNumberReason = (typeof ORGANISATION_NUMBER_REASONS)[number];

export interface OrganisationNumberDetails {
  /** `123 456 785`: the display form. */
  formatted: string;
}

export type OrganisationNumberResult = NumberResult<OrganisationNumberReason, OrganisationNumberDetails>;

/** Validates an organisation number given as 9 digits, spaces allowed (`123 456 785`). */
export function validateOrganisationNumber(input: unknown): OrganisationNumberResult {
  if (typeof input !== 'string') {
    return invalid('not-a-string', `An organisation number must be a string, got ${show(input)}.`);
  }
  const digits = input.replace(/\s/g, '');
  if (digits === '') return invalid('empty', 'The organisation number is empty.');
  if (!DIGITS.test(digits)) {
    return invalid(
      'invalid-characters',
      `Organisation number ${show(input)} must be digits only (no NO prefix or MVA suffix).`,
    );
  }
  if (digits.length !== 9) {
    return invalid(
      'wrong-length',
      `Organisation number ${show(input)} has ${digits.length} digits; an organisation number has 9.`,
    );
  }
  const check = mod11CheckValue(digits.slice(0, 8), ORGANISATION_NUMBER_WEIGHTS);
  if (check === 10) {
    return invalid(
      'check-digit-impossible',
      `Organisation number ${show(input)} cannot exist: MOD11 gives 10 for ${digits.slice(0, 8)}.`,
    );
  }
  if (String(check) !== digits.slice(8)) {
    return invalid(
      'check-digit',
      `Organisation number ${show(input)} fails the MOD11 check: its last digit should be ${check}. Check for a typo.`,
    );
  }
  return {
    valid: true,
    value: digits,
    formatted: `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`,
  };
}

/** The organisation number for an 8-digit body, if one exists (12345678 → 123456785). */
export function makeOrganisationNumber(body: unknown): OrganisationNumberResult {
  if (typeof body !== 'string') {
    return invalid('not-a-string', `An organisation number body must be a string, got ${show(body)}.`);
  }
  if (body === '') return invalid('empty', 'The organisation number body is empty.');
  if (!DIGITS.test(body)) {
    return invalid('invalid-characters', `Organisation number body ${show(body)} must be digits only.`);
  }
  if (body.length !== 8) {
    return invalid(
      'wrong-length',
      `Organisation number body ${show(body)} has ${body.length} digits; it needs 8 (the check digit is added).`,
    );
  }
  const check = mod11CheckValue(body, ORGANISATION_NUMBER_WEIGHTS);
  if (check === 10) {
    return invalid(
      'check-digit-impossible',
      `No organisation number exists with body ${show(body)}: MOD11 gives a check value of 10.`,
    );
  }
  return validateOrganisationNumber(`${body}${check}`);
}
