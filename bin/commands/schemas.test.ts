// `efaktura-bench schemas`: driven in process through commander (starting the real CLI costs
// seconds per run; the command's logic is the same).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { register } from './schemas.ts';
import { runCommandInProcess } from '../../test/support/cli.ts';
import { REPO_ROOT } from '../../src/iso20022/xml/schema-files.ts';
import { SCHEMA_MESSAGE_IDS } from '../../src/iso20022/xml/message-id.ts';

const SHARED_XSD = resolve(REPO_ROOT, '..', 'shared', 'iso20022', 'xsd');
const temps: string[] = [];

const run = (...args: string[]) => runCommandInProcess(register, ['schemas', ...args]);

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'efb-schemas-cli-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('efaktura-bench schemas', () => {
  it('where: prints the directory given with --schemas and says why', async () => {
    const result = await run('where', '--schemas', SHARED_XSD);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(SHARED_XSD);
    expect(result.stdout).toContain('--schemas');
    const json = await run('where', '--schemas', SHARED_XSD, '--json');
    expect(JSON.parse(json.stdout)).toEqual({ dir: SHARED_XSD, source: 'argument' });
  });

  it('where: exits 2 with the fix when the given directory lacks the XSDs', async () => {
    const result = await run('where', '--schemas', tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('efaktura-bench schemas import DIR');
  });

  it('import: copies the XSDs after checking their SHA-256 against SOURCES.md', async () => {
    const target = join(tempDir(), 'schemas');
    const result = await run('import', SHARED_XSD, '--to', target);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('hashes checked against SOURCES.md');
    for (const id of SCHEMA_MESSAGE_IDS) expect(existsSync(join(target, `${id}.xsd`))).toBe(true);
  });

  it('import: exits 1 and copies nothing when a file was changed', async () => {
    const source = tempDir();
    for (const id of SCHEMA_MESSAGE_IDS)
      copyFileSync(join(SHARED_XSD, `${id}.xsd`), join(source, `${id}.xsd`));
    const edited = join(source, 'pain.001.001.03.xsd');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')} `);
    const target = join(tempDir(), 'schemas');
    const result = await run('import', source, '--to', target, '--json');
    expect(result.code).toBe(1);
    expect(
      JSON.parse(result.stdout).files.find((f: { file: string }) => f.file === 'pain.001.001.03.xsd').status,
    ).toBe('hash-mismatch');
    expect(existsSync(target)).toBe(false);
  });
});
