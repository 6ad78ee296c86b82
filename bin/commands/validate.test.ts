// `efaktura-bench validate`: exit codes 0 accepted / 1 rejected / 2 unusable, the pain.002 and each
// finding explained. Most runs drive the commander program in process (fast); one spawns the CLI.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { register } from './validate.ts';
import { runCommandInProcess } from '../../test/support/cli.ts';
import {
  ACCOUNTS,
  CUSTOMER_ID,
  KIDS,
  pain001,
  payment,
  transaction,
} from '../../src/bank/testing/bank-fixture.ts';
import { expectSchemaValid } from '../../src/iso20022/testing/expect-schema-valid.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const NOW = '2026-01-12T08:00:00+01:00';
let dir: string;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const run = (...args: string[]): Promise<Run> =>
  runCommandInProcess(register, ['validate', ...args, '--now', NOW]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'efaktura-validate-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('efaktura-bench validate', () => {
  it('exits 0 for a lone valid file and prints a schema-valid pain.002', async () => {
    const result = await run(file('ok.xml', pain001()));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Result: accepted');
    const xml = result.stdout.slice(
      result.stdout.indexOf('<?xml'),
      result.stdout.indexOf('</Document>') + '</Document>'.length,
    );
    expectSchemaValid(xml, 'pain.002.001.03');
  });

  it('exits 1 for a rejected transaction and explains the finding from the catalogue', async () => {
    const xml = pain001({
      payments: [
        payment({ transactions: [transaction({ creditorAccount: ACCOUNTS.otherBank, kid: '12345678901' })] }),
      ],
    });
    const result = await run(file('bad-kid.xml', xml), '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      result: string;
      findings: Array<{ code: string; texts: string[]; remedy: string; narrative?: string }>;
    };
    expect(report.result).toBe('rejected');
    expect(report.findings).toEqual([
      expect.objectContaining({
        code: 'RR09',
        narrative: 'NARR-UGYLDIG-KID',
        texts: expect.arrayContaining(['Ugyldig KID-nummer']),
      }),
    ]);
    expect(report.findings[0]?.remedy.length).toBeGreaterThan(10);
  });

  it('checks under an agreement file: RGB approvers and creditor KID agreements apply', async () => {
    const agreement = file(
      'agreement.json',
      JSON.stringify({
        customerId: CUSTOMER_ID,
        accounts: [ACCOUNTS.operating],
        rgb: true,
        users: [{ userId: 'ola', name: 'Ola', accounts: [ACCOUNTS.operating] }],
        approvers: ['ola'],
        bankAccounts: [
          { bban: ACCOUNTS.kidMod11, kidAgreement: { definitions: [{ algorithm: 'MOD11', length: 10 }] } },
        ],
      }),
    );
    const ok = pain001({
      payments: [
        payment({ transactions: [transaction({ creditorAccount: ACCOUNTS.kidMod11, kid: KIDS.mod11 })] }),
      ],
    });
    expect((await run(file('mod11.xml', ok), '--agreement', agreement)).code).toBe(0);
    const wrongApprover = await run(
      file('mod11-kari.xml', ok),
      '--agreement',
      agreement,
      '--approved-by',
      'kari',
      '--json',
    );
    expect(wrongApprover.code).toBe(1);
    expect(JSON.parse(wrongApprover.stdout).findings[0].code).toBe('AG08');
  });

  it('exits 2 for unusable input: not XML, a missing file, a broken agreement file', async () => {
    const notXml = await run(file('text.xml', 'hello'));
    expect([notXml.code, notXml.stderr]).toEqual([2, expect.stringContaining('EB-BANK-NOT-XML')]);
    expect(notXml.stderr).toContain("'<' not found (line 1)\n");
    const missing = await run(join(dir, 'missing.xml'));
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('Cannot read')]);
    expect(missing.stderr).toContain('What to do: Check the path to the pain.001 file');
    const broken = await run(
      file('ok2.xml', pain001()),
      '--agreement',
      file('broken.json', '{"customerId": 1}'),
    );
    expect([broken.code, broken.stderr]).toEqual([2, expect.stringContaining('EB-INVALID-BODY')]);
  });

  it('gives the shell exit code 1 for a rejected file when run as a command', async () => {
    const path = file('ctrlsum.xml', pain001({ controlSum: '1.00' }));
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'bin/cli.ts', 'validate', path, '--now', NOW], {
        cwd: repoRoot,
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(1);
  });
});
