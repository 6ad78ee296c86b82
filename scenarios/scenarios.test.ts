// CI: the model-based scenarios against the reference client, in-process, with a fixed seed.
// `npm run scenarios -- --runs N` runs more (and prints a replay command for any failure).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, runScenarios } from './runner.ts';
import { startTarget } from './target.ts';
import type { ScenarioTarget } from './target.ts';

/** Fixed for CI; a failure prints the seed, the path and the command that replays it. */
const SEED = 20_260_112;
const RUNS = 100;

describe('model-based scenarios against the reference client', () => {
  let target: ScenarioTarget;
  beforeAll(async () => {
    target = await startTarget({ kind: 'in-process' });
  });
  afterAll(async () => {
    await target.close();
  });

  it('keeps the consent, cancellation, KID, approval and money invariants over random runs', async () => {
    const report = await runScenarios({ target, seed: SEED, runs: RUNS, timeLimitMs: 60_000 });
    // The report is the failure message: the shrunk story and the replay command.
    expect(report.ok, formatReport(report)).toBe(true);
    expect(report.internalErrors, 'the bench answered 500 (a bench bug)').toBe(0);
    // Runs that never billed an eFaktura or sent a payment file would prove little.
    const runs = report.runsExecuted;
    expect(runs).toBeGreaterThanOrEqual(20);
    expect(report.coverage['eFaktura delivered']).toBeGreaterThan(runs / 10);
    expect(report.coverage['agreement ended by a scan']).toBeGreaterThan(runs / 20);
    expect(report.coverage['payment file sent']).toBeGreaterThan(runs / 20);
    expect(report.coverage['payment run refused locally']).toBeGreaterThan(runs / 20);
  }, 120_000);
});
