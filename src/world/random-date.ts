// Uniformly drawn calendar dates (YYYY-MM-DD), for birth dates and scenario dates.
// Pure integer arithmetic (no Date objects): this runs once per generated person, 100,000 times
// in the MPS benchmark.
import type { SeededRandom } from './rng.ts';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function epochDay(date: string): number {
  let year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month <= 2) year -= 1;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The YYYY-MM-DD date of a day number since 1970-01-01 (civil_from_days). */
export function dateOfEpochDay(epoch: number): string {
  const z = epoch + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return epochDay(b) - epochDay(a);
}

/** A date in [from, to], both inclusive; `to` before `from` is a bench bug. */
export function randomDate(rng: SeededRandom, from: string, to: string): string {
  const start = epochDay(from);
  const span = epochDay(to) - start;
  if (!(span >= 0)) throw new RangeError(`randomDate: ${to} is before ${from} (bench bug)`);
  return dateOfEpochDay(start + rng.int(0, span));
}
