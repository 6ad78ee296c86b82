import { describe, expect, it } from 'vitest';
import { nextPollAtMs, pollDelayMinutes } from './poll-schedule.ts';

describe('shipment polling back-off', () => {
  it('waits longer after each poll that finds the shipment IN_PROGRESS, up to the bound', () => {
    const delays = Array.from({ length: 10 }, (_, n) => pollDelayMinutes(n));
    expect(delays).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    for (let i = 1; i < delays.length; i += 1)
      expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1] as number);
    expect(nextPollAtMs(0, 2)).toBe(4 * 60_000);
  });
});
