// Monthly subscriptions (driver PUT /subscriptions/{id}, ARCHITECTURE.md §5.6) and the billing
// periods a run on a given date has to invoice.
import { daysInMonth, isoDate } from '../../src/norway/calendar-date.ts';

export interface Subscription {
  id: string;
  customerNumber: string;
  /** øre per period */
  amount: number;
  interval: 'monthly';
  startDate: string;
  /** Period start dates already invoiced. */
  billedPeriods: Set<string>;
}

/** A billing run catches up at most this many missed periods per subscription. */
export const MAX_CATCH_UP_PERIODS = 12;

/** The k-th monthly period start: the start date's day of month, clamped (31 Jan → 28/29 Feb). */
export function periodStart(startDate: string, k: number): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  const monthIndex = month - 1 + k;
  const y = year + Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Period starts on or before `date` that are not invoiced yet (oldest first, at most 12). */
export function periodsDue(subscription: Subscription, date: string): string[] {
  const due: string[] = [];
  for (let k = 0; ; k += 1) {
    const start = periodStart(subscription.startDate, k);
    if (start > date) break;
    if (!subscription.billedPeriods.has(start)) due.push(start);
  }
  return due.slice(-MAX_CATCH_UP_PERIODS);
}
