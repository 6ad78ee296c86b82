// Random valid fødselsnummer (iso20022-norway.md §5.4) for generated persons.
import { makeNationalId } from '../norway/national-id.ts';
import type { Gender, NationalIdKind } from '../norway/national-id.ts';
import { randomDate } from './random-date.ts';
import type { SeededRandom } from './rng.ts';

export interface RandomNationalIdOptions {
  /** Earliest birth date, default 1940-01-01. */
  bornFrom?: string;
  /** Latest birth date, default 2005-12-31 (and never after `today`). */
  bornTo?: string;
  /** `YYYY-MM-DD`: no one is born after it. */
  today?: string;
  kind?: NationalIdKind;
  gender?: Gender;
}

export interface RandomNationalId {
  nationalId: string;
  birthDate: string;
  gender: Gender;
}

/** A national identity number of someone born in the range, valid under the classic rule. */
export function makeRandomNationalId(
  rng: SeededRandom,
  options: RandomNationalIdOptions = {},
): RandomNationalId {
  const from = options.bornFrom ?? '1940-01-01';
  let to = options.bornTo ?? '2005-12-31';
  if (options.today !== undefined && options.today < to) to = options.today;
  const birthDate = randomDate(rng, from, to);
  const gender = options.gender ?? (rng.int(0, 1) === 1 ? 'male' : 'female');
  const result = makeNationalId({ birthDate, gender, kind: options.kind }, rng);
  if (!result.valid) throw new RangeError(`makeRandomNationalId: ${result.message}`);
  return { nationalId: result.value, birthDate, gender };
}
