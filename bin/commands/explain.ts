// `efaktura-bench explain <code>` and `efaktura-bench codes list`: the error-code catalogue for
// support staff and integrators (ARCHITECTURE.md §1, §6). Exit codes: 0 found, 1 unknown code,
// 2 usage errors (unknown family or language).
import { Option, type Command } from 'commander';
import { narrativeCodeOf } from '../../src/codes/bank-narrative.ts';
import { catalogue, lookupCode } from '../../src/codes/catalogue.ts';
import {
  closeMatches,
  formatCodeList,
  formatExplanation,
  type ExplainLang,
} from '../../src/codes/explain.ts';
import type { CodeFamily } from '../../src/codes/types.ts';

const FAMILIES = [
  'iso-status',
  'iso-reason',
  'bank-narrative',
  'mps',
  'bench',
] as const satisfies readonly CodeFamily[];
// Fails to compile when src/codes/types.ts gains a family this list lacks.
const _everyFamilyListed: [Exclude<CodeFamily, (typeof FAMILIES)[number]>] extends [never] ? true : never =
  true;

function isFamily(value: string): value is CodeFamily {
  return (FAMILIES as readonly string[]).includes(value);
}

function langOption(): Option {
  return new Option('--lang <lang>', 'language of the texts').choices(['nb', 'en']).default('en');
}

function explain(code: string, lang: ExplainLang): void {
  // A code, or a bank text pasted from pain.002 AddtlInf ("Ugyldig KID-nummer").
  const narrative = narrativeCodeOf(code);
  const entry = lookupCode(code) ?? (narrative ? lookupCode(narrative) : undefined);
  if (entry) {
    process.stdout.write(`${formatExplanation(entry, lang)}\n`);
    return;
  }
  const matches = closeMatches(code, catalogue);
  const lines = [`efaktura-bench: unknown code "${code}".`];
  if (matches.length > 0) {
    lines.push('Did you mean:', ...matches.map((match) => `  ${match.code}\t${match.title[lang]}`));
  }
  lines.push('Run `efaktura-bench codes list` to see every code.');
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exitCode = 1;
}

interface ListOptions {
  family?: string;
  lang: ExplainLang;
  json?: boolean;
}

function list(options: ListOptions): void {
  const family = options.family?.trim().toLowerCase();
  if (family !== undefined && !isFamily(family)) {
    process.stderr.write(
      `efaktura-bench: unknown family "${options.family}". Valid families: ${FAMILIES.join(', ')}.\n`,
    );
    process.exitCode = 2;
    return;
  }
  const entries = family === undefined ? catalogue : catalogue.filter((entry) => entry.family === family);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  } else if (entries.length > 0) {
    process.stdout.write(`${formatCodeList(entries, options.lang)}\n`);
  }
}

export function register(program: Command): void {
  program
    .command('explain')
    .description('explain an error code: meaning, causes, what to tell the customer, how to trigger it')
    .argument(
      '<code>',
      'a catalogue code, case-insensitive (AC03, rr09, 3002, NARR-UGYLDIG-KID), or a bank text from pain.002 AddtlInf',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  efaktura-bench explain AC03',
        '  efaktura-bench explain rr09 --lang nb',
        '  efaktura-bench explain "Ugyldig KID-nummer"',
        '',
        'Exit status: 0 when the code is known, 1 when it is not (close matches go to stderr).',
      ].join('\n'),
    )
    .action((code: string, options: { lang: ExplainLang }) => explain(code, options.lang));

  const codes = program.command('codes').description('browse the error-code catalogue');
  codes
    .command('list')
    .description('list catalogue codes, one per line: CODE<TAB>family<TAB>title')
    .option('--family <family>', `only this family (${FAMILIES.join(', ')})`)
    .addOption(langOption())
    .option('--json', 'print the full entries as JSON (both languages)')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  efaktura-bench codes list --family iso-reason',
        '  efaktura-bench codes list --family bank-narrative --lang nb',
        '  efaktura-bench codes list --json',
      ].join('\n'),
    )
    .action((options: ListOptions) => list(options));
}
