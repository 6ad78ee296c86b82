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
import { readBalances, refreshInbox } from '../step.ts';
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

/** Moves the clock and brings the model's time and the online banks up to date. */
export async function advanceClock(
  model: ScenarioModel,
  system: ScenarioSystem,
  by: { minutes?: number; hours?: number; days?: number },
): Promise<string> {
  const answer = expectOk(
    await system.bench.post<{ now: string; jobsRun: number }>('/sim/v1/clock/advance', by),
    'advancing the clock',
  );
  model.now = answer.now;
  model.today = osloDate(new Date(answer.now));
  const fresh = await refreshInbox(model, system);
  const balances = await readBalances(system);
  throwIfAny([...judgeDeliveries(model, fresh), ...judgeConservation(system.openingBalances, balances)]);
  return `${model.now.slice(0, 16)}, ${answer.jobsRun} job(s)${fresh.length ? `, ${fresh.length} eFaktura delivered` : ''}`;
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
