// Uniformly drawn calendar dates (YYYY-MM-DD), for birth dates and scenario dates.
import { addDays } from '../norway/oslo-time.ts';
import type { SeededRandom } from './rng.ts';

const DAY_MS = 86_400_000;

/** Whole days from a to b (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** A date in [from, to], both inclusive; `to` before `from` is a bench bug. */
export function randomDate(rng: SeededRandom, from: string, to: string): string {
  const span = daysBetween(from, to);
  if (!(span >= 0)) throw new RangeError(`randomDate: ${to} is before ${from} (bench bug)`);
  return addDays(from, rng.int(0, span));
}
