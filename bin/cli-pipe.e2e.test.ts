// `efaktura-bench … | head`: a reader that closes the pipe early must not make the CLI crash with
// an EPIPE stack trace (bin/cli.ts stops quietly, as Unix tools do).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

describe('the CLI behind a pipe that closes early', () => {
  it('stops quietly with exit 0', { timeout: 60_000 }, async () => {
    // 200,000 account numbers are ≈ 2.4 MB: far more than a pipe holds, so the CLI is still
    // writing when the reader goes away.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, 'numbers', 'make', 'account', '--count', '200000', '--seed', '7'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let firstLine = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.once('data', (chunk: Buffer) => {
      firstLine = chunk.toString('utf8').split('\n')[0] ?? '';
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(firstLine).toMatch(/^[0-9]{11}$/);
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  });
});
