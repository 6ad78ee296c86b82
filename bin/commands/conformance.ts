// efaktura-bench conformance: runs the check catalogue against a system under test through its
// driver (ARCHITECTURE.md §5.6) and writes report.json, junit.xml and report.html (§7).
// Exit codes: 0 every mandatory check passed, 1 one failed, 2 unusable input.
import { randomInt } from 'node:crypto';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import type { ProgressEvent } from '../../conformance/runner.ts';
import type { CheckResult } from '../../conformance/report/report-schema.ts';
import { isMutantName, MUTANTS } from '../../reference-client/mutants.ts';

interface ConformanceOptions {
  driver?: string;
  bench?: string;
  tenantKey?: string;
  only?: string[];
  seed?: number;
  reportDir?: string;
  mutant?: string;
  benchPort?: number;
  list?: boolean;
  listMutants?: boolean;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new InvalidArgumentError('a seed is a whole number from 0 to 4294967295');
  return seed;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function parseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return value.replace(/\/+$/, '');
  } catch {
    throw new InvalidArgumentError('give an http(s) URL, e.g. http://127.0.0.1:7070');
  }
}

/** `--only A B` and `--only A,B` both work. */
function collectIds(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  ];
}

const OUTCOME_LABEL: Record<CheckResult['outcome'], string> = {
  passed: 'PASS ',
  failed: 'FAIL ',
  error: 'ERROR',
  skipped: 'SKIP ',
};

function progressLine(event: Extract<ProgressEvent, { type: 'check' }>): string {
  const { result, index, total } = event;
  const width = String(total).length;
  const counter = `[${String(index).padStart(width)}/${total}]`;
  const severity = result.severity === 'recommended' ? ' (recommended)' : '';
  const lines = [
    `${counter} ${OUTCOME_LABEL[result.outcome]} ${result.id.padEnd(17)} ${result.title}${severity}  ${(result.durationMs / 1000).toFixed(2)} s`,
  ];
  if (result.error) lines.push(`         ${result.error}`);
  for (const finding of result.findings.slice(0, 3)) lines.push(`         - ${finding.message}`);
  if (result.findings.length > 3) lines.push(`         … ${result.findings.length - 3} more in the report`);
  return lines.join('\n');
}

/**
 * The suite itself, loaded when this command runs rather than when the CLI starts: the check
 * catalogue and the runner take about a second to load, which every other command would pay.
 */
async function loadSuite() {
  const [catalogue, driverClient, runner, text, reports] = await Promise.all([
    import('../../conformance/catalogue.ts'),
    import('../../conformance/http/driver-client.ts'),
    import('../../conformance/runner.ts'),
    import('../../conformance/report/text.ts'),
    import('../../conformance/report/write-reports.ts'),
  ]);
  return {
    CHECKS: catalogue.CHECKS,
    driverBaseUrl: driverClient.driverBaseUrl,
    DEFAULT_START: runner.DEFAULT_START,
    UnusableInputError: runner.UnusableInputError,
    runConformance: runner.runConformance,
    selectChecks: runner.selectChecks,
    verdictLine: text.verdictLine,
    writeReports: reports.writeReports,
  };
}

type Suite = Awaited<ReturnType<typeof loadSuite>>;

function listMutants(): void {
  for (const name of MUTANTS) console.log(name);
}

function listChecks({ CHECKS }: Suite): void {
  for (const check of CHECKS) {
    const targets = check.targets?.length ? `  [catches: ${check.targets.join(', ')}]` : '';
    console.log(
      `${check.id.padEnd(18)} ${check.severity.padEnd(11)} ${check.area.padEnd(14)} ${check.title}${targets}`,
    );
  }
}

async function run(options: ConformanceOptions, suite: Suite): Promise<number> {
  const { CHECKS, DEFAULT_START, UnusableInputError, driverBaseUrl, runConformance, selectChecks } = suite;
  if (!options.driver) {
    throw new UnusableInputError(
      'give --driver URL (your system’s driver) or --driver reference; see --help',
    );
  }
  const reference = options.driver === 'reference';
  if (options.mutant !== undefined && !reference) {
    throw new UnusableInputError('--mutant works only with --driver reference');
  }
  if (options.bench && !options.tenantKey) {
    throw new UnusableInputError(
      '--bench needs --tenant-key (the tenant key printed by efaktura-bench start)',
    );
  }
  let mutant: string | undefined;
  if (options.mutant !== undefined) {
    if (!isMutantName(options.mutant)) {
      throw new UnusableInputError(`unknown mutant "${options.mutant}"; one of: ${MUTANTS.join(', ')}`);
    }
    mutant = options.mutant;
  }
  const driverUrl = reference ? undefined : parseUrl(options.driver);
  // Unknown --only ids are unusable input, before anything starts.
  selectChecks(CHECKS, options.only);

  const seed = options.seed ?? randomInt(0, 0xffffffff);
  const start = DEFAULT_START;
  console.log(`efaktura-bench conformance — seed ${seed} (replay with --seed ${seed})`);

  let close: () => Promise<void> = async () => undefined;
  let benchUrl = options.bench;
  let tenantKey = options.tenantKey;
  let driver = driverUrl ? driverBaseUrl(driverUrl) : '';
  let benchInProcess = false;
  try {
    if (reference) {
      const { startReferenceSetup } = await import('../../conformance/reference-driver.ts');
      const setup = await startReferenceSetup({
        seed,
        start,
        transport: 'http',
        mutant: mutant as Parameters<typeof startReferenceSetup>[0]['mutant'],
        benchUrl: options.bench,
        tenantKey: options.tenantKey,
        benchPort: options.benchPort,
      });
      ({ benchUrl, tenantKey, benchInProcess } = setup);
      driver = setup.driverUrl;
      close = setup.close;
      console.log(`reference client${mutant ? ` (mutant ${mutant})` : ''} at ${driver}`);
    } else if (!benchUrl) {
      const { startBenchServer } = await import('../../simulators/server.ts');
      tenantKey ??= `ebk_tenant_conformance_${randomInt(0, 0xffffffff).toString(16).padStart(8, '0')}`;
      const server = await startBenchServer({
        port: options.benchPort ?? 7070,
        host: '127.0.0.1',
        apiKey: tenantKey,
        seed,
        world: 'demo',
        frozenAt: start,
      });
      benchUrl = server.url;
      benchInProcess = true;
      close = server.close;
      console.log(`bench started at ${benchUrl} with tenant key ${tenantKey}`);
    }
    console.log(`bench ${benchUrl}, driver ${driver}`);
    const report = await runConformance({
      benchUrl: benchUrl as string,
      tenantKey: tenantKey as string,
      driverUrl: driver,
      seed,
      checks: CHECKS,
      only: options.only,
      start,
      meta: { benchInProcess, reference, mutant: mutant ?? null },
      onProgress: (event) => {
        if (event.type === 'start') console.log(`run ${event.runId}: ${event.total} checks`);
        else console.log(progressLine(event));
      },
    });
    const written = suite.writeReports(report, options.reportDir);
    console.log(`\n${suite.verdictLine(report)}`);
    if (report.summary.mandatoryNotPassed.length > 0) {
      console.log(`mandatory checks not passed: ${report.summary.mandatoryNotPassed.join(', ')}`);
    }
    console.log(`reports: ${written.html}\n         ${written.json}\n         ${written.junit}`);
    console.log(`seed ${seed}`);
    return report.summary.verdict === 'pass' ? 0 : 1;
  } finally {
    await close();
  }
}

export function register(program: Command): void {
  program
    .command('conformance')
    .description(
      'Run the conformance checks against a system under test (its driver, ARCHITECTURE.md §5.6) and write JSON, JUnit and HTML reports',
    )
    .option(
      '--driver <url>',
      'the driver of the system under test (…/driver/v1), or "reference" for the bench’s reference client',
    )
    .option('--bench <url>', 'a running bench (default: start one in this process)', parseUrl)
    .option('--tenant-key <key>', 'the bench tenant key (with --bench; or to fix the in-process bench’s key)')
    .option('--only <ids...>', 'run only these check ids (space- or comma-separated)', collectIds)
    .option('--seed <n>', 'seed for every check world (printed when not given)', parseSeed)
    .option('--report-dir <dir>', 'write the reports here instead of reports/<run-id>/')
    .option('--mutant <name>', 'with --driver reference: run a deliberately faulty reference client')
    .option(
      '--bench-port <port>',
      'port of the in-process bench (default 7070; 0 for a free one with --driver reference)',
      parsePort,
    )
    .option('--list', 'print the checks and exit')
    .option('--list-mutants', 'print the reference client’s mutant names, one a line, and exit')
    .action(async (options: ConformanceOptions) => {
      if (options.listMutants) return listMutants();
      const suite = await loadSuite();
      if (options.list) return listChecks(suite);
      try {
        process.exitCode = await run(options, suite);
      } catch (error) {
        if (error instanceof suite.UnusableInputError || error instanceof InvalidArgumentError) {
          console.error(`efaktura-bench conformance: ${error.message}`);
          process.exitCode = 2;
          return;
        }
        throw error;
      }
    });
}
