// Polling MPS for shipment status with back-off (efaktura-b2c.md §7.5 [C]: Vipps recommends
// polling until the state leaves `created`, which can take up to a day; MPS's own workflow is
// "keep the UUIDs and poll", §4.2). Delays are on the bench's virtual clock, so polling is paced by
// the time that passes for MPS and never spins: at most one GET per shipment per due slot.

export interface PollBackoff {
  /** Minutes after submission before the first poll. */
  firstAfterMinutes: number;
  /** Each further delay is the previous one times this factor... */
  factor: number;
  /** ...up to this bound. */
  maxMinutes: number;
}

export const DEFAULT_POLL_BACKOFF: PollBackoff = { firstAfterMinutes: 1, factor: 2, maxMinutes: 60 };

/** Minutes to wait after the n-th poll that still found the shipment IN_PROGRESS (n ≥ 1). */
export function pollDelayMinutes(pollsSoFar: number, backoff: PollBackoff = DEFAULT_POLL_BACKOFF): number {
  if (pollsSoFar <= 0) return backoff.firstAfterMinutes;
  return Math.min(backoff.maxMinutes, backoff.firstAfterMinutes * backoff.factor ** pollsSoFar);
}

export function nextPollAtMs(
  fromMs: number,
  pollsSoFar: number,
  backoff: PollBackoff = DEFAULT_POLL_BACKOFF,
): number {
  return fromMs + pollDelayMinutes(pollsSoFar, backoff) * 60_000;
}
