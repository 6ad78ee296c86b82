// Teeth: the scenarios must find a counterexample against deliberately faulty reference clients
// (reference-client/mutants.ts), and the violation must be the rule the fault breaks.
import { describe, expect, it } from 'vitest';
import type { MutantName } from '../reference-client/index.ts';
import { formatReport, runScenarios } from './runner.ts';
import { startTarget } from './target.ts';

const SEED = 20_260_112;

/**
 * Left out so each counterexample is about the mutant's own fault: the reference client itself
 * loses an invoice whose eFaktura the consumer deletes before its first poll (docs/scenarios.md,
 * "Findings"), which the consent rule would report for any mutant.
 */
const EXCLUDE = ['deleteEfaktura'];

/** Each mutant with the invariant families that may report it. */
const CAUGHT_BY: ReadonlyArray<[MutantName, RegExp]> = [
  ['single-approver', /^\[approvals\]/],
  ['mod11-no-dash', /^\[kid\]/],
  ['ignores-blacklist', /^\[(cancellation|consent)\]/],
  ['no-fallback-after-rejection', /^\[(cancellation|consent)\]/],
];

describe('the scenarios have teeth', () => {
  it.each(CAUGHT_BY)(
    'finds and shrinks a counterexample against the %s mutant',
    async (mutant, rule) => {
      const target = await startTarget({ kind: 'in-process', mutant });
      const report = await runScenarios({
        target,
        seed: SEED,
        runs: 150,
        timeLimitMs: 25_000,
        exclude: EXCLUDE,
      });
      await target.close();
      expect(report.ok, `no counterexample for ${mutant} in ${report.runsExecuted} runs`).toBe(false);
      expect(report.failure?.kind).toBe('violation');
      expect(report.failure?.error, formatReport(report)).toMatch(rule);
      // Shrunk to a short story that replays.
      expect(report.failure?.commands.length).toBeLessThanOrEqual(8);
      expect(report.failure?.replay).toContain(`--mutant ${mutant}`);
      expect(report.failure?.replay).toMatch(/--seed \d+ .*--path "[\d:]+"/);
    },
    60_000,
  );
});
