// Time passes on the virtual clock (POST /sim/v1/clock/advance, §5.1): MPS processes shipments,
// the bank runs its banking-day execution, approved eFaktura are paid on their due dates. After
// it, every eFaktura newly delivered must have reached a person with JTTA and no reservation
// (consent), and the ledger must still hold the same money (money).
import { osloDate } from '../../src/norway/oslo-time.ts';
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { throwIfAny } from '../system.ts';
import { judgeDeliveries } from '../invariants/consent.ts';
import { judgeConservation } from '../invariants/money.ts';
import { readBalances, readDriverInvoice, refreshInbox } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';

export type ClockStep = '10m' | '1h' | '1d' | '3d' | '7d' | '14d' | '31d';

const STEPS: Record<ClockStep, { minutes?: number; hours?: number; days?: number }> = {
  '10m': { minutes: 10 },
  '1h': { hours: 1 },
  '1d': { days: 1 },
  '3d': { days: 3 },
  '7d': { days: 7 },
  '14d': { days: 14 },
  '31d': { days: 31 },
};

export const CLOCK_STEPS = Object.keys(STEPS) as ClockStep[];

/** How often a long advance calls the driver (shorter than the 3-day approval fallback, §7.7). */
const POKE_EVERY_DAYS = 2;

/**
 * A system under test keeps running while time passes: every other day it gets a call (a read of one
 * of its invoices), which is when a client without a background poller collects shipment
 * statuses and approval deadlines (ARCHITECTURE.md §5.6 leaves the timing to the client). Without
 * it, a month-long jump would reach the client only after its eFaktura had expired.
 */
async function pokeDriver(model: Readonly<ScenarioModel>, system: ScenarioSystem): Promise<void> {
  const first = model.invoices.keys().next();
  if (!first.done) await readDriverInvoice(system, first.value);
}

/** Moves the clock and brings the model's time and the online banks up to date. */
export async function advanceClock(
  model: ScenarioModel,
  system: ScenarioSystem,
  by: { minutes?: number; hours?: number; days?: number },
): Promise<string> {
  let jobsRun = 0;
  const step = async (body: { minutes?: number; hours?: number; days?: number }): Promise<void> => {
    const answer = expectOk(
      await system.bench.post<{ now: string; jobsRun: number }>('/sim/v1/clock/advance', body),
      'advancing the clock',
    );
    jobsRun += answer.jobsRun;
    model.now = answer.now;
    model.today = osloDate(new Date(answer.now));
  };
  if (by.minutes !== undefined || by.hours !== undefined)
    await step({ minutes: by.minutes, hours: by.hours });
  for (let left = by.days ?? 0; left > 0; left -= POKE_EVERY_DAYS) {
    await step({ days: Math.min(POKE_EVERY_DAYS, left) });
    if (left > POKE_EVERY_DAYS) await pokeDriver(model, system);
  }
  const fresh = await refreshInbox(model, system);
  const balances = await readBalances(system);
  throwIfAny([...judgeDeliveries(model, fresh), ...judgeConservation(system.openingBalances, balances)]);
  return `${model.now.slice(0, 16)}, ${jobsRun} job(s)${fresh.length ? `, ${fresh.length} eFaktura delivered` : ''}`;
}

export class AdvanceClockCommand extends ScenarioCommand {
  constructor(readonly by: ClockStep) {
    super();
  }

  check(): boolean {
    return true;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    return advanceClock(model, system, STEPS[this.by]);
  }

  toString(): string {
    return `advanceClock(${this.by})`;
  }
}
