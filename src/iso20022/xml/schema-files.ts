// THE ONE I/O MODULE OF src/iso20022: it finds the XSD directory on disk and reads schema files.
// Everything else in src/iso20022 is pure (schemas.ts takes schema TEXT). Order of lookup
// (ARCHITECTURE.md §4): an explicit directory (CLI `--schemas DIR`) or env EFAKTURA_BENCH_SCHEMAS;
// `./schemas/` under the repo root (git-ignored, filled by `efaktura-bench schemas import DIR`);
// `../shared/iso20022/xsd/` relative to the repo root. Schemas are data, never committed.
// eslint-disable-next-line no-restricted-imports -- the schema lookup must read files; isolated here on purpose (task h3a §2).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_MESSAGE_IDS, type SchemaMessageId } from './message-id.ts';
import { createSchemaRegistry, type SchemaRegistry, type SchemaValidationResult } from './schemas.ts';
import { KNOWN_SCHEMA_SHA256, parseSourcesHashes } from './schema-hashes.ts';
import {
  safeParseXml,
  type SafeParseFailureReason,
  type SafeParseOptions,
  type XmlDocument,
} from './safe-parse.ts';

/** The repository root, from this file's location (src/iso20022/xml/ → three levels up). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const SCHEMAS_ENV = 'EFAKTURA_BENCH_SCHEMAS';

export type SchemaDirectorySource = 'argument' | 'env' | 'repo' | 'shared';

export interface SchemaDirectory {
  dir: string;
  source: SchemaDirectorySource;
}

export interface SchemaLookupOptions {
  /** An explicit directory (CLI `--schemas DIR`): used as is, no fallback. */
  dir?: string;
  /** Environment to read EFAKTURA_BENCH_SCHEMAS from (default process.env). */
  env?: Record<string, string | undefined>;
  /** Repository root (tests point it elsewhere). */
  repoRoot?: string;
}

export class SchemaDirectoryNotFoundError extends Error {
  override readonly name = 'SchemaDirectoryNotFoundError';
  readonly code = 'EB-SCHEMAS-NOT-FOUND';
}

export function schemaFileName(messageId: SchemaMessageId): string {
  return `${messageId}.xsd`;
}

/** The message ids whose XSD file is missing in a directory. */
export function missingSchemas(dir: string): SchemaMessageId[] {
  return SCHEMA_MESSAGE_IDS.filter((id) => !existsSync(join(dir, schemaFileName(id))));
}

/** Finds the schema directory, or throws SchemaDirectoryNotFoundError saying what was tried and how to fix it. */
export function locateSchemaDirectory(options: SchemaLookupOptions = {}): SchemaDirectory {
  const env = options.env ?? process.env;
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  const explicit = options.dir
    ? { dir: resolve(options.dir), source: 'argument' as const }
    : env[SCHEMAS_ENV]
      ? { dir: resolve(env[SCHEMAS_ENV]), source: 'env' as const }
      : undefined;
  if (explicit) {
    const missing = missingSchemas(explicit.dir);
    if (missing.length === 0) return explicit;
    const given = explicit.source === 'argument' ? '--schemas' : SCHEMAS_ENV;
    throw new SchemaDirectoryNotFoundError(
      `The schema directory given by ${given} (${explicit.dir}) lacks ${missing.map(schemaFileName).join(', ')}. ` +
        `Point it at a directory holding all ISO 20022 XSDs the bench uses, or import them with ` +
        `\`efaktura-bench schemas import DIR\`.`,
    );
  }
  const candidates: SchemaDirectory[] = [
    { dir: join(repoRoot, 'schemas'), source: 'repo' },
    { dir: resolve(repoRoot, '..', 'shared', 'iso20022', 'xsd'), source: 'shared' },
  ];
  for (const candidate of candidates) if (missingSchemas(candidate.dir).length === 0) return candidate;
  throw new SchemaDirectoryNotFoundError(
    `No ISO 20022 schemas found. Looked in: --schemas DIR / ${SCHEMAS_ENV} (not set), ` +
      `${candidates.map((c) => c.dir).join(', ')}. Each must hold ${SCHEMA_MESSAGE_IDS.map(schemaFileName).join(', ')}. ` +
      `Fix: run \`efaktura-bench schemas import DIR\` with a directory holding those XSDs ` +
      `(it copies them into ./schemas/ and checks their SHA-256), or pass --schemas DIR.`,
  );
}

const registries = new Map<string, SchemaRegistry>();

/** The registry for a schema directory (created once per directory and cached). */
export function schemaRegistry(options: SchemaLookupOptions = {}): SchemaRegistry {
  const { dir } = locateSchemaDirectory(options);
  let registry = registries.get(dir);
  if (!registry) {
    registry = createSchemaRegistry((id) => readFileSync(join(dir, schemaFileName(id)), 'utf8'), dir);
    registries.set(dir, registry);
  }
  return registry;
}

/** Validates a parsed document against its XSD (message id from the root namespace unless given). */
export function validateAgainstSchema(
  doc: XmlDocument,
  messageId?: SchemaMessageId,
  options: SchemaLookupOptions = {},
): SchemaValidationResult {
  return schemaRegistry(options).validate(doc, messageId);
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface SchemaImportFile {
  file: string;
  sha256: string;
  expected: string;
  status: 'copied' | 'hash-mismatch' | 'missing';
}

export interface SchemaImportResult {
  ok: boolean;
  target: string;
  /** Where the expected hashes came from. */
  hashSource: 'SOURCES.md' | 'built-in';
  files: SchemaImportFile[];
}

/**
 * Copies the XSDs from `fromDir` into `<repo>/schemas/` (or `toDir`), each only if its SHA-256
 * matches: the hashes in `fromDir/SOURCES.md` when it lists the file, else the built-in table.
 * Nothing is copied unless every file is present and matches.
 */
export function importSchemas(
  fromDir: string,
  toDir: string = join(REPO_ROOT, 'schemas'),
): SchemaImportResult {
  const sourcesPath = join(fromDir, 'SOURCES.md');
  const fromSources = existsSync(sourcesPath)
    ? parseSourcesHashes(readFileSync(sourcesPath, 'utf8'))
    : new Map<string, string>();
  const hashSource = fromSources.size > 0 ? 'SOURCES.md' : 'built-in';
  const files: SchemaImportFile[] = SCHEMA_MESSAGE_IDS.map((id) => {
    const file = schemaFileName(id);
    const expected = fromSources.get(file) ?? KNOWN_SCHEMA_SHA256[id];
    const path = join(fromDir, file);
    if (!existsSync(path)) return { file, sha256: '', expected, status: 'missing' };
    const sha256 = sha256Hex(readFileSync(path));
    return { file, sha256, expected, status: sha256 === expected ? 'copied' : 'hash-mismatch' };
  });
  const ok = files.every((f) => f.status === 'copied');
  if (ok) {
    mkdirSync(toDir, { recursive: true });
    for (const f of files) copyFileSync(join(fromDir, f.file), join(toDir, f.file));
    registries.delete(resolve(toDir));
  }
  return { ok, target: resolve(toDir), hashSource, files };
}

export type SchemaCheckResult = SchemaValidationResult & {
  /** Set when the text could not be parsed at all (then `valid` is false and `errors` has the reason). */
  parseFailure?: SafeParseFailureReason;
};

/** Parses XML text safely and validates it against its XSD: one call for tests, the CLI and the bank. */
export function checkAgainstSchema(
  xml: string | Uint8Array,
  messageId?: SchemaMessageId,
  options: SchemaLookupOptions & SafeParseOptions = {},
): SchemaCheckResult {
  const parsed = safeParseXml(xml, options);
  if (!parsed.ok) {
    return {
      valid: false,
      parseFailure: parsed.reason,
      errors: [{ message: parsed.message, line: parsed.line ?? null, column: null }],
    };
  }
  return validateAgainstSchema(parsed.doc, messageId, options);
}
