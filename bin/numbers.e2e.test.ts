// `efaktura-bench numbers`: a contract CI scripts depend on (output lines and exit codes).
// A few runs spawn the real CLI with `npx tsx bin/cli.ts` (exit codes and standard input as a shell
// sees them); the rest drive the same commander program in process, because every start of the
// full CLI costs seconds of CPU and the suite must stay fast.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCommandInProcess } from '../test/support/cli.ts';
import { register } from './commands/numbers.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnCli(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'bin/cli.ts', 'numbers', ...args], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const runInProcess = (...args: string[]) => runCommandInProcess(register, ['numbers', ...args]);

afterEach(() => {
  vi.restoreAllMocks();
});

const lines = (text: string) => text.trimEnd().split('\n');

// Each start of the full CLI imports every command (simulators included): seconds of CPU, and much
// longer on a loaded CI machine, hence the generous timeout.
describe.concurrent('the efaktura-bench numbers binary', { timeout: 120_000 }, () => {
  it('prints value<TAB>valid<TAB>description for each argument and exits 0 when all are valid', async () => {
    const result = await spawnCli(['check', 'kid', '2345676', '40-']);
    expect(result.stdout).toBe('2345676\tvalid\tMOD10\n40-\tvalid\tMOD11\n');
    expect(result.code).toBe(0);
  });

  it('reads one value per line from standard input and exits 1 when one is invalid', async () => {
    const result = await spawnCli(['check', 'account'], '8601.11.17947\r\n12345678902\n\n00001234560\n');
    expect(lines(result.stdout)).toEqual([
      '8601.11.17947\tvalid\tBBAN 8601.11.17947',
      '12345678902\tinvalid\tcheck-digit',
      '00001234560\tinvalid\tzero-prefix',
    ]);
    expect(result.code).toBe(1);
  });

  it('exits 2 for an unknown kind and names the valid kinds', async () => {
    const result = await spawnCli(['check', 'ssn', '123']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('kid, account, iban, orgnr, nationalid');
  });
});

describe('numbers check', () => {
  it('gives the stable machine reason for each invalid value and exits 1', async () => {
    const result = await runInProcess('check', 'kid', '2345676', '2345675', '40-', '4-0', '12 3');
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      '2345676\tvalid\tMOD10',
      '2345675\tinvalid\tcheck-digit',
      '40-\tvalid\tMOD11',
      '4-0\tinvalid\tdash-not-last',
      '12 3\tinvalid\tinvalid-characters',
    ]);
  });

  it('applies --algorithm and repeated or comma-separated --length to KIDs', async () => {
    const checked = await runInProcess(
      'check',
      'kid',
      '--algorithm',
      'MOD11',
      '--length',
      '8,3',
      '--length',
      '11',
      '1000005-',
      '40-',
      '12345678903',
      '2345676',
      '310',
    );
    expect(lines(checked.stdout)).toEqual([
      '1000005-\tvalid\tMOD11',
      '40-\tvalid\tMOD11',
      '12345678903\tvalid\tMOD11',
      '2345676\tinvalid\tlength-not-agreed',
      '310\tvalid\tMOD11',
    ]);
    const mod10 = await runInProcess('check', 'kid', '--algorithm', 'mod10', '310', '40-');
    expect(lines(mod10.stdout)).toEqual(['310\tinvalid\tcheck-digit', '40-\tinvalid\tdash-not-allowed']);
  });

  it('checks IBANs, organisation numbers, national ids and mobiles', async () => {
    const result = await runInProcess('check', 'iban', 'NO93 8601 1117 947', 'NO23 8601 1117 946');
    expect(lines(result.stdout)).toEqual([
      'NO93 8601 1117 947\tvalid\tIBAN NO93 8601 1117 947 BBAN 86011117947',
      'NO23 8601 1117 946\tinvalid\tbban-check-digit',
    ]);
    expect((await runInProcess('check', 'orgnr', '123456785')).stdout).toBe(
      '123456785\tvalid\torgnr 123 456 785\n',
    );
    expect((await runInProcess('check', 'nationalid', '31129956715')).stdout).toBe(
      '31129956715\tvalid\tfnr born 1899-12-31\n',
    );
    expect((await runInProcess('check', 'mobile', '22334455')).stdout).toBe('22334455\tinvalid\tlandline\n');
  });

  it('rejects birth dates after --today for national ids', async () => {
    const result = await runInProcess(
      'check',
      'nationalid',
      '--today',
      '1982-10-29',
      '30108299939',
      '31129956715',
    );
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      '30108299939\tinvalid\tbirth-date-in-future',
      '31129956715\tvalid\tfnr born 1899-12-31',
    ]);
  });

  it('adds a human explanation as a 4th column with --messages', async () => {
    const result = await runInProcess('check', 'account', '--messages', '12345678902');
    const [value, verdict, reason, message] = lines(result.stdout)[0]?.split('\t') ?? [];
    expect([value, verdict, reason]).toEqual(['12345678902', 'invalid', 'check-digit']);
    expect(message).toContain('should be 3');
  });

  it('treats KID options on other kinds, bad lengths and bad dates as usage errors (exit 2)', async () => {
    const wrongKind = await runInProcess('check', 'account', '--algorithm', 'mod11', '86011117947');
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain('kid only');
    expect((await runInProcess('check', 'kid', '--length', '30', '00')).code).toBe(2);
    expect((await runInProcess('check', 'kid', '--algorithm', 'mod12', '00')).code).toBe(2);
    expect((await runInProcess('check', 'nationalid', '--today', '2026-02-30', '31129956715')).code).toBe(2);
    expect((await runInProcess('check', 'orgnr', '--today', '2026-01-15', '123456785')).code).toBe(2);
  });

  it('prints help describing the output format and exit codes', async () => {
    const result = await runInProcess('check', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('value<TAB>valid|invalid<TAB>reason');
    expect(result.stdout).toContain('Exit status: 0 all valid, 1 at least one invalid, 2 usage error.');
  });
});

describe('numbers make', () => {
  it('makes a KID from a body with --mod10 or --mod11', async () => {
    expect((await runInProcess('make', 'kid', '--mod10', '234567')).stdout).toBe('2345676\n');
    expect((await runInProcess('make', 'kid', '--mod11', '40')).stdout).toBe('40-\n');
    expect((await runInProcess('make', 'kid', '--mod11', '1000005')).stdout).toBe('1000005-\n');
  });

  it('exits 1 with the reason when the KID body is not digits', async () => {
    const result = await runInProcess('make', 'kid', '--mod10', '12a');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^invalid-characters: /);
  });

  it('needs exactly one of --mod10 and --mod11 (exit 2)', async () => {
    expect((await runInProcess('make', 'kid', '234567')).code).toBe(2);
    expect((await runInProcess('make', 'kid', '--mod10', '--mod11', '234567')).code).toBe(2);
  });

  it('makes seeded, replayable, valid accounts, orgnrs and national ids', async () => {
    const accounts = await runInProcess(
      'make',
      'account',
      '--seed',
      '42',
      '--count',
      '5',
      '--bank-code',
      '1503',
    );
    expect(accounts.stderr).toBe('');
    const made = lines(accounts.stdout);
    expect(made).toHaveLength(5);
    for (const account of made) expect(account).toMatch(/^1503[0-9]{7}$/);
    const check = await runInProcess('check', 'account', ...made);
    expect(check.code).toBe(0);
    expect(
      (await runInProcess('make', 'account', '--seed', '42', '--count', '5', '--bank-code', '1503')).stdout,
    ).toBe(accounts.stdout);

    const orgnrs = lines((await runInProcess('make', 'orgnr', '--seed', '1', '--count', '3')).stdout);
    expect((await runInProcess('check', 'orgnr', ...orgnrs)).code).toBe(0);

    const ids = await runInProcess(
      'make',
      'nationalid',
      '--seed',
      '7',
      '--count',
      '4',
      '--kind',
      'dnr',
      '--born',
      '2000-02-29',
    );
    const checkedIds = await runInProcess('check', 'nationalid', ...lines(ids.stdout));
    expect(checkedIds.code).toBe(0);
    for (const line of lines(checkedIds.stdout)) expect(line).toMatch(/\tvalid\tdnr born 2000-02-29$/);
  });

  it('prints the seed to stderr when none is given, and that seed replays the run', async () => {
    const result = await runInProcess('make', 'nationalid', '--count', '3');
    const seed = /^seed (\d+) \(replay with: efaktura-bench numbers make nationalid --seed \1\)\n$/.exec(
      result.stderr,
    )?.[1];
    expect(seed).toBeDefined();
    expect(lines(result.stdout)).toHaveLength(3);
    const replay = await runInProcess('make', 'nationalid', '--count', '3', '--seed', String(seed));
    expect(replay.stdout).toBe(result.stdout);
    expect(replay.stderr).toBe('');
  });

  it('refuses bad counts, seeds, bank codes and birth ranges as usage errors (exit 2)', async () => {
    expect((await runInProcess('make', 'account', '--count', '0')).code).toBe(2);
    expect((await runInProcess('make', 'account', '--seed', '-1')).code).toBe(2);
    expect((await runInProcess('make', 'account', '--bank-code', '0000')).code).toBe(2);
    expect(
      (await runInProcess('make', 'nationalid', '--born-from', '2000-01-01', '--born-to', '1999-01-01')).code,
    ).toBe(2);
    expect((await runInProcess('make', 'nationalid', '--born', '2045-01-01')).code).toBe(2);
    expect((await runInProcess('make', 'nationalid', '--kind', 'fh')).code).toBe(2);
  });

  it('prints help for every make command', async () => {
    for (const kind of ['kid', 'account', 'orgnr', 'nationalid']) {
      const result = await runInProcess('make', kind, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`numbers make ${kind}`);
    }
  });
});
