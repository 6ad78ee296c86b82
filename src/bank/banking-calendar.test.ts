import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBankingCalendar } from './banking-calendar.ts';

const calendar = createBankingCalendar();

// Easter Sunday: 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28.
const easterDependent = {
  2024: {
    maundyThursday: '2024-03-28',
    goodFriday: '2024-03-29',
    easterMonday: '2024-04-01',
    ascension: '2024-05-09',
    whitMonday: '2024-05-20',
  },
  2025: {
    maundyThursday: '2025-04-17',
    goodFriday: '2025-04-18',
    easterMonday: '2025-04-21',
    ascension: '2025-05-29',
    whitMonday: '2025-06-09',
  },
  2026: {
    maundyThursday: '2026-04-02',
    goodFriday: '2026-04-03',
    easterMonday: '2026-04-06',
    ascension: '2026-05-14',
    whitMonday: '2026-05-25',
  },
  2027: {
    maundyThursday: '2027-03-25',
    goodFriday: '2027-03-26',
    easterMonday: '2027-03-29',
    ascension: '2027-05-06',
    whitMonday: '2027-05-17',
  },
} as const;

describe('banking days', () => {
  describe.each(Object.entries(easterDependent))('Easter-dependent closing days in %s', (_year, days) => {
    it.each(Object.entries(days))('%s (%s) is not a banking day', (_name, date) => {
      expect(calendar.isBankingDay(date)).toBe(false);
    });
  });

  it('keeps the Wednesday before Maundy Thursday and the Tuesday after Easter Monday open', () => {
    expect(calendar.isBankingDay('2025-04-16')).toBe(true);
    expect(calendar.isBankingDay('2025-04-22')).toBe(true);
    expect(calendar.isBankingDay('2027-03-24')).toBe(true);
    expect(calendar.isBankingDay('2027-03-30')).toBe(true);
  });

  it('closes on 1 January, 1 May, 17 May, 25 and 26 December on weekdays', () => {
    for (const date of ['2025-01-01', '2024-05-01', '2024-05-17', '2027-05-17', '2025-12-25', '2025-12-26']) {
      expect(calendar.isBankingDay(date)).toBe(false);
    }
    expect(calendar.isBankingDay('2024-05-16')).toBe(true);
    expect(calendar.isBankingDay('2024-05-02')).toBe(true);
  });

  it('is closed on Saturdays and Sundays and open on ordinary weekdays', () => {
    expect(calendar.isBankingDay('2024-06-08')).toBe(false);
    expect(calendar.isBankingDay('2024-06-09')).toBe(false);
    for (const date of ['2024-06-10', '2024-06-11', '2024-06-12', '2024-06-13', '2024-06-14']) {
      expect(calendar.isBankingDay(date)).toBe(true);
    }
  });

  it('is closed on 24 December (NBO closed, §2.5) though it is no public holiday', () => {
    expect(calendar.isBankingDay('2024-12-24')).toBe(false);
    expect(calendar.isBankingDay('2025-12-24')).toBe(false);
    expect(calendar.isBankingDay('2024-12-23')).toBe(true);
  });

  it('treats 31 December as a banking day by default and as closed when configured', () => {
    expect(calendar.isBankingDay('2025-12-31')).toBe(true);
    const closed = createBankingCalendar({ closedOn31December: true });
    expect(closed.isBankingDay('2025-12-31')).toBe(false);
    expect(closed.nextBankingDay('2025-12-31')).toBe('2026-01-02');
    expect(closed.options.closedOn31December).toBe(true);
    expect(calendar.options).toEqual({ closedOn31December: false, extraClosedDates: [] });
  });

  it('closes configured extra dates and lists them', () => {
    const extra = createBankingCalendar({ extraClosedDates: ['2026-06-15'] });
    expect(extra.isBankingDay('2026-06-15')).toBe(false);
    expect(calendar.isBankingDay('2026-06-15')).toBe(true);
    expect(extra.holidays(2026)).toContainEqual(
      expect.objectContaining({ date: '2026-06-15', kind: 'configured' }),
    );
    expect(() => createBankingCalendar({ extraClosedDates: ['2026-02-30'] })).toThrow(RangeError);
  });

  it('throws a RangeError naming the value for a malformed date (a bench bug)', () => {
    expect(() => calendar.isBankingDay('2026-1-5')).toThrow(/2026-1-5/);
  });
});

describe('moving between banking days', () => {
  it('nextBankingDay keeps a banking day and skips weekends and holidays', () => {
    expect(calendar.nextBankingDay('2026-01-15')).toBe('2026-01-15');
    expect(calendar.nextBankingDay('2026-01-17')).toBe('2026-01-19');
    expect(calendar.nextBankingDay('2025-04-17')).toBe('2025-04-22');
    expect(calendar.nextBankingDay('2024-12-24')).toBe('2024-12-27');
  });

  it('previousBankingDay goes strictly back', () => {
    expect(calendar.previousBankingDay('2026-01-19')).toBe('2026-01-16');
    expect(calendar.previousBankingDay('2025-04-22')).toBe('2025-04-16');
  });

  it('addBankingDays rolls forward to a banking day, then moves n banking days', () => {
    expect(calendar.addBankingDays('2026-01-16', 1)).toBe('2026-01-19'); // Friday + 1 → Monday
    expect(calendar.addBankingDays('2026-01-17', 0)).toBe('2026-01-19'); // Saturday + 0 → Monday
    expect(calendar.addBankingDays('2026-01-17', 1)).toBe('2026-01-20'); // Saturday + 1 → Tuesday
    expect(calendar.addBankingDays('2026-01-17', -1)).toBe('2026-01-16'); // Saturday − 1 → Friday
    expect(calendar.addBankingDays('2024-12-23', 1)).toBe('2024-12-27');
    expect(calendar.addBankingDays('2025-04-22', -1)).toBe('2025-04-16');
    expect(calendar.addBankingDays('2025-04-14', 5)).toBe('2025-04-24'); // 15, 16, 22, 23, 24
  });

  it('bankingDaysBetween counts [a, b) and is negative when b is before a', () => {
    expect(calendar.bankingDaysBetween('2026-01-12', '2026-01-19')).toBe(5);
    expect(calendar.bankingDaysBetween('2025-04-14', '2025-04-22')).toBe(3); // Easter week
    expect(calendar.bankingDaysBetween('2025-04-22', '2025-04-14')).toBe(-3);
    expect(calendar.bankingDaysBetween('2026-01-15', '2026-01-15')).toBe(0);
  });

  it('moving n banking days lands on a banking day exactly n banking days on', () => {
    const date = fc
      .date({
        min: new Date('2023-01-01T00:00:00Z'),
        max: new Date('2028-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const moved = calendar.addBankingDays(d, n);
        expect(calendar.isBankingDay(moved)).toBe(true);
        expect(calendar.bankingDaysBetween(calendar.nextBankingDay(d), moved)).toBe(n);
        expect(calendar.addBankingDays(moved, -n)).toBe(calendar.nextBankingDay(d));
      }),
    );
  });
});

describe('holidays(year)', () => {
  it('lists the public holidays of the year plus 24 December, sorted, with English and Norwegian names', () => {
    const list = calendar.holidays(2025);
    expect(list.map((d) => d.date)).toEqual([
      '2025-01-01',
      '2025-04-17',
      '2025-04-18',
      '2025-04-20',
      '2025-04-21',
      '2025-05-01',
      '2025-05-17',
      '2025-05-29',
      '2025-06-08',
      '2025-06-09',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
    ]);
    expect(list).toContainEqual({
      date: '2025-04-21',
      name: 'Easter Monday',
      localName: 'Andre påskedag',
      kind: 'public-holiday',
    });
    expect(list).toContainEqual(expect.objectContaining({ date: '2025-12-24', kind: 'settlement-closed' }));
  });

  it('returns copies, so a caller cannot change the calendar', () => {
    const first = calendar.holidays(2026);
    first.length = 0;
    expect(calendar.holidays(2026).length).toBeGreaterThan(10);
  });
});
