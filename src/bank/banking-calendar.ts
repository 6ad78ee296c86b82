// Norwegian banking days — iso20022-norway.md §2.5: domestic settlement (Norges Bank's NBO) runs
// Monday–Friday and is closed on the public holidays (1 Jan, Maundy Thursday, Good Friday, Easter
// Monday, 1 May, 17 May, Ascension, Whit Monday, 25/26 Dec) and on 24 Dec (S34).
// 31 Dec: NBO's published closing lists (2006, 2017) do not include it [P] (§8 point 6), so it is a
// banking day by default; `closedOn31December` turns it into a closed day.
// Public holidays come from the `date-holidays` package (country NO, type 'public'): Easter-based
// dates are computed, never listed by hand.
import Holidays from 'date-holidays';
import { isIsoDate } from '../norway/calendar-date.ts';
import { addDays, isoWeekday } from '../norway/oslo-time.ts';

export interface BankingCalendarOptions {
  /** [P] Default false: 31 December is a banking day (NBO lists do not close it, §8.6). */
  closedOn31December?: boolean;
  /** More closed dates (`YYYY-MM-DD`), e.g. a bank's own closing day in a scenario. */
  extraClosedDates?: readonly string[];
}

export type ClosedDayKind = 'public-holiday' | 'settlement-closed' | 'configured';

export interface ClosedDay {
  date: string;
  /** English name (`Easter Monday`). */
  name: string;
  /** Norwegian name (`Andre påskedag`). */
  localName: string;
  /** Public holiday, a day NBO is closed without being a public holiday (24 Dec, 31 Dec), or an extra date. */
  kind: ClosedDayKind;
}

export interface BankingCalendar {
  /** The options in effect, recorded with every run that uses the calendar. */
  readonly options: Readonly<Required<BankingCalendarOptions>>;
  /** Monday–Friday and not a closed day. */
  isBankingDay(date: string): boolean;
  /** The date itself when it is a banking day, else the first banking day after it. */
  nextBankingDay(date: string): string;
  /** The previous banking day strictly before the date. */
  previousBankingDay(date: string): string;
  /**
   * Rolls the date forward to a banking day, then moves n banking days (n may be negative):
   * Friday + 1 → Monday, Saturday + 0 → Monday, Saturday + 1 → Tuesday, Saturday − 1 → Friday.
   */
  addBankingDays(date: string, n: number): string;
  /** Banking days in [a, b): a counted when it is one, b not; negative when b is before a. */
  bankingDaysBetween(a: string, b: string): number;
  /** Every closed day of the year that is not simply a weekend, sorted (weekend holidays included). */
  holidays(year: number): ClosedDay[];
}

let holidayData: Holidays | undefined;
const publicHolidayCache = new Map<number, readonly ClosedDay[]>();

/**
 * Norway's public holidays of a year. A pure function of the year, memoised for the process:
 * the date-holidays data take ~30 ms to load and ~6 ms per year to compute.
 */
function publicHolidays(year: number): readonly ClosedDay[] {
  const cached = publicHolidayCache.get(year);
  if (cached) return cached;
  holidayData ??= new Holidays('NO');
  const english = new Map(
    holidayData
      .getHolidays(year, 'en')
      .filter((h) => h.type === 'public')
      .map((h) => [h.date.slice(0, 10), h.name]),
  );
  const days = holidayData
    .getHolidays(year, 'no')
    .filter((h) => h.type === 'public')
    .map((h): ClosedDay => {
      const date = h.date.slice(0, 10); // "YYYY-MM-DD hh:mm:ss" in Norwegian local time
      return { date, name: english.get(date) ?? h.name, localName: h.name, kind: 'public-holiday' };
    });
  publicHolidayCache.set(year, days);
  return days;
}

function requireDate(date: string, what: string): void {
  if (!isIsoDate(date)) {
    throw new RangeError(
      `banking calendar: ${what} ${JSON.stringify(date)} is not a real date YYYY-MM-DD (bench bug)`,
    );
  }
}

export function createBankingCalendar(options: BankingCalendarOptions = {}): BankingCalendar {
  const settings = {
    closedOn31December: options.closedOn31December ?? false,
    extraClosedDates: [...(options.extraClosedDates ?? [])],
  };
  for (const date of settings.extraClosedDates) requireDate(date, 'extra closed date');
  const byYear = new Map<number, { list: ClosedDay[]; dates: Set<string> }>();

  function closedDays(year: number) {
    const cached = byYear.get(year);
    if (cached) return cached;
    const list: ClosedDay[] = [...publicHolidays(year)];
    const add = (day: ClosedDay) => {
      if (!list.some((d) => d.date === day.date)) list.push(day);
    };
    // §2.5: NBO is closed on 24 Dec, which is not a public holiday (S34).
    add({ date: `${year}-12-24`, name: 'Christmas Eve', localName: 'Julaften', kind: 'settlement-closed' });
    if (settings.closedOn31December) {
      add({
        date: `${year}-12-31`,
        name: "New Year's Eve",
        localName: 'Nyttårsaften',
        kind: 'settlement-closed',
      });
    }
    for (const date of settings.extraClosedDates) {
      if (date.startsWith(`${year}-`)) {
        add({ date, name: 'Closed (configured)', localName: 'Stengt (konfigurert)', kind: 'configured' });
      }
    }
    list.sort((a, b) => a.date.localeCompare(b.date));
    const entry = { list, dates: new Set(list.map((d) => d.date)) };
    byYear.set(year, entry);
    return entry;
  }

  function isBankingDay(date: string): boolean {
    requireDate(date, 'date');
    if (isoWeekday(date) > 5) return false;
    return !closedDays(Number(date.slice(0, 4))).dates.has(date);
  }

  function nextBankingDay(date: string): string {
    let day = date;
    while (!isBankingDay(day)) day = addDays(day, 1);
    return day;
  }

  function previousBankingDay(date: string): string {
    requireDate(date, 'date');
    let day = addDays(date, -1);
    while (!isBankingDay(day)) day = addDays(day, -1);
    return day;
  }

  function addBankingDays(date: string, n: number): string {
    if (!Number.isInteger(n))
      throw new RangeError(`banking calendar: ${n} is not a whole number of days (bench bug)`);
    let day = nextBankingDay(date);
    for (let moved = 0; moved < Math.abs(n); moved += 1) {
      day = n > 0 ? nextBankingDay(addDays(day, 1)) : previousBankingDay(day);
    }
    return day;
  }

  function bankingDaysBetween(a: string, b: string): number {
    requireDate(a, 'date');
    requireDate(b, 'date');
    const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let day = from; day < to; day = addDays(day, 1)) if (isBankingDay(day)) count += 1;
    return sign * count;
  }

  return {
    options: Object.freeze({
      ...settings,
      extraClosedDates: Object.freeze([...settings.extraClosedDates]),
    }) as Readonly<Required<BankingCalendarOptions>>,
    isBankingDay,
    nextBankingDay,
    previousBankingDay,
    addBankingDays,
    bankingDaysBetween,
    holidays: (year: number) => closedDays(year).list.map((day) => ({ ...day })),
  };
}
