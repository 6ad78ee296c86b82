import { describe, expect, it } from 'vitest';
import { addDays } from '../norway/oslo-time.ts';
import { dateOfEpochDay, daysBetween, epochDay, randomDate } from './random-date.ts';
import { SeededRandom } from './rng.ts';

describe('epoch days', () => {
  it('agree with the Date-based addDays for every day from 1850 to 2050', () => {
    let date = '1850-01-01';
    let day = epochDay(date);
    expect(epochDay('1970-01-01')).toBe(0);
    while (date <= '2050-12-31') {
      expect(dateOfEpochDay(day)).toBe(date);
      date = addDays(date, 1);
      day += 1;
      expect(epochDay(date)).toBe(day);
    }
  });

  it('count the days between two dates', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2026-01-15', '2025-01-15')).toBe(-365);
  });
});

describe('randomDate', () => {
  it('draws every date of a short range, and none outside it', () => {
    const rng = new SeededRandom(17);
    const seen = new Set<string>();
    for (let i = 0; i < 500; i += 1) seen.add(randomDate(rng, '2024-02-27', '2024-03-02'));
    expect([...seen].sort()).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']);
  });

  it('refuses an empty range as a bench bug', () => {
    expect(() => randomDate(new SeededRandom(1), '2024-03-02', '2024-03-01')).toThrow(RangeError);
  });
});
