// npm run scenarios -- [--runs N] [--seed N] [--path P] [--driver URL] ...: the model-based
// scenarios from the command line. Prints the seed first, progress while it runs, and for a
// failure the shrunk story and the command that replays it. Exit 0 all held, 1 a violation,
// 2 unusable input or a target that could not be used.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { isMutantName, MUTANTS } from '../reference-client/index.ts';
import type { MutantName } from '../reference-client/index.ts';
import { DEFAULT_MAX_COMMANDS, formatReport, runScenarios } from './runner.ts';
import { startTarget } from './target.ts';
import { COMMANDS } from './commands/index.ts';
import type { TargetKind } from './target.ts';

/** Bad input found after parsing: printed, exit 2. */
class UsageError extends Error {}

function integer(name: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${name} is a whole number from ${min} to ${max}`);
    return n;
  };
}

function mutant(value: string): MutantName {
  if (!isMutantName(value)) throw new InvalidArgumentError(`unknown mutant; one of: ${MUTANTS.join(', ')}`);
  return value;
}

function transport(value: string): TargetKind {
  if (value !== 'in-process' && value !== 'loopback')
    throw new InvalidArgumentError('in-process or loopback');
  return value;
}

interface CliOptions {
  runs: number;
  seed?: number;
  path?: string;
  replayPath?: string;
  maxCommands: number;
  driver?: string;
  bench?: string;
  tenantKey?: string;
  port: number;
  mutant?: MutantName;
  transport: TargetKind;
  timeLimit?: number;
  exclude?: string;
  worldSeed?: number;
}

const program = new Command('scenarios')
  .description(
    'Model-based scenarios (fast-check): random sequences of consent changes, scans, billing, online-bank actions, payables, payment runs and clock moves against the bench and a driver, checking the consent, cancellation, KID, approval and money invariants after every step',
  )
  .option('--runs <n>', 'how many runs (command sequences) to try', integer('--runs', 1, 1_000_000), 100)
  .option(
    '--seed <n>',
    'fast-check and world seed (printed when not given)',
    integer('--seed', -0x80000000, 0x7fffffff),
  )
  .option(
    '--world-seed <n>',
    "the bench world's seed for every run (default: --seed); with --driver, the seed your bench started with",
    integer('--world-seed', 0, 0xffffffff),
  )
  .option('--path <path>', 'replay: the path printed for a failure (with its --seed)')
  .option('--replay-path <p>', 'replay: the command sequence hint printed for a failure')
  .option(
    '--max-commands <n>',
    'longest command sequence per run',
    integer('--max-commands', 1, 500),
    DEFAULT_MAX_COMMANDS,
  )
  .option(
    '--driver <url>',
    'the driver of another system under test (…/driver/v1); default: the reference client in-process',
  )
  .option('--bench <url>', 'with --driver: a bench already running (else one starts on --port)')
  .option('--tenant-key <key>', 'the bench tenant key (with --bench; the default tenant key otherwise)')
  .option(
    '--port <n>',
    'with --driver and no --bench: port for the bench started here',
    integer('--port', 0, 65535),
    7070,
  )
  .option(
    '--mutant <name>',
    'run the reference client with one deliberate fault (see --list-mutants)',
    mutant,
  )
  .option(
    '--transport <kind>',
    'reference client: in-process (default) or loopback (real HTTP on 127.0.0.1)',
    transport,
    'in-process',
  )
  .option(
    '--time-limit <seconds>',
    'stop generating new runs after this long',
    integer('--time-limit', 1, 86_400),
  )
  .option('--exclude <commands>', 'leave these commands out, comma-separated (see --list-commands)')
  .option('--list-mutants', 'print the reference client mutants, one a line, and exit')
  .option('--list-commands', 'print the command names and their weights, and exit')
  .exitOverride();

async function main(): Promise<number> {
  program.parse(process.argv);
  const options = program.opts<CliOptions & { listMutants?: boolean; listCommands?: boolean }>();
  if (options.listMutants) {
    for (const name of MUTANTS) console.log(name);
    return 0;
  }
  if (options.listCommands) {
    for (const command of COMMANDS) console.log(`${command.name} (weight ${command.weight})`);
    return 0;
  }
  const exclude = options.exclude
    ? options.exclude
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
    : [];
  const unknown = exclude.filter((name) => !COMMANDS.some((command) => command.name === name));
  if (unknown.length > 0)
    throw new UsageError(`--exclude: unknown command(s) ${unknown.join(', ')} (see --list-commands)`);
  if (options.mutant && options.driver)
    throw new UsageError('--mutant applies to the reference client, not to --driver');
  const seed = options.seed ?? (Date.now() ^ (process.pid << 16)) | 0;
  console.log(
    `seed ${seed}${options.path ? `, replaying path ${options.path}` : ''}${options.mutant ? `, mutant ${options.mutant}` : ''}`,
  );
  const target = await startTarget({
    kind: options.transport,
    driverUrl: options.driver,
    benchUrl: options.bench,
    tenantKey: options.tenantKey,
    port: options.port,
    mutant: options.mutant,
    seed: (options.worldSeed ?? seed) >>> 0,
  });
  if (target.kind === 'external') {
    console.log(`bench ${target.benchUrl} (tenant key ${target.tenantKey}), driver ${target.driverUrl}`);
  }
  try {
    let dots = 0;
    const report = await runScenarios({
      target,
      seed,
      runs: options.path ? 1 : options.runs,
      path: options.path,
      replayPath: options.replayPath,
      maxCommands: options.maxCommands,
      worldSeed: options.worldSeed,
      exclude,
      timeLimitMs: options.timeLimit ? options.timeLimit * 1000 : undefined,
      replayCommand: [
        'npm run scenarios --',
        options.driver ? `--driver ${options.driver}` : '',
        options.bench ? `--bench ${options.bench}` : '',
      ]
        .filter(Boolean)
        .join(' '),
      onRunDone: ({ ok }) => {
        process.stdout.write(ok ? '.' : 'x');
        dots += 1;
        if (dots % 50 === 0) process.stdout.write('\n');
      },
    });
    process.stdout.write('\n');
    console.log(formatReport(report));
    if (report.ok) return 0;
    return report.failure?.kind === 'unusable-target' ? 2 : 1;
  } finally {
    await target.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`scenarios: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    console.error(`scenarios: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
