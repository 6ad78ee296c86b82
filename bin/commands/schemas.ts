// `efaktura-bench schemas where|import`: where the ISO 20022 XSDs come from (ARCHITECTURE.md §4).
// Schemas are data, never committed: `import DIR` copies them into ./schemas/ (git-ignored) after
// checking each file's SHA-256 against DIR/SOURCES.md, or against the bench's table of known
// hashes when DIR has no SOURCES.md. Exit codes: 0 done, 1 refused (hash mismatch / missing
// file), 2 unusable input (no schema directory found).
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  importSchemas,
  locateSchemaDirectory,
  REPO_ROOT,
  SchemaDirectoryNotFoundError,
  type SchemaDirectorySource,
} from '../../src/iso20022/xml/schema-files.ts';

const SOURCE_TEXT: Record<SchemaDirectorySource, string> = {
  argument: 'given with --schemas',
  env: 'given by EFAKTURA_BENCH_SCHEMAS',
  repo: 'the repository copy in ./schemas/ (filled by `efaktura-bench schemas import DIR`)',
  shared: 'the shared research folder ../shared/iso20022/xsd/',
};

function where(options: { schemas?: string; json?: boolean }): void {
  try {
    const found = locateSchemaDirectory(options.schemas ? { dir: options.schemas } : {});
    if (options.json) process.stdout.write(`${JSON.stringify(found)}\n`);
    else process.stdout.write(`${found.dir}\n  (${SOURCE_TEXT[found.source]})\n`);
  } catch (error) {
    if (!(error instanceof SchemaDirectoryNotFoundError)) throw error;
    if (options.json)
      process.stdout.write(`${JSON.stringify({ error: error.code, message: error.message })}\n`);
    process.stderr.write(`efaktura-bench: ${error.message}\n`);
    process.exitCode = 2;
  }
}

function runImport(dir: string, options: { to?: string; json?: boolean }): void {
  const result = importSchemas(dir, options.to ?? join(REPO_ROOT, 'schemas'));
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = result.files.map((f) =>
      f.status === 'copied'
        ? `  ok        ${f.file}  sha256 ${f.sha256}`
        : f.status === 'missing'
          ? `  MISSING   ${f.file}`
          : `  MISMATCH  ${f.file}  sha256 ${f.sha256}, expected ${f.expected}`,
    );
    const head = result.ok
      ? `Imported ${result.files.length} schemas into ${result.target} (hashes checked against ${result.hashSource}).`
      : `Nothing imported: ${result.files.filter((f) => f.status !== 'copied').length} file(s) missing or not matching their recorded SHA-256 (${result.hashSource}).`;
    (result.ok ? process.stdout : process.stderr).write(`${[head, ...lines].join('\n')}\n`);
  }
  if (!result.ok) process.exitCode = 1;
}

export function register(program: Command): void {
  const schemas = program
    .command('schemas')
    .description('Locate or import the ISO 20022 XSDs the bench validates with');
  schemas
    .command('where')
    .description(
      'Print the schema directory in use (--schemas DIR, EFAKTURA_BENCH_SCHEMAS, ./schemas/, ../shared/iso20022/xsd/)',
    )
    .option('--schemas <dir>', 'use this directory')
    .option('--json', 'machine-readable output')
    .action((options: { schemas?: string; json?: boolean }) => where(options));
  schemas
    .command('import')
    .description('Copy the XSDs from DIR into ./schemas/ after checking their SHA-256')
    .argument('<dir>', 'directory holding pain.001.001.03.xsd … camt.054.001.08.xsd')
    .option('--to <dir>', 'target directory (default ./schemas/ in the repository)')
    .option('--json', 'machine-readable output')
    .action((dir: string, options: { to?: string; json?: boolean }) => runImport(dir, options));
}
