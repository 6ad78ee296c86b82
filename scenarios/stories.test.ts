// Hand-written stories through the same commands and invariants as the random runs: each one
// takes a path the random runs reach only now and then, so CI always covers it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStory } from './runner.ts';
import type { RunSetup, PersonSetup } from './run-setup.ts';
import { startTarget } from './target.ts';
import type { ScenarioTarget } from './target.ts';
import { AddPayableCommand } from './commands/add-payable.ts';
import { AdvanceClockCommand } from './commands/advance-clock.ts';
import { ApproveEfakturaCommand } from './commands/approve-efaktura.ts';
import { ApprovePaymentFileCommand } from './commands/approve-payment-file.ts';
import { DeleteEfakturaCommand } from './commands/delete-efaktura.ts';
import { ReconcileCommand } from './commands/reconcile.ts';
import { ReserveIssuerCommand } from './commands/reserve-issuer.ts';
import { RunBillingCommand } from './commands/run-billing.ts';
import { RunPaymentRunCommand } from './commands/run-payment-run.ts';
import { RunScanCommand } from './commands/run-scan.ts';
import { WithdrawJttaCommand } from './commands/withdraw-jtta.ts';

const nobody: PersonSetup = { customer: null, number: 100, jtta: false, subscription: null };
const subscriber: PersonSetup = { customer: 'national-id', number: 4711, jtta: true, subscription: 299 };

function setup(overrides: Partial<RunSetup> = {}): RunSetup {
  return {
    erpApprovals: 1,
    requiredApprovals: 1,
    bankRequiredApprovals: 1,
    rgb: true,
    issuer: 0,
    cast: [subscriber, nobody, nobody, nobody],
    scanned: true,
    ...overrides,
  };
}

describe('scenario stories', () => {
  let target: ScenarioTarget;
  beforeAll(async () => {
    target = await startTarget({ kind: 'in-process' });
  });
  afterAll(async () => {
    await target.close();
  });

  it('a reservation found by the next scan ends eFaktura, and the next invoice goes by e-mail', async () => {
    const result = await runStory(target, setup(), [
      new RunBillingCommand(),
      new AdvanceClockCommand('10m'),
      new ReserveIssuerCommand(0),
      new RunScanCommand(),
      new AdvanceClockCommand('31d'),
      new RunBillingCommand(),
    ]);
    expect(result.ok, [...result.story, result.error].join('\n')).toBe(true);
    expect(result.coverage).toContain('agreement ended by a scan');
    expect(result.story.at(-2)).toMatch(/runBilling\(\) → 1 invoice\(s\): 1 email/);
  });

  it('a withdrawal of JTTA stops eFaktura from the issuer after the next scan', async () => {
    const result = await runStory(target, setup({ issuer: 1 }), [
      new RunBillingCommand(),
      new WithdrawJttaCommand(0),
      new RunScanCommand(),
      new AdvanceClockCommand('31d'),
      new RunBillingCommand(),
    ]);
    expect(result.ok, [...result.story, result.error].join('\n')).toBe(true);
    expect(result.story.at(-2)).toMatch(/1 email/);
  });

  it('an eFaktura the consumer deletes before the driver first polls is still not lost: it goes by e-mail', async () => {
    // The consumer deletes it within the day; the driver learns of it only at its next call.
    const result = await runStory(target, setup(), [
      new RunBillingCommand(),
      new AdvanceClockCommand('10m'),
      new DeleteEfakturaCommand(0),
    ]);
    expect(result.ok, [...result.story, result.error].join('\n')).toBe(true);
  });

  it('an approved eFaktura is paid on its due date, notified once in camt.054 and reconciled once', async () => {
    const result = await runStory(target, setup(), [
      new RunBillingCommand(),
      new AdvanceClockCommand('10m'),
      new ApproveEfakturaCommand(0),
      new AdvanceClockCommand('14d'),
      new ReconcileCommand(),
      new ReconcileCommand(),
    ]);
    expect(result.ok, [...result.story, result.error].join('\n')).toBe(true);
    expect(result.coverage).toContain('payment reconciled');
  });

  it('with RGB off a file waits until two authorised users approve it in the netbank, then is executed', async () => {
    const result = await runStory(
      target,
      setup({
        erpApprovals: 2,
        requiredApprovals: 2,
        bankRequiredApprovals: 2,
        rgb: false,
        cast: [nobody, nobody, nobody, nobody],
      }),
      [
        new AddPayableCommand(0, 'invoice', 'valid', 1_000, 2, 42),
        new RunPaymentRunCommand(['ola', 'kari']),
        new ApprovePaymentFileCommand(0, 'nils'),
        new ApprovePaymentFileCommand(0, 'ola'),
        new ApprovePaymentFileCommand(0, 'kari'),
      ],
    );
    expect(result.ok, [...result.story, result.error].join('\n')).toBe(true);
    expect(result.coverage).toContain('file approved in the netbank');
    expect(result.coverage).toContain('payment executed (ACSC)');
  });

  it('a bank that requires more approvers than the client knows rejects the file with AG08', async () => {
    const result = await runStory(
      target,
      setup({ bankRequiredApprovals: 2, cast: [nobody, nobody, nobody, nobody] }),
      [new AddPayableCommand(1, 'invoice', 'valid', 700, 1, 7), new RunPaymentRunCommand(['ola'])],
    );
    expect(result.ok, [...result.story, result.error].join('\n')).toBe(true);
    expect(result.coverage).toContain('file the bank must reject (AG08)');
  });

  it('a KID of the wrong length is rejected with RR09 while the correct one beside it is executed', async () => {
    const result = await runStory(target, setup({ cast: [nobody, nobody, nobody, nobody] }), [
      new AddPayableCommand(1, 'invoice', 'wrong-length', 300, 1, 3),
      new AddPayableCommand(0, 'invoice', 'valid', 400, 1, 4),
      new RunPaymentRunCommand(['kari']),
    ]);
    expect(result.ok, [...result.story, result.error].join('\n')).toBe(true);
    expect(result.coverage).toContain('KID the bank must reject (RR09)');
    expect(result.coverage).toContain('payment executed (ACSC)');
  });
});
