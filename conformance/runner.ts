// Runs the catalogue against a system under test: every active check in a fresh world (reset with
// the run's seed, frozen clock at a fixed start, driver reset), then the passive checks over
// everything the SUT sent. Produces the report object (report/report-schema.ts); writing files
// and printing are the caller's business.
import { readFileSync } from 'node:fs';
import { lookupCode } from '../src/codes/catalogue.ts';
import { osloIso, OSLO_TIME_ZONE } from '../src/norway/oslo-time.ts';
import { osloDate } from '../src/norway/oslo-time.ts';
import { CheckContext, NotApplicable } from './check-context.ts';
import { BenchClient, BenchSetupError } from './http/bench-client.ts';
import { DriverClient, DriverFailure } from './http/driver-client.ts';
import { UnreachableError } from './http/json-client.ts';
import type { FetchLike } from './http/json-client.ts';
import { REPORT_SCHEMA_ID } from './report/report-schema.ts';
import type { CatalogueExplanation, CheckResult, ConformanceReport } from './report/report-schema.ts';
import { readSutTraffic } from './traffic/sut-traffic.ts';
import type { RunTraffic, WorldSegment } from './traffic/run-traffic.ts';
import type { ActiveCheck, Check, Finding, Outcome, PassiveCheck } from './types.ts';
import { readWorld } from './world/world-info.ts';
import type { WorldInfo } from './world/world-info.ts';

/** Monday 12 January 2026, 08:00 in Oslo: a banking day, far from holidays (test/support). */
export const DEFAULT_START = new Date('2026-01-12T08:00:00+01:00');
export const DEFAULT_CHECK_TIMEOUT_MS = 120_000;

/** The input cannot be used (bench or driver unreachable, unknown check id): exit code 2. */
export class UnusableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableInputError';
  }
}

export type ProgressEvent =
  | { type: 'start'; total: number; seed: number; runId: string }
  | { type: 'check'; index: number; total: number; result: CheckResult };

export interface RunOptions {
  benchUrl: string;
  tenantKey: string;
  /** The driver's base URL, ending in /driver/v1. */
  driverUrl: string;
  /** Sent to the driver as a bearer key; defaults to the tenant key (an in-bench driver needs it). */
  driverKey?: string;
  seed: number;
  checks: readonly Check[];
  /** Run only these ids (others are left out of the report). */
  only?: readonly string[];
  start?: Date;
  checkTimeoutMs?: number;
  onProgress?: (event: ProgressEvent) => void;
  fetch?: FetchLike;
  /** Recorded in the report. */
  meta?: { benchInProcess?: boolean; reference?: boolean; mutant?: string | null };
  /** Real clock for ids and durations (tests may pin it). */
  now?: () => number;
}

export function benchVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** `20260112T080000Z-seed-42`: the start time and the seed, safe as a directory name. */
export function makeRunId(startedAt: number, seed: number): string {
  const stamp = new Date(startedAt)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
  return `${stamp}-seed-${seed}`;
}

export function selectChecks(checks: readonly Check[], only: readonly string[] | undefined): Check[] {
  if (!only || only.length === 0) return [...checks];
  const wanted = new Set(only.map((id) => id.toUpperCase()));
  const unknown = [...wanted].filter((id) => !checks.some((check) => check.id === id));
  if (unknown.length > 0) {
    throw new UnusableInputError(
      `Unknown check id ${unknown.join(', ')}; run "efaktura-bench conformance --list" to see the ids.`,
    );
  }
  return checks.filter((check) => wanted.has(check.id));
}

export async function runConformance(options: RunOptions): Promise<ConformanceReport> {
  const now = options.now ?? (() => Date.now());
  const startedAt = now();
  const start = options.start ?? DEFAULT_START;
  const runId = makeRunId(startedAt, options.seed);
  const selected = selectChecks(options.checks, options.only);
  const active = selected.filter((check): check is ActiveCheck => check.kind === 'active');
  const passive = selected.filter((check): check is PassiveCheck => check.kind === 'passive');
  const bench = new BenchClient(options.benchUrl, options.tenantKey, options.fetch);
  const settings = await preflight(bench, options);

  options.onProgress?.({ type: 'start', total: selected.length, seed: options.seed, runId });
  const results: CheckResult[] = [];
  const segments: WorldSegment[] = [];
  let journalCursor = await lastSeq(bench, 0);
  let index = 0;
  const emit = (result: CheckResult): void => {
    results.push(result);
    index += 1;
    options.onProgress?.({ type: 'check', index, total: selected.length, result });
  };

  for (const check of active) {
    const driver = new DriverClient(options.driverUrl, options.driverKey ?? options.tenantKey, options.fetch);
    const { result, context, world } = await runActive(
      check,
      bench,
      driver,
      options,
      start,
      journalCursor,
      now,
    );
    const entries = context ? await context.entries().catch(() => []) : [];
    journalCursor = context
      ? Math.max(journalCursor, entries.at(-1)?.seq ?? journalCursor)
      : await lastSeq(bench, journalCursor);
    if (result.evidence.journal) result.evidence.journal.to = journalCursor;
    segments.push({
      checkId: check.id,
      traffic: readSutTraffic(entries, context?.runnerParties ?? new Set()),
      driverCalls: driver.calls,
      customers: driver.customers,
      invoices: driver.invoices,
      world,
      startDate: osloDate(start),
    });
    emit(result);
  }

  const traffic: RunTraffic = { segments };
  for (const check of passive) emit(runPassive(check, traffic, now));

  const finishedAt = now();
  return {
    schema: REPORT_SCHEMA_ID,
    runId,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationMs: Math.max(0, Math.round(finishedAt - startedAt)),
    seed: options.seed,
    clock: { start: osloIso(start), timeZone: OSLO_TIME_ZONE, frozen: true },
    bench: {
      url: options.benchUrl,
      version: benchVersion(),
      inProcess: options.meta?.benchInProcess ?? false,
    },
    driver: {
      url: options.driverUrl,
      reference: options.meta?.reference ?? false,
      mutant: options.meta?.mutant ?? null,
    },
    settings,
    selection: { only: options.only && options.only.length > 0 ? [...options.only] : null },
    summary: summarise(results),
    checks: results,
    codes: explainCodes(results),
  };
}

/** Both ends must answer before anything runs: an unusable set-up exits 2, not 1. */
async function preflight(
  bench: BenchClient,
  options: RunOptions,
): Promise<Record<string, Record<string, unknown>>> {
  try {
    await bench.clock();
    const settings = await bench.settings();
    await bench.freezeAt(options.start ?? DEFAULT_START);
    await bench.reset(options.seed, 'demo');
    const driver = new DriverClient(options.driverUrl, options.driverKey ?? options.tenantKey, options.fetch);
    await driver.reset();
    return settings;
  } catch (error) {
    if (error instanceof UnreachableError) throw new UnusableInputError(error.message);
    if (error instanceof BenchSetupError) {
      throw new UnusableInputError(
        `${error.message}. Is --bench the bench's base URL and --tenant-key a tenant key of it?`,
      );
    }
    if (error instanceof DriverFailure) {
      throw new UnusableInputError(
        `${error.message}. The driver must answer POST /driver/v1/reset with 2xx (ARCHITECTURE.md §5.6).`,
      );
    }
    throw error;
  }
}

async function lastSeq(bench: BenchClient, from: number): Promise<number> {
  return (await bench.journalSince(from)).last;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runActive(
  check: ActiveCheck,
  bench: BenchClient,
  driver: DriverClient,
  options: RunOptions,
  start: Date,
  journalStart: number,
  now: () => number,
): Promise<{ result: CheckResult; context?: CheckContext; world?: WorldInfo }> {
  const began = now();
  let context: CheckContext | undefined;
  let world: WorldInfo | undefined;
  let outcome: Outcome = 'passed';
  let error: string | undefined;
  try {
    // A fresh world: the clock is set before the reset so seeded dates are relative to it.
    await bench.freezeAt(start);
    await bench.reset(options.seed, 'demo');
    world = readWorld(await bench.world());
    await driver.reset();
    context = new CheckContext({ check, bench, driver, world, seed: options.seed, start, journalStart });
    await withTimeout(check.run(context), options.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS, check.id);
    outcome = context.findings.length > 0 ? 'failed' : 'passed';
  } catch (caught) {
    if (caught instanceof NotApplicable) {
      outcome = 'skipped';
      error = `Not applicable: ${caught.message}`;
    } else if (caught instanceof DriverFailure && context) {
      // The SUT refused or broke on a call the check needs: that is a failure of the SUT.
      const body = caught.result.body as { code?: unknown } | undefined;
      context.fail({
        message: caught.message,
        fix: 'The driver must accept this call as ARCHITECTURE.md §5.6 specifies and answer 2xx.',
        excerpt: caught.result.text.slice(0, 400),
        codes: typeof body?.code === 'string' ? [body.code] : [],
      });
      outcome = 'failed';
    } else {
      outcome = 'error';
      error = caught instanceof Error ? caught.message : String(caught);
    }
  }
  const findings = context?.findings ?? [];
  if (outcome === 'passed' && findings.length > 0) outcome = 'failed';
  return {
    result: resultOf(check, outcome, now() - began, findings, context?.notes ?? [], error, {
      from: journalStart,
      to: journalStart,
    }),
    context,
    world,
  };
}

function runPassive(check: PassiveCheck, traffic: RunTraffic, now: () => number): CheckResult {
  const began = now();
  const findings: Finding[] = [];
  const notes: string[] = [];
  let outcome: Outcome = 'passed';
  let error: string | undefined;
  try {
    check.inspect(traffic, {
      fail: (input) => findings.push({ ...input, seqs: input.seqs ?? [], codes: input.codes ?? [] }),
      note: (text) => notes.push(text),
    });
    outcome = findings.length > 0 ? 'failed' : 'passed';
  } catch (caught) {
    outcome = 'error';
    error = caught instanceof Error ? caught.message : String(caught);
  }
  return resultOf(check, outcome, now() - began, findings, notes, error, undefined);
}

/** At most this many findings per check in the report: the first ones tell the story. */
const MAX_FINDINGS = 50;

function resultOf(
  check: Check,
  outcome: Outcome,
  durationMs: number,
  allFindings: Finding[],
  notes: string[],
  error: string | undefined,
  journal: { from: number; to: number } | undefined,
): CheckResult {
  const findings = allFindings.slice(0, MAX_FINDINGS);
  if (allFindings.length > MAX_FINDINGS)
    notes.push(`${allFindings.length - MAX_FINDINGS} more findings were left out.`);
  const seqs = [...new Set(findings.flatMap((finding) => finding.seqs))].sort((a, b) => a - b);
  const codes = [...new Set(findings.flatMap((finding) => finding.codes))].sort();
  return {
    id: check.id,
    kind: check.kind,
    area: check.area,
    title: check.title,
    rule: check.rule,
    sources: check.sources.map((source) => ({ ...source, keys: [...source.keys] })),
    severity: check.severity,
    targets: [...(check.targets ?? [])],
    outcome,
    durationMs: Math.max(0, Math.round(durationMs)),
    findings,
    notes,
    ...(error === undefined ? {} : { error }),
    evidence: { seqs, ...(journal ? { journal } : {}) },
    codes,
  };
}

export function summarise(results: readonly CheckResult[]): ConformanceReport['summary'] {
  const count = (outcome: Outcome): number => results.filter((result) => result.outcome === outcome).length;
  const mandatoryNotPassed = results
    .filter(
      (result) =>
        result.severity === 'mandatory' && (result.outcome === 'failed' || result.outcome === 'error'),
    )
    .map((result) => result.id);
  return {
    total: results.length,
    passed: count('passed'),
    failed: count('failed'),
    errors: count('error'),
    skipped: count('skipped'),
    mandatoryNotPassed,
    verdict: mandatoryNotPassed.length === 0 ? 'pass' : 'fail',
  };
}

function explainCodes(results: readonly CheckResult[]): CatalogueExplanation[] {
  const codes = [...new Set(results.flatMap((result) => result.codes))].sort();
  return codes.flatMap((code) => {
    const entry = lookupCode(code);
    if (!entry) return [];
    return [
      {
        code: entry.code,
        family: entry.family,
        title: entry.title,
        meaning: entry.meaning,
        remedy: entry.remedy,
      },
    ];
  });
}
