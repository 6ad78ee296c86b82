// Runs the model: fast-check generates a run set-up (the approval rule) and a command sequence,
// each run starts from a fresh world, executes the commands with fc.asyncModelRun, then settles
// and judges the end state. A failure is shrunk to a short sequence and reported as a story with
// the seed, the path and the command that replays it.
import fc from 'fast-check';
import { allCommands } from './commands/index.ts';
import { startRun } from './run-start.ts';
import { settleAndJudge } from './settle.ts';
import type { ScenarioTarget } from './target.ts';
import { describeSetup, runSetupArbitrary } from './run-setup.ts';
import type { RunSetup } from './run-setup.ts';
import type { ScenarioModel } from './model.ts';
import type { ScenarioSystem } from './system.ts';
import { COVERAGE_LABELS, coverageOf } from './coverage.ts';
import type { CoverageLabel } from './coverage.ts';

/** The longest command sequence a run may have (fc.commands generates up to it, size 'max'). */
export const DEFAULT_MAX_COMMANDS = 40;

export interface ScenarioOptions {
  target: ScenarioTarget;
  /** fast-check's seed; also the bench's world seed, so a seed always shows the same world. */
  seed: number;
  runs: number;
  /**
   * The bench's world seed for every run (default: `seed`). An external driver wired to a bench
   * started with `--seed N` keeps its credentials when the runs re-seed with the same N.
   */
  worldSeed?: number;
  /** Replay: the path fast-check printed for the counterexample. */
  path?: string;
  /** Replay hint for the command sequence (fc.commands' replayPath), when printed. */
  replayPath?: string;
  maxCommands?: number;
  /** Command names left out of the runs (e.g. while a known fault is being fixed). */
  exclude?: readonly string[];
  /** Stop after this many milliseconds of running (fast-check's interruptAfterTimeLimit). */
  timeLimitMs?: number;
  /** The command line that replays a failure, without --seed/--path (e.g. "npm run scenarios --"). */
  replayCommand?: string;
  onRunDone?: (info: { run: number; ok: boolean }) => void;
}

export interface ScenarioFailure {
  /** A broken invariant, or a target the scenarios could not use (set-up, transport, configuration). */
  kind: 'violation' | 'unusable-target';
  setup: string;
  /** The shrunk command sequence, one command a line. */
  commands: string[];
  /** The story of the failing run: each step with what came back. */
  story: string[];
  error: string;
  path: string;
  replayPath?: string;
  replay: string;
}

export interface ScenarioReport {
  ok: boolean;
  seed: number;
  runsExecuted: number;
  shrinks: number;
  durationMs: number;
  failure?: ScenarioFailure;
  /** 500s the bench produced while running (bench bugs), when it ran in this process. */
  internalErrors: number;
  /** How many passing runs reached each situation. */
  coverage: Record<CoverageLabel, number>;
}

export async function runScenarios(options: ScenarioOptions): Promise<ScenarioReport> {
  const started = Date.now();
  let runs = 0;
  const worldSeed = (options.worldSeed ?? options.seed) >>> 0;
  let lastFailedStory: string[] = [];
  const coverage = Object.fromEntries(COVERAGE_LABELS.map((label) => [label, 0])) as Record<
    CoverageLabel,
    number
  >;
  // Commands first: fast-check shrinks the first argument first, and fc.commands' shrinker works
  // best on a fresh counterexample; the set-up is shrunk after the story is already short.
  const property = fc.asyncProperty(
    fc.commands(allCommands(options.exclude), {
      maxCommands: options.maxCommands ?? DEFAULT_MAX_COMMANDS,
      size: 'max',
      replayPath: options.replayPath,
    }),
    runSetupArbitrary,
    async (commands, setup) => {
      runs += 1;
      const tenant = options.target.openTenant ? await options.target.openTenant(worldSeed) : undefined;
      let story: string[] = [];
      try {
        const { model, system } = await startRun(
          options.target,
          setup,
          worldSeed,
          tenant?.key ?? options.target.tenantKey,
        );
        story = system.story;
        await fc.asyncModelRun(() => ({ model, real: system }), commands);
        await settleAndJudge(model, system);
        for (const label of coverageOf(model, system)) coverage[label] += 1;
        options.onRunDone?.({ run: runs, ok: true });
      } catch (error) {
        lastFailedStory = [...story];
        options.onRunDone?.({ run: runs, ok: false });
        throw error;
      } finally {
        await tenant?.close();
      }
    },
  );
  const details = await fc.check(property, {
    seed: options.seed,
    numRuns: options.runs,
    path: options.path,
    interruptAfterTimeLimit: options.timeLimitMs,
    // A replay shows the counterexample; it does not shrink it further.
    endOnFailure: options.path !== undefined,
    markInterruptAsFailure: false,
  });
  const report: ScenarioReport = {
    ok: !details.failed,
    seed: options.seed,
    runsExecuted: details.numRuns,
    shrinks: details.numShrinks,
    durationMs: Date.now() - started,
    internalErrors: options.target.internalErrors.length,
    coverage,
  };
  if (details.failed && details.counterexample) {
    const [commands, setup] = details.counterexample;
    const commandText = String(commands);
    const replayPath = /replayPath="([^"]*)"/.exec(commandText)?.[1];
    const list = commandText
      .replace(/\/\*replayPath="[^"]*"\*\//, '')
      .split(/,(?![^(]*\))/)
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const path = details.counterexamplePath ?? '';
    const base = options.replayCommand ?? 'npm run scenarios --';
    const error = details.errorInstance;
    report.failure = {
      kind: isUnusableTarget(error) ? 'unusable-target' : 'violation',
      setup: describeSetup(setup),
      commands: list,
      story: lastFailedStory,
      error:
        details.errorInstance instanceof Error
          ? details.errorInstance.message
          : String(details.errorInstance),
      path,
      replayPath,
      replay: `${base} --seed ${options.seed}${options.worldSeed !== undefined ? ` --world-seed ${options.worldSeed}` : ''} --max-commands ${options.maxCommands ?? DEFAULT_MAX_COMMANDS} --path "${path}"${replayPath ? ` --replay-path "${replayPath}"` : ''}${
        options.target.mutant ? ` --mutant ${options.target.mutant}` : ''
      }${options.exclude?.length ? ` --exclude ${options.exclude.join(',')}` : ''}`,
    };
  } else if (details.failed) {
    report.failure = {
      kind: 'violation',
      setup: '',
      commands: [],
      story: [],
      error: 'fast-check gave up (too many skipped runs)',
      path: '',
      replay: `${options.replayCommand ?? 'npm run scenarios --'} --seed ${options.seed}`,
    };
  }
  return report;
}

/** One hand-written run: a set-up and a command sequence, judged like a generated run. */
export async function runStory(
  target: ScenarioTarget,
  setup: RunSetup,
  commands: ReadonlyArray<fc.AsyncCommand<ScenarioModel, ScenarioSystem>>,
  seed = 1,
): Promise<{ ok: boolean; story: string[]; error?: string; coverage: Set<CoverageLabel> }> {
  const tenant = target.openTenant ? await target.openTenant(seed) : undefined;
  let story: string[] = [];
  try {
    const { model, system } = await startRun(target, setup, seed, tenant?.key ?? target.tenantKey);
    story = system.story;
    await fc.asyncModelRun(() => ({ model, real: system }), commands);
    await settleAndJudge(model, system);
    return { ok: true, story, coverage: coverageOf(model, system) };
  } catch (error) {
    return {
      ok: false,
      story,
      error: error instanceof Error ? error.message : String(error),
      coverage: new Set(),
    };
  } finally {
    await tenant?.close();
  }
}

/** Errors that say the bench or driver could not be used at all, rather than a rule being broken. */
function isUnusableTarget(error: unknown): boolean {
  return (
    error instanceof Error && ['ScenarioSetupError', 'TransportError', 'ConfigError'].includes(error.name)
  );
}

/** The human report: what ran, and for a failure the story, the shrunk sequence and the replay. */
export function formatReport(report: ScenarioReport): string {
  const lines = [
    `efaktura-bench scenarios: seed ${report.seed}, ${report.runsExecuted} run(s) in ${(report.durationMs / 1000).toFixed(1)} s`,
  ];
  if (report.internalErrors > 0)
    lines.push(`bench bugs: ${report.internalErrors} request(s) answered 500 EB-INTERNAL`);
  if (report.ok) {
    lines.push(
      'every invariant held (consent, cancellation, KID, approvals, money)',
      '',
      'Runs that reached:',
    );
    for (const [label, count] of Object.entries(report.coverage))
      lines.push(`  ${String(count).padStart(4)}  ${label}`);
    return lines.join('\n');
  }
  const failure = report.failure;
  if (!failure) return lines.join('\n');
  if (failure.kind === 'unusable-target') {
    lines.push('', 'The bench or the driver could not be used (this is not a finding about the rules):');
    lines.push(...failure.error.split('\n').map((line) => `  ${line}`));
    if (failure.story.length > 0) lines.push('', 'Up to then:', ...failure.story.map((line) => `  ${line}`));
    return lines.join('\n');
  }
  lines.push(
    '',
    `FAILED after shrinking ${report.shrinks} time(s): ${failure.setup}`,
    '',
    'Shrunk command sequence:',
  );
  lines.push(...failure.commands.map((command, index) => `  ${index + 1}. ${command}`));
  if (failure.story.length > 0)
    lines.push('', 'What happened (the failing run):', ...failure.story.map((line) => `  ${line}`));
  lines.push('', 'Violation:', ...failure.error.split('\n').map((line) => `  ${line}`));
  lines.push('', `Replay: ${failure.replay}`);
  return lines.join('\n');
}
