// What the CLI loads before a command runs. bin/cli.ts imports every command module for every
// command, so none of them may load libxmljs2 at import time, not even indirectly (the reference
// client reads XML with it). libxmljs2 loads in one thread per process: once the main thread has
// it, `validate` and `start` can no longer give the XSD check to the schema worker
// (src/iso20022/xml/off-thread-validation.ts) and check on the main thread, one step after the
// other. The same holds for what those two commands load when they run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The command modules bin/cli.ts imports, read from its import lines. */
function commandModules(): string[] {
  const cli = readFileSync(new URL('./cli.ts', import.meta.url), 'utf8');
  return [...cli.matchAll(/from '(\.\/commands\/[a-z-]+\.ts)'/g)].map(
    (match) => `./bin/${match[1]?.slice(2)}`,
  );
}

/** Imports the modules in a fresh Node process and tells whether libxmljs2 was loaded there. */
function libxmlLoadedAfterImporting(modules: string[]): boolean {
  const script = [
    ...modules.map((module) => `await import(${JSON.stringify(module)});`),
    "const { libxmlLoadedInThisThread } = await import('./src/iso20022/xml/libxml.ts');",
    'console.log(JSON.stringify({ loaded: libxmlLoadedInThisThread() }));',
  ].join('\n');
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`the import script failed: ${child.stderr}`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  return (JSON.parse(last) as { loaded: boolean }).loaded;
}

describe('the CLI leaves libxml to the schema worker', () => {
  it('imports all its command modules', () => {
    // Guards the regex above: a renamed import style would otherwise make the next test vacuous.
    expect(commandModules()).toEqual(
      expect.arrayContaining([
        './bin/commands/start.ts',
        './bin/commands/validate.ts',
        './bin/commands/reference-client.ts',
        './bin/commands/conformance.ts',
      ]),
    );
  });

  it('no command module loads libxmljs2 at import time', () => {
    expect(libxmlLoadedAfterImporting(commandModules())).toBe(false);
  });

  it('neither do the modules `start` and `validate` load when they run', () => {
    expect(libxmlLoadedAfterImporting(['./simulators/server.ts', './bin/commands/validate-file.ts'])).toBe(
      false,
    );
  });

  it('the check can see libxmljs2 loaded (the reference client loads it)', () => {
    expect(libxmlLoadedAfterImporting(['./reference-client/index.ts'])).toBe(true);
  });
});
