// The conformance command in process (commander, no child process): exit codes, listings, and short
// real runs against the reference client on loopback ports.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MUTANTS } from '../../reference-client/index.ts';
import { CHECKS } from '../../conformance/catalogue.ts';
import { register } from './conformance.ts';

let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void err.push(args.join(' ')));
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function cli(...args: string[]): Promise<number> {
  const program = new Command('efaktura-bench').exitOverride();
  register(program);
  await program.parseAsync(['node', 'efaktura-bench', 'conformance', ...args]);
  return Number(process.exitCode ?? 0);
}

describe('efaktura-bench conformance', () => {
  it('prints the mutant names one a line with --list-mutants', async () => {
    expect(await cli('--list-mutants')).toBe(0);
    expect(out).toEqual([...MUTANTS]);
  });

  it('lists every check with its severity and area', async () => {
    expect(await cli('--list')).toBe(0);
    expect(out).toHaveLength(CHECKS.length);
    expect(out[0]).toMatch(/^EF-CONSENT-001\s+mandatory\s+consent\s+/);
  });

  it.each([
    [['--only', 'EF-CONSENT-001'], 'give --driver'],
    [
      ['--driver', 'http://127.0.0.1:9', '--mutant', 'reuses-msgid'],
      '--mutant works only with --driver reference',
    ],
    [['--driver', 'reference', '--mutant', 'no-such-mutant'], 'unknown mutant'],
    [['--driver', 'reference', '--only', 'EF-CONSENT-001,EF-NOPE-001'], 'Unknown check id EF-NOPE-001'],
    [['--driver', 'not a url'], 'give an http(s) URL'],
    [['--driver', 'http://127.0.0.1:9', '--bench', 'http://127.0.0.1:9'], '--bench needs --tenant-key'],
  ])('exits 2 for unusable input %j', async (args, message) => {
    expect(await cli(...args)).toBe(2);
    expect(err.join('\n')).toContain(message);
  });

  it('runs checks against the reference client, prints progress and the seed, and writes the reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-cli-'));
    try {
      const code = await cli(
        '--driver',
        'reference',
        '--seed',
        '5',
        '--only',
        'EF-CONSENT-001',
        'PAS-ID-001',
        '--report-dir',
        dir,
      );
      expect(code).toBe(0);
      const text = out.join('\n');
      expect(text).toContain('seed 5 (replay with --seed 5)');
      expect(text).toMatch(/\[1\/2\] PASS {2}EF-CONSENT-001/);
      expect(text).toContain('PASS: 2 passed, 0 failed');
      for (const file of ['report.json', 'junit.xml', 'report.html'])
        expect(existsSync(join(dir, file))).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({
        seed: 5,
        driver: { reference: true },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('exits 1 when a mandatory check fails (a mutant)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'conformance-cli-'));
    try {
      const code = await cli(
        '--driver',
        'reference',
        '--mutant',
        'reuses-msgid',
        '--seed',
        '5',
        '--only',
        'REM-ID-001',
        '--report-dir',
        dir,
      );
      expect(code).toBe(1);
      expect(out.join('\n')).toContain('mandatory checks not passed: REM-ID-001');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
