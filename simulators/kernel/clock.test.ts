import { describe, expect, it } from 'vitest';
import { VirtualClock } from './clock.ts';

const start = new Date('2026-01-12T08:00:00+01:00');

function frozenClock(): VirtualClock {
  return new VirtualClock(() => 0, { frozenAt: start });
}

describe('VirtualClock', () => {
  it('runs due jobs in time order during an advance, each seeing its own time', async () => {
    const clock = frozenClock();
    const seen: string[] = [];
    clock.schedule(
      new Date('2026-01-12T12:00:00+01:00'),
      'b',
      () => void seen.push(`b@${clock.now().toISOString()}`),
    );
    clock.schedule(
      new Date('2026-01-12T09:00:00+01:00'),
      'a',
      () => void seen.push(`a@${clock.now().toISOString()}`),
    );
    clock.schedule(new Date('2026-01-14T09:00:00+01:00'), 'c', () => void seen.push('c'));
    const result = await clock.advance({ days: 1 });
    expect(seen).toEqual(['a@2026-01-12T08:00:00.000Z', 'b@2026-01-12T11:00:00.000Z']);
    expect(result.jobsRun).toBe(2);
    expect(result.now.toISOString()).toBe('2026-01-13T07:00:00.000Z');
  });

  it('runs jobs that a job schedules inside the same advance', async () => {
    const clock = frozenClock();
    const seen: string[] = [];
    clock.schedule(new Date(start.getTime() + 60_000), 'first', () => {
      seen.push('first');
      clock.schedule(new Date(clock.nowMs() + 60_000), 'second', () => void seen.push('second'));
    });
    await clock.advance({ minutes: 5 });
    expect(seen).toEqual(['first', 'second']);
  });

  it('refuses to move backwards with advance', async () => {
    const clock = frozenClock();
    await expect(clock.advance({ to: new Date('2025-01-01T00:00:00Z') })).rejects.toThrow(
      /only moves forward/,
    );
  });

  it('fires a daily job once per Oslo day at its wall-clock time, across the DST change', async () => {
    const clock = new VirtualClock(() => 0, { frozenAt: new Date('2026-03-27T12:00:00+01:00') });
    const runs: string[] = [];
    clock.scheduleDaily('daily', '06:00', (date) => void runs.push(`${date}@${clock.now().toISOString()}`));
    await clock.advance({ days: 3 });
    expect(runs).toEqual([
      '2026-03-28@2026-03-28T05:00:00.000Z',
      '2026-03-29@2026-03-29T04:00:00.000Z',
      '2026-03-30@2026-03-30T04:00:00.000Z',
    ]);
  });

  it('re-arms daily jobs when the clock is set back', async () => {
    const clock = frozenClock();
    const runs: string[] = [];
    clock.scheduleDaily('daily', '06:00', (date) => void runs.push(date));
    clock.set(new Date('2025-06-01T12:00:00+02:00'));
    await clock.advance({ days: 1 });
    expect(runs).toEqual(['2025-06-02']);
  });

  it('fires due jobs lazily on a running clock without moving it back', async () => {
    let real = Date.parse('2026-01-12T07:00:00Z');
    const clock = new VirtualClock(() => real);
    let ranAt: number | undefined;
    clock.schedule(new Date(real + 1000), 'later', () => {
      ranAt = clock.nowMs();
    });
    expect(await clock.runDue()).toBe(0);
    real += 5000;
    expect(await clock.runDue()).toBe(1);
    expect(ranAt).toBe(Date.parse('2026-01-12T07:00:01Z'));
    expect(clock.nowMs()).toBe(real);
  });

  it('keeps virtual time when frozen and resumes from it when unfrozen', () => {
    let real = 1_000_000;
    const clock = new VirtualClock(() => real);
    clock.set(start);
    clock.freeze();
    real += 10_000;
    expect(clock.now().getTime()).toBe(start.getTime());
    clock.unfreeze();
    real += 500;
    expect(clock.now().getTime()).toBe(start.getTime() + 500);
  });

  it("gives today's date in Oslo, not in UTC", () => {
    const clock = new VirtualClock(() => 0, { frozenAt: new Date('2026-01-12T23:30:00Z') });
    expect(clock.today()).toBe('2026-01-13');
  });
});
