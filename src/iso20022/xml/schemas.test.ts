import { afterEach, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  checkAgainstSchema,
  importSchemas,
  locateSchemaDirectory,
  REPO_ROOT,
  SchemaDirectoryNotFoundError,
  schemaRegistry,
  validateAgainstSchema,
} from './schema-files.ts';
import { createSchemaRegistry } from './schemas.ts';
import { KNOWN_SCHEMA_SHA256, parseSourcesHashes } from './schema-hashes.ts';
import { detectMessageId, messageIdFromNamespace, SCHEMA_MESSAGE_IDS } from './message-id.ts';
import { safeParseXml } from './safe-parse.ts';
import { readVector } from '../testing/vectors.ts';

const SHARED_XSD = resolve(REPO_ROOT, '..', 'shared', 'iso20022', 'xsd');
const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'efb-schemas-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function parse(xml: string) {
  const parsed = safeParseXml(xml);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.doc;
}

describe('message ids', () => {
  it('detects every supported message from its root namespace', () => {
    for (const id of SCHEMA_MESSAGE_IDS) {
      expect(messageIdFromNamespace(`urn:iso:std:iso:20022:tech:xsd:${id}`)).toBe(id);
      expect(detectMessageId(parse(`<Document xmlns="urn:iso:std:iso:20022:tech:xsd:${id}"/>`))).toBe(id);
    }
    expect(messageIdFromNamespace('urn:iso:std:iso:20022:tech:xsd:pain.001.001.11')).toBeUndefined();
    expect(messageIdFromNamespace(undefined)).toBeUndefined();
  });
});

describe('locateSchemaDirectory', () => {
  it('prefers an explicit directory, then the environment, then ./schemas, then ../shared', () => {
    // A work tree laid out like the real one: <root>/repo and <root>/shared/iso20022/xsd.
    const root = tempDir();
    const repo = join(root, 'repo');
    const shared = join(root, 'shared', 'iso20022', 'xsd');
    const own = join(repo, 'schemas');
    const fill = (dir: string) => {
      mkdirSync(dir, { recursive: true });
      for (const id of SCHEMA_MESSAGE_IDS)
        copyFileSync(join(SHARED_XSD, `${id}.xsd`), join(dir, `${id}.xsd`));
    };
    fill(shared);
    mkdirSync(repo);
    const noEnv = {};
    expect(locateSchemaDirectory({ repoRoot: repo, env: noEnv })).toEqual({ dir: shared, source: 'shared' });
    // Fill <repo>/schemas and it wins over ../shared.
    fill(own);
    expect(locateSchemaDirectory({ repoRoot: repo, env: noEnv })).toEqual({ dir: own, source: 'repo' });
    expect(locateSchemaDirectory({ repoRoot: repo, env: { EFAKTURA_BENCH_SCHEMAS: SHARED_XSD } })).toEqual({
      dir: SHARED_XSD,
      source: 'env',
    });
    expect(
      locateSchemaDirectory({ repoRoot: repo, env: { EFAKTURA_BENCH_SCHEMAS: own }, dir: SHARED_XSD }),
    ).toEqual({
      dir: SHARED_XSD,
      source: 'argument',
    });
  });

  it('says which files an explicit directory lacks and how to fix it, without falling back', () => {
    const empty = tempDir();
    const attempt = () => locateSchemaDirectory({ dir: empty, env: {} });
    expect(attempt).toThrow(SchemaDirectoryNotFoundError);
    expect(attempt).toThrow(/--schemas .*lacks pain\.001\.001\.03\.xsd.*efaktura-bench schemas import DIR/s);
  });

  it('says where it looked and how to fix it when no directory has the schemas', () => {
    const lonely = join(tempDir(), 'deep', 'repo'); // ../shared does not exist next to it
    mkdirSync(lonely, { recursive: true });
    let error: unknown;
    try {
      locateSchemaDirectory({ repoRoot: lonely, env: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaDirectoryNotFoundError);
    const message = (error as Error).message;
    expect(message).toContain(join(lonely, 'schemas'));
    expect(message).toContain('efaktura-bench schemas import DIR');
    expect((error as SchemaDirectoryNotFoundError).code).toBe('EB-SCHEMAS-NOT-FOUND');
  });
});

describe('schema validation', () => {
  it('accepts the author-written §2.6 pain.001 and reports libxml errors with lines for a broken one', () => {
    expect(validateAgainstSchema(parse(readVector('pain001-v03-kid-one-creditor.xml')))).toEqual({
      valid: true,
      messageId: 'pain.001.001.03',
      errors: [],
    });
    const invalid = checkAgainstSchema(readVector('pain001-v03-invalid-schema-amount-comma.xml'));
    expect(invalid.valid).toBe(false);
    expect(invalid.errors[0]?.message).toMatch(/InstdAmt.*12,50/);
    expect(invalid.errors[0]?.message).not.toContain('{urn:');
    expect(invalid.errors[0]?.line).toBeGreaterThan(1);
  });

  it('reports an unknown root namespace as invalid rather than guessing a schema', () => {
    const result = validateAgainstSchema(parse('<Document xmlns="urn:example"/>'));
    expect(result.valid).toBe(false);
    expect(result.messageId).toBeUndefined();
    expect(result.errors[0]?.message).toContain('urn:example');
  });

  it('validates against the message id it is told, even when the namespace says otherwise', () => {
    const pain001 = parse(readVector('pain001-v03-kid-one-creditor.xml'));
    expect(validateAgainstSchema(pain001, 'pain.002.001.03').valid).toBe(false);
  });

  it('reads each XSD text once per registry', () => {
    const reads: string[] = [];
    const registry = createSchemaRegistry((id) => {
      reads.push(id);
      return readFileSync(join(SHARED_XSD, `${id}.xsd`), 'utf8');
    });
    const doc = parse(readVector('pain001-v03-kid-one-creditor.xml'));
    registry.validate(doc);
    registry.validate(doc);
    expect(reads).toEqual(['pain.001.001.03']);
  });

  it('keeps one registry per schema directory', () => {
    expect(schemaRegistry({ dir: SHARED_XSD })).toBe(schemaRegistry({ dir: SHARED_XSD }));
  });

  it('passes parse failures through as invalid with the reason', () => {
    expect(checkAgainstSchema('<!DOCTYPE x><x/>')).toMatchObject({
      valid: false,
      parseFailure: 'doctype-forbidden',
    });
  });
});

describe('importSchemas', () => {
  it('copies the XSDs after checking each SHA-256 against the SOURCES.md next to them', () => {
    const target = join(tempDir(), 'schemas');
    const result = importSchemas(SHARED_XSD, target);
    expect(result.ok).toBe(true);
    expect(result.hashSource).toBe('SOURCES.md');
    expect(result.files.map((f) => f.status)).toEqual(SCHEMA_MESSAGE_IDS.map(() => 'copied'));
    for (const id of SCHEMA_MESSAGE_IDS) expect(existsSync(join(target, `${id}.xsd`))).toBe(true);
  });

  it('refuses to copy anything when one file differs from its recorded hash', () => {
    const source = tempDir();
    for (const id of SCHEMA_MESSAGE_IDS)
      copyFileSync(join(SHARED_XSD, `${id}.xsd`), join(source, `${id}.xsd`));
    writeFileSync(
      join(source, 'camt.054.001.02.xsd'),
      readFileSync(join(source, 'camt.054.001.02.xsd'), 'utf8') + '\n<!-- edited -->\n',
    );
    const target = join(tempDir(), 'schemas');
    const result = importSchemas(source, target);
    expect(result.ok).toBe(false);
    expect(result.hashSource).toBe('built-in');
    expect(result.files.find((f) => f.file === 'camt.054.001.02.xsd')?.status).toBe('hash-mismatch');
    expect(existsSync(target)).toBe(false);
  });

  it('reports missing files', () => {
    const result = importSchemas(tempDir(), join(tempDir(), 'schemas'));
    expect(result.ok).toBe(false);
    expect(result.files.every((f) => f.status === 'missing')).toBe(true);
  });

  it('parses the hash table of a SOURCES.md, and the built-in table agrees with the shared one', () => {
    const hashes = parseSourcesHashes(readFileSync(join(SHARED_XSD, 'SOURCES.md'), 'utf8'));
    for (const id of SCHEMA_MESSAGE_IDS) expect(hashes.get(`${id}.xsd`)).toBe(KNOWN_SCHEMA_SHA256[id]);
  });
});
