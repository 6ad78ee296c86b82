import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, isoDate, isRealDate } from './calendar-date.ts';

describe('calendar dates', () => {
  it('knows leap years by the Gregorian rule (2000 yes, 1900 and 2100 no, 2024 yes)', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-4-01')).toBe(false);
    expect(isIsoDate('2023-00-10')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
    expect(isRealDate(2023, 13, 1)).toBe(false);
  });

  it('pads the parts of a date', () => {
    expect(isoDate(985, 3, 7)).toBe('0985-03-07');
  });
});
