import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday, osloDate, osloInstant, osloIso } from './oslo-time.ts';

describe('oslo-time', () => {
  it('gives the Oslo date of an instant near midnight UTC, in winter and summer', () => {
    expect(osloDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15'); // UTC+1
    expect(osloDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01'); // UTC+2
    expect(osloDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('writes ISO 8601 with the Oslo offset of the season', () => {
    expect(osloIso(new Date('2026-01-15T08:12:00Z'))).toBe('2026-01-15T09:12:00+01:00');
    expect(osloIso(new Date('2026-07-15T08:12:00Z'))).toBe('2026-07-15T10:12:00+02:00');
  });

  it('finds the instant of an Oslo wall-clock time on both sides of the summer-time change', () => {
    expect(osloInstant('2026-03-28', '12:00').toISOString()).toBe('2026-03-28T11:00:00.000Z');
    expect(osloInstant('2026-03-30', '12:00').toISOString()).toBe('2026-03-30T10:00:00.000Z');
    expect(osloIso(osloInstant('2026-10-25', '06:00'))).toBe('2026-10-25T06:00:00+01:00');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });

  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2026-01-12')).toBe(1);
    expect(isoWeekday('2026-01-17')).toBe(6);
    expect(isoWeekday('2026-01-18')).toBe(7);
  });
});
