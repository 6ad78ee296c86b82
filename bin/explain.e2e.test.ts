// `efaktura-bench explain` and `codes list`. A few runs go through the real binary in a child
// process (exit codes as a shell sees them); the rest drive the same commander program in process,
// because every start of the full CLI costs seconds of CPU and the suite must stay fast.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommandInProcess } from '../test/support/cli.ts';
import { register } from './commands/explain.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function spawnCli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      { cwd: repoRoot },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const runInProcess = (...args: string[]) => runCommandInProcess(register, [...args]);

afterEach(() => {
  vi.restoreAllMocks();
});

// Each start of the full CLI imports every command (simulators included): seconds of CPU, and much
// longer on a loaded CI machine, hence the generous timeout.
const SPAWN_TIMEOUT_MS = 120_000;

describe.concurrent('the efaktura-bench binary', { timeout: SPAWN_TIMEOUT_MS }, () => {
  it('explains a known code on stdout and exits 0', async () => {
    const result = await spawnCli('explain', 'AC03');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^AC03 {2}\(iso-reason\)\nCreditor account number invalid or missing\n/);
  });

  it('exits 1 for an unknown code, with close matches on stderr', async () => {
    const result = await spawnCli('explain', 'AC3');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/Did you mean:\n {2}AC03\t/);
  });
});

describe('efaktura-bench explain', () => {
  it('explains a code in English by default', async () => {
    const result = await runInProcess('explain', 'AC03');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^AC03 {2}\(iso-reason\)\nCreditor account number invalid or missing\n/);
    expect(result.stdout).toContain('What to tell the customer');
    expect(result.stdout).toContain('TRIGGER-AC03');
  });

  it('accepts the code in any case and explains in Norwegian with --lang nb', async () => {
    const result = await runInProcess('explain', 'rr09', '--lang', 'nb');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('RR09  (iso-reason)');
    expect(result.stdout).toContain('Hva du sier til kunden');
    expect(result.stdout).toContain('efaktura-bench numbers check kid');
  });

  it('exits 1 for an unknown code and suggests close matches on stderr', async () => {
    const result = await runInProcess('explain', 'AC3');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown code "AC3"');
    expect(result.stderr).toMatch(/Did you mean:\n {2}AC03\t/);
    expect(result.stderr).toContain('efaktura-bench codes list');
  });

  it('explains a bank text pasted from pain.002 AddtlInf', async () => {
    const result = await runInProcess(
      'explain',
      'Approver (12345678901) do not have permission on debit account «86011117947»',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('NARR-AG08-APPROVER  (bank-narrative)');
  });

  it('refuses a language other than nb or en as a usage error', async () => {
    const result = await runInProcess('explain', 'AC03', '--lang', 'sv');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nb, en');
  });

  it('prints help', async () => {
    const result = await runInProcess('explain', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--lang');
    expect(result.stdout).toContain('efaktura-bench explain AC03');
  });
});

describe('efaktura-bench codes list', () => {
  it('prints every code as CODE<TAB>family<TAB>title', async () => {
    const result = await runInProcess('codes', 'list');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
    const codes = lines.map((line) => line.split('\t')[0]);
    expect(codes).toEqual(expect.arrayContaining(['RCVD', 'RR09', 'NARR-UGYLDIG-KID', '3002']));
  });

  it('filters by family and uses Norwegian titles with --lang nb', async () => {
    const result = await runInProcess('codes', 'list', '--family', 'bank-narrative', '--lang', 'nb');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.split('\t')[1]).toBe('bank-narrative');
    expect(lines).toContain('NARR-UGYLDIG-KID\tbank-narrative\tUgyldig KID-nummer');
  });

  it('prints the full entries as JSON with --json', async () => {
    const result = await runInProcess('codes', 'list', '--family', 'mps', '--json');
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as { code: string; family: string; httpStatus?: number }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.family === 'mps')).toBe(true);
    expect(entries.find((entry) => entry.code === '3002')?.httpStatus).toBe(409);
  });

  it('exits 2 for an unknown family and lists the valid ones', async () => {
    const result = await runInProcess('codes', 'list', '--family', 'swift');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('unknown family "swift"');
    expect(result.stderr).toContain('iso-status, iso-reason, bank-narrative, mps, bench');
  });

  it('prints help', async () => {
    const result = await runInProcess('codes', 'list', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--family');
    expect(result.stdout).toContain('--json');
  });
});
