// efaktura-bench conformance: runs the check catalogue against a system under test through its
// driver (ARCHITECTURE.md §5.6) and writes report.json, junit.xml and report.html (§7).
// Exit codes: 0 every mandatory check passed, 1 one failed, 2 unusable input. The run is in
// conformance-run.ts, loaded when the command runs.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { MUTANTS } from '../../reference-client/mutants.ts';

export interface ConformanceOptions {
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

export function parseUrl(value: string): string {
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

function listMutants(): void {
  for (const name of MUTANTS) console.log(name);
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
      const { listChecks, run, UnusableInputError } = await import('./conformance-run.ts');
      if (options.list) return listChecks();
      try {
        process.exitCode = await run(options);
      } catch (error) {
        if (error instanceof UnusableInputError || error instanceof InvalidArgumentError) {
          console.error(`efaktura-bench conformance: ${error.message}`);
          process.exitCode = 2;
          return;
        }
        throw error;
      }
    });
}
