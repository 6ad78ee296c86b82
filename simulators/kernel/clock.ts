// A tenant's virtual clock and job scheduler (ARCHITECTURE.md §3; Stripe's test clocks are the
// model). The clock runs at real speed from an offset, or frozen; `advance` moves it and runs every
// job that falls due, in time order, with `now()` equal to the job's time while it runs.
import { osloDate, osloInstant, addDays } from '../../src/norway/oslo-time.ts';

export type JobRun = () => void | Promise<void>;

export interface ScheduledJob {
  id: string;
  name: string;
  at: number;
}

interface Job extends ScheduledJob {
  run: JobRun;
  sequence: number;
}

interface Daily {
  name: string;
  osloTime: string;
  run: (date: string) => void | Promise<void>;
  jobId: string;
}

export type AdvanceBy = { days?: number; hours?: number; minutes?: number } | { to: Date };

/** Guards against a job that keeps scheduling itself in the past. */
const MAX_JOBS_PER_RUN = 1_000_000;

export class VirtualClock {
  private offsetMs = 0;
  private frozenAt: number | undefined;
  /** While a job runs, now() is the job's time. */
  private jobTime: number | undefined;
  private jobs: Job[] = [];
  private dailies: Daily[] = [];
  private sequence = 0;
  private running: Promise<number> | undefined;
  private readonly realNow: () => number;

  constructor(realNow: () => number, options: { frozenAt?: Date } = {}) {
    this.realNow = realNow;
    if (options.frozenAt) this.frozenAt = options.frozenAt.getTime();
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  nowMs(): number {
    return this.jobTime ?? this.baseNowMs();
  }

  /** Today's Oslo calendar date, YYYY-MM-DD. */
  today(): string {
    return osloDate(this.nowMs());
  }

  isFrozen(): boolean {
    return this.frozenAt !== undefined;
  }

  freeze(): void {
    this.frozenAt ??= this.nowMs();
  }

  unfreeze(): void {
    if (this.frozenAt === undefined) return;
    this.offsetMs = this.frozenAt - this.realNow();
    this.frozenAt = undefined;
  }

  /**
   * Sets the clock without running jobs in between: a jump, not an advance. Jobs that are due at
   * the new time run on the next `runDue()` (before the next request).
   */
  set(instant: Date): void {
    const target = instant.getTime();
    const movedBack = target < this.baseNowMs();
    if (this.frozenAt !== undefined) this.frozenAt = target;
    else this.offsetMs = target - this.realNow();
    if (movedBack && this.jobTime === undefined) {
      for (const daily of this.dailies) {
        this.cancel(daily.jobId);
        this.armDaily(daily, this.nextOccurrence(daily.osloTime));
      }
    }
  }

  schedule(at: Date, name: string, run: JobRun): string {
    this.sequence += 1;
    const id = `job-${this.sequence}`;
    this.jobs.push({ id, name, at: at.getTime(), run, sequence: this.sequence });
    return id;
  }

  cancel(jobId: string): boolean {
    const before = this.jobs.length;
    this.jobs = this.jobs.filter((job) => job.id !== jobId);
    return this.jobs.length !== before;
  }

  /** Cancels every job whose name starts with the prefix (a simulator's reset). */
  cancelByName(prefix: string): number {
    const before = this.jobs.length;
    this.jobs = this.jobs.filter((job) => !job.name.startsWith(prefix));
    this.dailies = this.dailies.filter((daily) => !daily.name.startsWith(prefix));
    return before - this.jobs.length;
  }

  /**
   * Runs `run(date)` every calendar day at an Oslo wall-clock time, from the next occurrence on.
   * Jobs that only act on banking days read the banking calendar themselves. When the clock is set
   * back, daily jobs re-arm from the new date.
   */
  scheduleDaily(name: string, osloTime: string, run: (date: string) => void | Promise<void>): void {
    const daily: Daily = { name, osloTime, run, jobId: '' };
    this.dailies.push(daily);
    this.armDaily(daily, this.nextOccurrence(osloTime));
  }

  private armDaily(daily: Daily, date: string): void {
    daily.jobId = this.schedule(osloInstant(date, daily.osloTime), daily.name, async () => {
      // Re-arm first, so a failing job does not stop the daily cycle.
      this.armDaily(daily, addDays(date, 1));
      await daily.run(date);
    });
  }

  private nextOccurrence(osloTime: string): string {
    const today = this.today();
    return osloInstant(today, osloTime).getTime() > this.nowMs() ? today : addDays(today, 1);
  }

  pendingJobs(): ScheduledJob[] {
    return this.sortedJobs().map(({ id, name, at }) => ({ id, name, at }));
  }

  /** Moves the clock forward, running every job that falls due in time order, then returns. */
  async advance(by: AdvanceBy): Promise<{ now: Date; jobsRun: number }> {
    const start = this.nowMs();
    const target =
      'to' in by
        ? by.to.getTime()
        : start + ((by.days ?? 0) * 24 * 60 + (by.hours ?? 0) * 60 + (by.minutes ?? 0)) * 60_000;
    if (!Number.isFinite(target)) throw new RangeError('advance: the target time is not a valid date');
    if (target < start) throw new RangeError('advance: the clock only moves forward; use set to jump back');
    const jobsRun = await this.runUntil(target);
    this.set(new Date(target));
    return { now: this.now(), jobsRun };
  }

  /** Runs the jobs due now (a running clock fires them lazily, before each request). */
  async runDue(): Promise<number> {
    return this.runUntil(this.nowMs());
  }

  private async runUntil(target: number): Promise<number> {
    // One runner at a time: concurrent requests wait for the same pass instead of racing.
    while (this.running) await this.running;
    this.running = this.drain(target);
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async drain(target: number): Promise<number> {
    let count = 0;
    let lastJobAt = Number.NEGATIVE_INFINITY;
    for (;;) {
      const next = this.sortedJobs()[0];
      if (!next || next.at > target) return count;
      if (count >= MAX_JOBS_PER_RUN)
        throw new Error(`clock: more than ${MAX_JOBS_PER_RUN} jobs in one advance`);
      this.jobs = this.jobs.filter((job) => job !== next);
      // Time never runs backwards between jobs: one scheduled in the past runs at the last job's time.
      const at = Math.max(next.at, lastJobAt);
      lastJobAt = at;
      // The clock itself only moves forward (an advance); a lazily fired job leaves it where it is.
      if (at > this.baseNowMs()) this.set(new Date(at));
      this.jobTime = at;
      try {
        await next.run();
      } finally {
        this.jobTime = undefined;
      }
      count += 1;
    }
  }

  private baseNowMs(): number {
    return this.frozenAt ?? this.realNow() + this.offsetMs;
  }

  private sortedJobs(): Job[] {
    return [...this.jobs].sort((a, b) => a.at - b.at || a.sequence - b.sequence);
  }
}
