// The suite's teeth (issue 6): the reference client passes every check, and each deliberately
// faulty mutant of it fails at least one. Everything runs in process (the driver is a simulator of
// the bench, no sockets). Mutants run only the checks designed to catch them, a smoke subset and
// the passive checks, to keep `npm test` fast; `efaktura-bench conformance --driver reference
// --mutant NAME` runs the whole catalogue against one.
import { afterAll, describe, expect, it } from 'vitest';
import { MUTANTS } from '../reference-client/index.ts';
import type { MutantName } from '../reference-client/index.ts';
import { CHECKS } from './catalogue.ts';
import { startReferenceSetup } from './reference-driver.ts';
import type { ReferenceSetup } from './reference-driver.ts';
import { DEFAULT_START, runConformance } from './runner.ts';
import type { ConformanceReport } from './report/report-schema.ts';

const SEED = 42;
/** Cheap checks every mutant also runs, so a mutant that breaks the basics shows it. */
const SMOKE = ['EF-CONSENT-001', 'REM-PAIN-001'];

function checksFor(mutant: MutantName): string[] {
  return CHECKS.filter(
    (check) => check.kind === 'passive' || SMOKE.includes(check.id) || check.targets?.includes(mutant),
  ).map((check) => check.id);
}

async function run(
  mutant: MutantName | undefined,
  only?: string[],
): Promise<{ report: ConformanceReport; setup: ReferenceSetup }> {
  const setup = await startReferenceSetup({
    seed: SEED,
    start: DEFAULT_START,
    transport: 'in-process',
    mutant,
  });
  const report = await runConformance({
    benchUrl: setup.benchUrl,
    tenantKey: setup.tenantKey,
    driverUrl: setup.driverUrl,
    fetch: setup.fetch,
    seed: SEED,
    checks: CHECKS,
    only,
    meta: { benchInProcess: true, reference: true, mutant: mutant ?? null },
  });
  await setup.close();
  return { report, setup };
}

function describeOutcomes(report: ConformanceReport): string {
  return report.checks
    .filter((check) => check.outcome !== 'passed')
    .map((check) => `${check.id} ${check.outcome}: ${check.error ?? check.findings[0]?.message ?? ''}`)
    .join('\n');
}

const killedBy = new Map<MutantName, string[]>();

afterAll(() => {
  const killed = [...killedBy.values()].filter((ids) => ids.length > 0).length;
  const lines = MUTANTS.map(
    (mutant) => `  ${mutant.padEnd(28)} ${killedBy.get(mutant)?.join(', ') || 'SURVIVED'}`,
  );
  console.log(`conformance mutation score ${killed}/${MUTANTS.length} (seed ${SEED})\n${lines.join('\n')}`);
});

describe('conformance suite teeth', () => {
  it('the reference client passes every check of the catalogue, with no bench bug on the way', async () => {
    const { report, setup } = await run(undefined);
    expect(describeOutcomes(report)).toBe('');
    expect(report.checks).toHaveLength(CHECKS.length);
    expect(report.summary.verdict).toBe('pass');
    expect(setup.internalErrors).toEqual([]);
  }, 240_000);

  it.each(MUTANTS.map((mutant) => [mutant]))(
    'mutant %s fails a mandatory check designed to catch it',
    async (mutant) => {
      const { report, setup } = await run(mutant, checksFor(mutant));
      const killers = report.checks
        .filter((check) => check.outcome === 'failed' && check.severity === 'mandatory')
        .map((check) => check.id);
      killedBy.set(mutant, killers);
      expect(report.summary.verdict).toBe('fail');
      expect(killers.some((id) => CHECKS.find((check) => check.id === id)?.targets?.includes(mutant))).toBe(
        true,
      );
      // Errors would mean the suite broke, not that it caught the mutant.
      expect(report.checks.filter((check) => check.outcome === 'error').map((check) => check.id)).toEqual([]);
      expect(setup.internalErrors).toEqual([]);
    },
    120_000,
  );
});
