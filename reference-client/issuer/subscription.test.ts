import { describe, expect, it } from 'vitest';
import { MAX_CATCH_UP_PERIODS, periodStart, periodsDue } from './subscription.ts';

describe('monthly billing periods', () => {
  it('clamps the day of month (31 January → 28/29 February)', () => {
    expect(periodStart('2026-01-31', 1)).toBe('2026-02-28');
    expect(periodStart('2028-01-31', 1)).toBe('2028-02-29');
    expect(periodStart('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('bills each period once, catching up missed ones up to a bound', () => {
    const subscription = {
      id: 's',
      customerNumber: '1',
      amount: 100,
      interval: 'monthly' as const,
      startDate: '2026-01-12',
      billedPeriods: new Set<string>(),
    };
    expect(periodsDue(subscription, '2026-01-11')).toEqual([]);
    expect(periodsDue(subscription, '2026-01-12')).toEqual(['2026-01-12']);
    subscription.billedPeriods.add('2026-01-12');
    expect(periodsDue(subscription, '2026-03-20')).toEqual(['2026-02-12', '2026-03-12']);
    expect(periodsDue({ ...subscription, startDate: '2020-01-01' }, '2026-03-20')).toHaveLength(
      MAX_CATCH_UP_PERIODS,
    );
  });
});
