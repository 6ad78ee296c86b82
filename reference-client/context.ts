// What every part of the client works with: configuration, state, the bench over HTTP, the
// decision log, the clock and the mutant (if any).
import { osloDate, osloIso } from '../src/norway/oslo-time.ts';
import type { effectiveSettings } from './config.ts';
import type { ReferenceClientConfig } from './config.ts';
import type { BenchClient } from './bench-client.ts';
import type { DecisionArea, DecisionLog } from './decision-log.ts';
import type { IdSource } from './ids.ts';
import type { MutantName } from './mutants.ts';
import type { ClientState } from './state.ts';
import type { TimeSource } from './time-source.ts';
import type { PollBackoff } from './issuer/poll-schedule.ts';
import type { BankingCalendar } from '../src/bank/banking-calendar.ts';

export interface ClientContext {
  readonly config: ReferenceClientConfig;
  readonly settings: ReturnType<typeof effectiveSettings>;
  readonly state: ClientState;
  readonly bench: BenchClient;
  readonly log: DecisionLog;
  readonly time: TimeSource;
  readonly ids: IdSource;
  readonly backoff: PollBackoff;
  readonly calendar: BankingCalendar;
  readonly mutant: MutantName | undefined;
  /** The virtual time of the operation in progress (read once per driver call). */
  now: Date;
}

export function decide(
  ctx: ClientContext,
  area: DecisionArea,
  subject: string,
  message: string,
  data?: Record<string, unknown>,
): void {
  ctx.log.record(osloIso(ctx.now), area, subject, message, data);
}

export function today(ctx: ClientContext): string {
  return osloDate(ctx.now);
}

/** The operation's virtual time, ISO 8601 with the Oslo offset (every timestamp the client writes). */
export function nowIso(ctx: ClientContext): string {
  return osloIso(ctx.now);
}
