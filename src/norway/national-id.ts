// Fødselsnummer and its variants — iso20022-norway.md §5.4: 11 digits `DDMMYY iii k1 k2`,
// k1 weights 3,7,6,1,8,9,4,5,2, k2 weights 5,4,3,2,7,6,5,4,3,2, each check 11 − (sum mod 11)
// with 11 → 0 and 10 invalid; the century comes from the individual number `iii`.
// Variants: D-number (day + 40), H-number (month + 40), Skatteetaten synthetic test numbers
// "tnr" (month + 80); FH-numbers (first digit 8/9) carry no birth date and are not supported.
import { DIGITS, weightedSum } from './check-digit.ts';
import { isIsoDate, isoDate, isRealDate } from './calendar-date.ts';
import { invalid, show } from './result.ts';
import type { NumberResult } from './result.ts';

export type NationalIdKind = 'fnr' | 'dnr' | 'hnr' | 'tnr';
export type Gender = 'male' | 'female';

export const NATIONAL_ID_REASONS = [
  'not-a-string',
  'empty',
  'invalid-characters',
  'wrong-length',
  'fh-number',
  'check-digit-1',
  'check-digit-2',
  'invalid-date',
  'invalid-individual-number',
  'birth-date-in-future',
  'invalid-option',
  // Only from makeNationalId:
  'birth-year-out-of-range',
  'check-digit-impossible',
] as const;
export type NationalIdReason = (typeof NATIONAL_ID_REASONS)[number];

export interface NationalIdDetails {
  kind: NationalIdKind;
  /** The real birth date (`YYYY-MM-DD`), with the D/H/tnr offsets removed. */
  birthDate: string;
  /** From the individual number: odd is male, even is female. */
  gender: Gender;
  /** True when k1 is valid only under the rule from 2032 (k1 remainder 1–3). */
  requires2032Rule: boolean;
}

export type NationalIdResult = NumberResult<NationalIdReason, NationalIdDetails>;

export interface NationalIdOptions {
  /**
   * §5.4 "New rule from 2032" (Skatteetaten; navikt/fnrvalidator 2.2.1): k1 may be computed
   * with remainder 0–3, so up to four k1 values are valid; k2 is unchanged. Default true:
   * numbers issued under it must not be rejected by the bench.
   */
  allow2032Rule?: boolean;
  /** `YYYY-MM-DD`: reject birth dates after it (python-stdnum does, S3). Omit to skip that check. */
  today?: string;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The classic check value over the body (0..10; 10 means no valid digit). */
function checkValue(digits: string, weights: readonly number[]): number {
  return (11 - (weightedSum(digits, weights) % 11)) % 11;
}

/**
 * §5.4 century table (S3): 000–499 → 1900s; 500–749 with YY ≥ 54 → 1800s; 500–999 with
 * YY < 40 → 2000s; 900–999 with YY ≥ 40 → 1900s. Anything else has no century. The same
 * table is used for D-numbers ([I]: NoCommons has a 2021 D-number extension, not modelled).
 */
export function centuryOf(individualNumber: number, yy: number): number | undefined {
  if (individualNumber <= 499) return 1900;
  if (individualNumber <= 749 && yy >= 54) return 1800;
  if (individualNumber >= 500 && yy < 40) return 2000;
  if (individualNumber >= 900 && yy >= 40) return 1900;
  return undefined;
}

/** Validates a fødselsnummer, D-number, H-number or synthetic test number (spaces allowed). */
export function validateNationalId(input: unknown, options: NationalIdOptions = {}): NationalIdResult {
  const allow2032Rule = options.allow2032Rule ?? true;
  if (options.today !== undefined && !isIsoDate(options.today)) {
    return invalid('invalid-option', `Option today ${show(options.today)} must be a real date YYYY-MM-DD.`);
  }
  if (typeof input !== 'string') {
    return invalid('not-a-string', `A national identity number must be a string, got ${show(input)}.`);
  }
  const digits = input.replace(/\s/g, '');
  if (digits === '') return invalid('empty', 'The national identity number is empty.');
  if (!DIGITS.test(digits)) {
    return invalid('invalid-characters', `National identity number ${show(input)} must be digits only.`);
  }
  if (digits.length !== 11) {
    return invalid(
      'wrong-length',
      `National identity number ${show(input)} has ${digits.length} digits; it has 11 (DDMMYY + 5).`,
    );
  }
  if (digits[0] === '8' || digits[0] === '9') {
    return invalid(
      'fh-number',
      `${show(input)} looks like an FH-number (first digit 8 or 9), which carries no birth date; the bench does not accept FH-numbers.`,
    );
  }

  // k1: classic rule (sum + k1) mod 11 = 0; from 2032 a remainder of 0–3 is allowed (§5.4, S4).
  const k1 = Number(digits[9]);
  const k1Remainder = (weightedSum(digits.slice(0, 9), K1_WEIGHTS) + k1) % 11;
  const classicK1 = k1Remainder === 0;
  if (!classicK1 && !(allow2032Rule && k1Remainder <= 3)) {
    const expected = checkValue(digits.slice(0, 9), K1_WEIGHTS);
    const hint =
      expected === 10
        ? 'no first check digit is valid under the classic rule'
        : `the classic rule gives ${expected}`;
    return invalid(
      'check-digit-1',
      `National identity number ${show(input)} fails the first check digit (k1): ${hint}${allow2032Rule ? ', and the 2032 rule does not accept it either' : ''}. Check for a typo.`,
    );
  }
  // k2 is unchanged by the 2032 rule: (Σ weights·digits over the first 10 + k2) mod 11 = 0.
  const k2 = checkValue(digits.slice(0, 10), K2_WEIGHTS);
  if (String(k2) !== digits[10]) {
    return invalid(
      'check-digit-2',
      `National identity number ${show(input)} fails the second check digit (k2): ${k2 === 10 ? 'no digit is valid' : `it should be ${k2}`}. Check for a typo.`,
    );
  }

  const birth = parseBirth(digits);
  if (typeof birth === 'string')
    return invalid('invalid-date', `National identity number ${show(input)}: ${birth}.`);
  const individualNumber = Number(digits.slice(6, 9));
  const century = centuryOf(individualNumber, birth.yy);
  if (century === undefined) {
    return invalid(
      'invalid-individual-number',
      `National identity number ${show(input)}: individual number ${digits.slice(6, 9)} is not issued for year ${String(birth.yy).padStart(2, '0')} (§5.4 century table).`,
    );
  }
  const year = century + birth.yy;
  if (!isRealDate(year, birth.month, birth.day)) {
    return invalid(
      'invalid-date',
      `National identity number ${show(input)}: ${isoDate(year, birth.month, birth.day)} is not a real date.`,
    );
  }
  const birthDate = isoDate(year, birth.month, birth.day);
  if (options.today !== undefined && birthDate > options.today) {
    return invalid(
      'birth-date-in-future',
      `National identity number ${show(input)} gives birth date ${birthDate}, after today (${options.today}).`,
    );
  }
  return {
    valid: true,
    value: digits,
    kind: birth.kind,
    birthDate,
    gender: individualNumber % 2 === 1 ? 'male' : 'female',
    requires2032Rule: !classicK1,
  };
}

interface ParsedBirth {
  day: number;
  month: number;
  yy: number;
  kind: NationalIdKind;
}

/** Day, month and kind from DDMM with the variant offsets removed, or what is wrong. */
function parseBirth(digits: string): ParsedBirth | string {
  const dd = Number(digits.slice(0, 2));
  const mm = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const dNumber = dd >= 41 && dd <= 71; // D-number: day + 40
  const day = dNumber ? dd - 40 : dd;
  let month = mm;
  let kind: NationalIdKind = dNumber ? 'dnr' : 'fnr';
  if (mm >= 41 && mm <= 52) {
    month = mm - 40; // H-number: month + 40
    kind = 'hnr';
  } else if (mm >= 81 && mm <= 92) {
    month = mm - 80; // Skatteetaten synthetic test number: month + 80 (may also be a D-number)
    kind = 'tnr';
  }
  if (dNumber && kind === 'hnr') return `day ${dd} and month ${mm} make it both a D-number and an H-number`;
  if (day < 1 || day > 31) return `day ${dd} is not a day (1–31, or 41–71 for a D-number)`;
  if (month < 1 || month > 12) {
    return `month ${mm} is not a month (1–12, 41–52 for an H-number, 81–92 for a synthetic number)`;
  }
  return { day, month, yy, kind };
}

export interface NationalIdSpec {
  /** `YYYY-MM-DD`, 1854–2039 (the years the century table covers). */
  birthDate: string;
  /** 0–999; must fit the century table. Picked when omitted. */
  individualNumber?: number;
  /** Default `fnr`. */
  kind?: NationalIdKind;
  /** Constrains the individual number's parity when it is picked. */
  gender?: Gender;
}

/** The individual-number ranges issued for a birth year (§5.4 century table, inverted). */
export function individualNumberRanges(year: number): [number, number][] {
  if (year >= 1854 && year <= 1899) return [[500, 749]];
  if (year >= 1900 && year <= 1999)
    return year % 100 >= 40
      ? [
          [0, 499],
          [900, 999],
        ]
      : [[0, 499]];
  if (year >= 2000 && year <= 2039) return [[500, 999]];
  return [];
}

/**
 * Makes a national identity number valid under the classic rule (so under both rules). With
 * an rng the individual number is drawn (then the next usable one is taken); without one
 * the lowest usable individual number is used. Returns the validation of the new number.
 */
export function makeNationalId(
  spec: NationalIdSpec,
  rng?: { int(min: number, max: number): number },
): NationalIdResult {
  const kind = spec.kind ?? 'fnr';
  if (!['fnr', 'dnr', 'hnr', 'tnr'].includes(kind)) {
    return invalid('invalid-option', `Unknown kind ${show(kind)}: use fnr, dnr, hnr or tnr.`);
  }
  if (spec.gender !== undefined && spec.gender !== 'male' && spec.gender !== 'female') {
    return invalid('invalid-option', `Unknown gender ${show(spec.gender)}: use male or female.`);
  }
  if (!isIsoDate(spec.birthDate)) {
    return invalid('invalid-date', `Birth date ${show(spec.birthDate)} must be a real date YYYY-MM-DD.`);
  }
  const [year, month, day] = spec.birthDate.split('-').map(Number) as [number, number, number];
  const ranges = individualNumberRanges(year);
  if (ranges.length === 0) {
    return invalid(
      'birth-year-out-of-range',
      `Birth year ${year} has no individual numbers: the century table covers 1854–2039.`,
    );
  }
  const dd = kind === 'dnr' ? day + 40 : day;
  const mm = kind === 'hnr' ? month + 40 : kind === 'tnr' ? month + 80 : month;
  const prefix = `${String(dd).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(year % 100).padStart(2, '0')}`;

  if (spec.individualNumber !== undefined) {
    const iii = spec.individualNumber;
    const inRange = Number.isInteger(iii) && ranges.some(([low, high]) => iii >= low && iii <= high);
    if (!inRange) {
      return invalid(
        'invalid-individual-number',
        `Individual number ${show(iii)} is not issued for birth year ${year}: use ${ranges.map(([l, h]) => `${l}–${h}`).join(' or ')}.`,
      );
    }
    if (spec.gender !== undefined && (iii % 2 === 1 ? 'male' : 'female') !== spec.gender) {
      return invalid(
        'invalid-individual-number',
        `Individual number ${iii} is ${iii % 2 === 1 ? 'odd (male)' : 'even (female)'}, not ${spec.gender}.`,
      );
    }
    const id = withCheckDigits(`${prefix}${String(iii).padStart(3, '0')}`);
    if (id === undefined) {
      return invalid(
        'check-digit-impossible',
        `No national identity number exists for ${spec.birthDate} with individual number ${iii}: a check digit would be 10.`,
      );
    }
    return validateNationalId(id);
  }

  const total = ranges.reduce((sum, [low, high]) => sum + high - low + 1, 0);
  const start = rng ? rng.int(0, total - 1) : 0;
  for (let step = 0; step < total; step += 1) {
    const iii = nthIndividualNumber(ranges, (start + step) % total);
    if (spec.gender !== undefined && (iii % 2 === 1 ? 'male' : 'female') !== spec.gender) continue;
    const id = withCheckDigits(`${prefix}${String(iii).padStart(3, '0')}`);
    if (id !== undefined) return validateNationalId(id);
  }
  return invalid(
    'check-digit-impossible',
    `No individual number gives valid check digits for ${spec.birthDate}.`,
  );
}

function nthIndividualNumber(ranges: [number, number][], index: number): number {
  let rest = index;
  for (const [low, high] of ranges) {
    if (rest <= high - low) return low + rest;
    rest -= high - low + 1;
  }
  throw new Error(`bench bug: individual number index ${index} is outside its ranges`);
}

/** Appends classic k1 and k2 to a 9-digit body, or undefined when either would be 10. */
function withCheckDigits(body: string): string | undefined {
  const k1 = checkValue(body, K1_WEIGHTS);
  if (k1 === 10) return undefined;
  const k2 = checkValue(`${body}${k1}`, K2_WEIGHTS);
  if (k2 === 10) return undefined;
  return `${body}${k1}${k2}`;
}
