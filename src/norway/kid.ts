// KID (kundeidentifikasjonsnummer), the payment reference a payee's bank agreement checks —
// iso20022-norway.md §5.1. MOD10 (Luhn) or MOD11 (weights 2..7 from the right, `-` for a
// check value of 10), 2–25 characters, and a `-` only as the last character of a MOD11 KID.
import { DIGITS, cyclingMod11Weights, luhnCheckDigit, mod11CheckValue } from './check-digit.ts';
import { invalid, show } from './result.ts';
import type { Invalid, NumberResult } from './result.ts';

export type KidAlgorithm = 'MOD10' | 'MOD11';
export const KID_ALGORITHMS: readonly KidAlgorithm[] = ['MOD10', 'MOD11'];

// [I] Library default 2..25 (Ondkloss: body 1..24; Monitor ERP "2 to 25 digits"); Nets and
// NoCommons say 4..25, which agreements express through `lengths` — §5.1 "Lengths".
export const KID_MIN_LENGTH = 2;
export const KID_MAX_LENGTH = 25;

/** A bank account holds at most 3 KID definitions (§5.1, S43); the bank agreement enforces it. */
export const MAX_KID_DEFINITIONS_PER_ACCOUNT = 3;

export const KID_REASONS = [
  'not-a-string',
  'empty',
  'invalid-characters',
  'dash-not-last',
  'dash-not-allowed',
  'wrong-length',
  'length-not-agreed',
  'check-digit',
  'unknown-algorithm',
  'no-kid-agreement',
] as const;
export type KidReason = (typeof KID_REASONS)[number];

export interface KidDetails {
  /** The algorithm the KID was accepted under (MOD10 first when `ANY` and both match). */
  algorithm: KidAlgorithm;
  /** Every algorithm whose check the KID passes (a few KIDs pass both). */
  matchedAlgorithms: KidAlgorithm[];
}

export type KidResult = NumberResult<KidReason, KidDetails>;

export interface KidOptions {
  /** Default `ANY`: accept either check (NoCommons order: MOD10, then MOD11). */
  algorithm?: KidAlgorithm | 'ANY';
  /** Allowed total lengths (check character included), e.g. from the payee's agreement. */
  lengths?: readonly number[];
}

/** The Luhn check digit of a digit body, or null when the body is not 1+ digits. */
export function mod10CheckDigit(body: string): string | null {
  if (typeof body !== 'string' || !DIGITS.test(body)) return null;
  return String(luhnCheckDigit(body));
}

/** The MOD11 check character (`0`-`9`, or `-` for 10) of a digit body, or null when not 1+ digits. */
export function mod11CheckDigit(body: string): string | null {
  if (typeof body !== 'string' || !DIGITS.test(body)) return null;
  const value = mod11CheckValue(body, cyclingMod11Weights(body.length));
  // §5.1 MOD11: remainder 0 → `0`; a check value of 10 is written `-` (KID only).
  return value === 10 ? '-' : String(value);
}

function isAlgorithmOption(value: unknown): value is KidAlgorithm | 'ANY' {
  return value === 'MOD10' || value === 'MOD11' || value === 'ANY';
}

/** Checks a KID arithmetically and, when `lengths` is given, against the allowed lengths. */
export function validateKid(kid: unknown, options: KidOptions = {}): KidResult {
  const algorithm = options.algorithm ?? 'ANY';
  if (!isAlgorithmOption(algorithm)) {
    return invalid('unknown-algorithm', `Unknown KID algorithm ${show(algorithm)}: use MOD10, MOD11 or ANY.`);
  }
  if (typeof kid !== 'string') return invalid('not-a-string', `A KID must be a string, got ${show(kid)}.`);
  if (kid === '') return invalid('empty', 'The KID is empty.');
  if (/[^0-9-]/.test(kid)) {
    return invalid(
      'invalid-characters',
      `KID ${show(kid)} may hold only digits and a final '-' (no spaces or letters).`,
    );
  }
  const dash = kid.indexOf('-');
  // §5.1: "-" is part of the KID, but only as the last character (S48, S49).
  if (dash !== -1 && dash !== kid.length - 1) {
    return invalid('dash-not-last', `KID ${show(kid)} has a '-' that is not its last character.`);
  }
  if (kid.length < KID_MIN_LENGTH || kid.length > KID_MAX_LENGTH) {
    return invalid(
      'wrong-length',
      `KID ${show(kid)} has ${kid.length} characters; a KID has ${KID_MIN_LENGTH} to ${KID_MAX_LENGTH}.`,
    );
  }
  if (options.lengths !== undefined && !options.lengths.includes(kid.length)) {
    return invalid(
      'length-not-agreed',
      `KID ${show(kid)} has ${kid.length} characters; the agreement allows ${describeLengths(options.lengths)}.`,
    );
  }

  const body = kid.slice(0, -1);
  const check = kid.slice(-1);
  const mod10 = mod10CheckDigit(body);
  const mod11 = mod11CheckDigit(body);
  const matchedAlgorithms: KidAlgorithm[] = [];
  if (mod10 === check) matchedAlgorithms.push('MOD10');
  if (mod11 === check) matchedAlgorithms.push('MOD11');

  if (algorithm === 'MOD10' && check === '-') {
    return invalid('dash-not-allowed', `KID ${show(kid)} ends in '-', which only a MOD11 KID can.`);
  }
  const accepted =
    algorithm === 'ANY' ? matchedAlgorithms[0] : matchedAlgorithms.find((a) => a === algorithm);
  if (accepted === undefined) {
    return invalid('check-digit', checkDigitMessage(kid, body, algorithm, mod10, mod11));
  }
  return { valid: true, value: kid, algorithm: accepted, matchedAlgorithms };
}

function checkDigitMessage(
  kid: string,
  body: string,
  algorithm: KidAlgorithm | 'ANY',
  mod10: string | null,
  mod11: string | null,
): string {
  const mod10Text = `MOD10 (Luhn) would end in ${mod10 ?? '?'} (${body}${mod10 ?? ''})`;
  const mod11Text = `MOD11 would end in ${mod11 ?? '?'} (${body}${mod11 ?? ''})`;
  const expected =
    algorithm === 'MOD10' ? mod10Text : algorithm === 'MOD11' ? mod11Text : `${mod10Text}; ${mod11Text}`;
  const which = algorithm === 'ANY' ? 'passes neither the MOD10 nor the MOD11' : `fails the ${algorithm}`;
  return `KID ${show(kid)} ${which} check: ${expected}. Check the KID against the invoice.`;
}

function describeLengths(lengths: readonly number[]): string {
  if (lengths.length === 0) return 'no length at all';
  return `${[...lengths].sort((a, b) => a - b).join(', ')} characters`;
}

/** Builds a KID from a digit body (1–24 digits) by appending the check character. */
export function makeKid(body: unknown, algorithm: KidAlgorithm): KidResult {
  if (algorithm !== 'MOD10' && algorithm !== 'MOD11') {
    return invalid('unknown-algorithm', `Unknown KID algorithm ${show(algorithm)}: use MOD10 or MOD11.`);
  }
  if (typeof body !== 'string')
    return invalid('not-a-string', `A KID body must be a string, got ${show(body)}.`);
  if (body === '') return invalid('empty', 'The KID body is empty.');
  if (!DIGITS.test(body)) {
    return invalid('invalid-characters', `KID body ${show(body)} must be digits only.`);
  }
  if (body.length > KID_MAX_LENGTH - 1) {
    return invalid(
      'wrong-length',
      `KID body ${show(body)} has ${body.length} digits; with its check character a KID has at most ${KID_MAX_LENGTH}.`,
    );
  }
  const check = algorithm === 'MOD10' ? mod10CheckDigit(body) : mod11CheckDigit(body);
  return validateKid(`${body}${check ?? ''}`, { algorithm });
}

/**
 * One KID definition of a payee: the MPS issuer form `{ algorithm, lengths: [n] }` (ARCHITECTURE
 * §5.3) or the bank account form `{ algorithm, length }` (§5.4). Without either, any 2–25.
 */
export interface KidAgreement {
  algorithm: KidAlgorithm;
  lengths?: readonly number[];
  length?: number;
}

export type KidAgreementResult = NumberResult<KidReason, KidDetails & { definitionIndex: number }>;

/**
 * Checks a KID against the payee's agreement: the KID is accepted when it fits any one of the
 * definitions (a bank account has up to 3, §5.1 S43). A wrong KID is what the bank reports as
 * "Ugyldig KID-nummer" (RR09 / AC03).
 */
export function validateKidForAgreement(
  kid: unknown,
  agreement: KidAgreement | readonly KidAgreement[],
): KidAgreementResult {
  const definitions: readonly KidAgreement[] = Array.isArray(agreement)
    ? agreement
    : [agreement as KidAgreement];
  if (definitions.length === 0) {
    return invalid(
      'no-kid-agreement',
      `The payee has no KID agreement, so KID ${show(kid)} cannot be accepted.`,
    );
  }
  const failures: Invalid<KidReason>[] = [];
  for (const [definitionIndex, definition] of definitions.entries()) {
    const lengths = definition.lengths ?? (definition.length === undefined ? undefined : [definition.length]);
    const result = validateKid(kid, { algorithm: definition.algorithm, lengths });
    if (result.valid) return { ...result, definitionIndex };
    failures.push(result);
  }
  // Prefer a failure where the length did fit (its reason is the useful one: a wrong check digit).
  const specific = failures.find((failure) => failure.reason !== 'length-not-agreed');
  if (specific !== undefined) return specific;
  const agreed = definitions.flatMap((d) => d.lengths ?? (d.length === undefined ? [] : [d.length]));
  return invalid(
    'length-not-agreed',
    `KID ${show(kid)} has ${typeof kid === 'string' ? kid.length : 0} characters; the payee's KID agreement allows ${describeLengths([...new Set(agreed)])}.`,
  );
}
