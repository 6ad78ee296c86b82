// `efaktura-bench reference-client` in process (commander): the listing, and the set-up errors a
// user meets before the client runs. The client itself is loaded inside the action (it imports
// libxmljs2; see bin/cli-imports.test.ts), so these runs also prove that path loads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { MUTANT_DESCRIPTIONS, MUTANTS } from '../../reference-client/mutants.ts';
import { register } from './reference-client.ts';

let out: string[];

beforeEach(() => {
  out = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function cli(...args: string[]): Promise<void> {
  const program = new Command('efaktura-bench').exitOverride();
  register(program);
  await program.parseAsync(['node', 'efaktura-bench', 'reference-client', ...args]);
}

describe('efaktura-bench reference-client', () => {
  it('lists every mutant with what it does wrong', async () => {
    await cli('--list-mutants');
    expect(out).toHaveLength(MUTANTS.length);
    MUTANTS.forEach((mutant, index) => {
      expect(out[index]).toMatch(new RegExp(`^${mutant}\\s+`));
      expect(out[index]).toContain(MUTANT_DESCRIPTIONS[mutant]);
    });
  });

  it('asks for a configuration or a tenant key', async () => {
    await expect(cli('--port', '0')).rejects.toThrow(/give --config <file>, or --tenant-key <key>/);
  });

  it('says how to start a bench when none answers', async () => {
    // Port 9 (discard) is closed on loopback: the demo-world wiring cannot reach a bench there.
    await expect(
      cli('--bench', 'http://127.0.0.1:9', '--tenant-key', 'ebk_tenant_nobody_0123456789', '--port', '0'),
    ).rejects.toThrow(/no bench answers at http:\/\/127\.0\.0\.1:9: start it with "efaktura-bench start/);
  });
});
