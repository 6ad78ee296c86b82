// `efaktura-bench numbers`: check and make Norwegian numbers (KID, kontonummer, IBAN, orgnr,
// fødselsnummer). A contract: CI scripts parse `check`'s output lines and rely on its exit codes
// (0 all valid, 1 some invalid, 2 usage error). The rules live in src/norway; this is the adapter.
import { randomInt } from 'node:crypto';
import { Argument, InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { checkNumber, isIsoDate, makeKid, NUMBER_KINDS } from '../../src/norway/index.ts';
import type { KidAlgorithm, KidOptions, NationalIdKind, NumberKind } from '../../src/norway/index.ts';
// The world's number makers one by one, not through src/world/index.ts: that also loads faker,
// which would double the time this command takes to start.
import { makeAccountNumber } from '../../src/world/account-number.ts';
import { makeRandomNationalId } from '../../src/world/national-id.ts';
import { makeOrgNumber } from '../../src/world/organisation-number.ts';
import { SeededRandom } from '../../src/world/rng.ts';

const USAGE = { exitCode: 2, code: 'efaktura-bench.usage' };

function parseAlgorithm(value: string): KidOptions['algorithm'] {
  const upper = value.toUpperCase();
  if (upper === 'MOD10' || upper === 'MOD11' || upper === 'ANY') return upper;
  throw new InvalidArgumentError('Use mod10, mod11 or any.');
}

function collectLengths(value: string, previous: number[]): number[] {
  const lengths = value.split(',').map((part) => {
    const n = Number(part.trim());
    if (!Number.isInteger(n) || n < 2 || n > 25)
      throw new InvalidArgumentError(`${part} is not a KID length (2–25).`);
    return n;
  });
  return [...previous, ...lengths];
}

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('Use a real date YYYY-MM-DD.');
  return value;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new InvalidArgumentError('Use a whole number 1–1000000.');
  return n;
}

function parseSeed(value: string): number {
  const n = Number(value);
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(n) || n > 0xffffffff) {
    throw new InvalidArgumentError('Use a whole number 0–4294967295.');
  }
  return n;
}

async function readStdinLines(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

interface CheckOptions {
  algorithm?: KidOptions['algorithm'];
  length: number[];
  today?: string;
  messages?: boolean;
}

function registerCheck(numbers: Command): void {
  numbers
    .command('check')
    .description('Check numbers: one output line per value, value<TAB>valid|invalid<TAB>reason')
    .addArgument(new Argument('<kind>', 'what the values are').choices(NUMBER_KINDS))
    .argument('[values...]', 'values to check; when none are given, read one per line from standard input')
    .addOption(
      new Option('--algorithm <algorithm>', 'KID only: mod10, mod11 or any').argParser(parseAlgorithm),
    )
    .addOption(
      new Option('--length <n>', 'KID only: allowed length(s), repeat or comma-separate (e.g. 7,11)')
        .argParser(collectLengths)
        .default([]),
    )
    .addOption(
      new Option('--today <date>', 'nationalid only: reject birth dates after YYYY-MM-DD').argParser(
        parseDate,
      ),
    )
    .option('--messages', 'add a 4th column with a human explanation of each failure')
    .addHelpText(
      'after',
      `
Output: one line per value, tab-separated: the value as given, valid or invalid, and for
invalid values the stable machine reason (e.g. check-digit, wrong-length), for valid ones a
short description (MOD10, BBAN 8601.11.17947, fnr born 1999-12-31).
Exit status: 0 all valid, 1 at least one invalid, 2 usage error.

Examples:
  $ efaktura-bench numbers check kid 2345676 40-
  $ efaktura-bench numbers check kid --algorithm mod11 --length 7 1000005-
  $ efaktura-bench numbers check account 8601.11.17947
  $ cut -f3 customers.tsv | efaktura-bench numbers check nationalid --today 2026-01-15`,
    )
    .action(async (kind: NumberKind, values: string[], options: CheckOptions, command: Command) => {
      if (kind !== 'kid' && (options.algorithm !== undefined || options.length.length > 0)) {
        command.error(`error: --algorithm and --length apply to kid only, not ${kind}`, USAGE);
      }
      if (kind !== 'nationalid' && options.today !== undefined) {
        command.error(`error: --today applies to nationalid only, not ${kind}`, USAGE);
      }
      let inputs = values;
      if (inputs.length === 0) {
        if (process.stdin.isTTY) {
          command.error('error: no values: give them as arguments or pipe them in, one per line', USAGE);
        }
        inputs = await readStdinLines();
      }
      const checkOptions = {
        kid: {
          algorithm: options.algorithm,
          lengths: options.length.length > 0 ? options.length : undefined,
        },
        nationalId: { today: options.today },
      };
      let anyInvalid = false;
      const lines = inputs.map((input) => {
        const result = checkNumber(kind, input, checkOptions);
        anyInvalid ||= !result.valid;
        const columns = [input, result.valid ? 'valid' : 'invalid', result.detail];
        if (options.messages) columns.push(result.message);
        return `${columns.join('\t')}\n`;
      });
      process.stdout.write(lines.join(''));
      process.exitCode = anyInvalid ? 1 : 0;
    });
}

/** The seed to use; when none was given a fresh one, printed to stderr so the run can be replayed. */
function seedOf(given: number | undefined, command: Command): SeededRandom {
  if (given !== undefined) return new SeededRandom(given);
  const seed = randomInt(0, 0xffffffff);
  const path: string[] = [];
  for (let c: Command | null = command; c !== null; c = c.parent) path.unshift(c.name());
  process.stderr.write(`seed ${seed} (replay with: ${path.join(' ')} --seed ${seed})\n`);
  return new SeededRandom(seed);
}

interface MakeOptions {
  seed?: number;
  count: number;
}

function seedAndCount(command: Command): Command {
  return command
    .addOption(
      new Option('--seed <n>', 'seed for a replayable run (printed to stderr when omitted)').argParser(
        parseSeed,
      ),
    )
    .addOption(new Option('--count <n>', 'how many to make').argParser(parseCount).default(1));
}

function printEach(count: number, make: () => string): void {
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) lines.push(`${make()}\n`);
  process.stdout.write(lines.join(''));
}

function registerMake(numbers: Command): void {
  const make = numbers
    .command('make')
    .description('Make valid numbers: a KID from a body, or seeded random accounts, orgnrs, national ids');

  make
    .command('kid')
    .description('Append the check character to a KID body (digits) and print the KID')
    .argument('<body>', 'the KID body: 1–24 digits')
    .option('--mod10', 'MOD10 (Luhn) check digit')
    .option('--mod11', "MOD11 check character ('-' when the check value is 10)")
    .addHelpText(
      'after',
      '\nExamples:\n  $ efaktura-bench numbers make kid --mod10 234567   # 2345676\n  $ efaktura-bench numbers make kid --mod11 40       # 40-',
    )
    .action((body: string, options: { mod10?: boolean; mod11?: boolean }, command: Command) => {
      if (options.mod10 === options.mod11)
        command.error('error: give exactly one of --mod10 and --mod11', USAGE);
      const algorithm: KidAlgorithm = options.mod10 ? 'MOD10' : 'MOD11';
      const result = makeKid(body, algorithm);
      if (!result.valid) {
        process.stderr.write(`${result.reason}: ${result.message}\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${result.value}\n`);
    });

  seedAndCount(
    make
      .command('account')
      .description('Print random valid account numbers (11 digits), one per line')
      .addOption(
        new Option('--bank-code <code>', '4-digit bank/register code (default random)').argParser(
          (value: string) => {
            if (!/^[0-9]{4}$/.test(value) || value === '0000')
              throw new InvalidArgumentError('Use 4 digits, not 0000.');
            return value;
          },
        ),
      ),
  ).action((options: MakeOptions & { bankCode?: string }, command: Command) => {
    const rng = seedOf(options.seed, command);
    printEach(options.count, () => makeAccountNumber(rng, { bankCode: options.bankCode }));
  });

  seedAndCount(
    make.command('orgnr').description('Print random valid organisation numbers (9 digits), one per line'),
  ).action((options: MakeOptions, command: Command) => {
    const rng = seedOf(options.seed, command);
    printEach(options.count, () => makeOrgNumber(rng));
  });

  seedAndCount(
    make
      .command('nationalid')
      .description('Print random valid national identity numbers (11 digits), one per line')
      .addOption(
        new Option('--kind <kind>', 'fnr, D-number (dnr), H-number (hnr) or synthetic test number (tnr)')
          .choices(['fnr', 'dnr', 'hnr', 'tnr'])
          .default('fnr'),
      )
      .addOption(
        new Option('--born-from <date>', 'earliest birth date').argParser(parseDate).default('1940-01-01'),
      )
      .addOption(
        new Option('--born-to <date>', 'latest birth date').argParser(parseDate).default('2005-12-31'),
      )
      .addOption(
        new Option('--born <date>', 'exact birth date (sets --born-from and --born-to)').argParser(parseDate),
      ),
  ).action(
    (
      options: MakeOptions & { kind: NationalIdKind; bornFrom: string; bornTo: string; born?: string },
      command: Command,
    ) => {
      const bornFrom = options.born ?? options.bornFrom;
      const bornTo = options.born ?? options.bornTo;
      if (bornTo < bornFrom)
        command.error(`error: --born-to ${bornTo} is before --born-from ${bornFrom}`, USAGE);
      if (bornFrom < '1854-01-01' || bornTo > '2039-12-31') {
        command.error(
          'error: birth dates must lie in 1854–2039, the years the individual-number table covers',
          USAGE,
        );
      }
      const rng = seedOf(options.seed, command);
      printEach(
        options.count,
        () => makeRandomNationalId(rng, { bornFrom, bornTo, kind: options.kind }).nationalId,
      );
    },
  );
}

export function register(program: Command): void {
  const numbers = program
    .command('numbers')
    .description('Check and make Norwegian numbers: KID, account number, IBAN, orgnr, national id, mobile')
    .addHelpText(
      'after',
      '\nRules: iso20022-norway.md §5 (KID MOD10/MOD11, kontonummer MOD11, orgnr, fødselsnummer incl. the 2032 rule).',
    );
  registerCheck(numbers);
  registerMake(numbers);
}
