// efaktura-bench conformance, the run itself (registered in conformance.ts, which loads this file
// only when the command runs: the check catalogue and the runner take about a second to load,
// which every other command would pay).
import { randomInt } from 'node:crypto';
import { CHECKS } from '../../conformance/catalogue.ts';
import { driverBaseUrl } from '../../conformance/http/driver-client.ts';
import { DEFAULT_START, UnusableInputError, runConformance, selectChecks } from '../../conformance/runner.ts';
import type { ProgressEvent } from '../../conformance/runner.ts';
import { verdictLine } from '../../conformance/report/text.ts';
import { writeReports } from '../../conformance/report/write-reports.ts';
import type { CheckResult } from '../../conformance/report/report-schema.ts';
import { isMutantName, MUTANTS } from '../../reference-client/mutants.ts';
import { parseUrl } from './conformance.ts';
import type { ConformanceOptions } from './conformance.ts';

export { UnusableInputError };

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

export function listChecks(): void {
  for (const check of CHECKS) {
    const targets = check.targets?.length ? `  [catches: ${check.targets.join(', ')}]` : '';
    console.log(
      `${check.id.padEnd(18)} ${check.severity.padEnd(11)} ${check.area.padEnd(14)} ${check.title}${targets}`,
    );
  }
}

export async function run(options: ConformanceOptions): Promise<number> {
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
    const written = writeReports(report, options.reportDir);
    console.log(`\n${verdictLine(report)}`);
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
