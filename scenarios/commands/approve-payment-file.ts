// A user approves a waiting payment file in the netbank (POST /bank/v1/payment-files/{id}/approvals,
// §5.4): with RGB off the file waits (PDNG) until enough users with authority on the debit account
// have approved it (iso20022-norway.md §6.2 "ettergodkjenning").
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { InvariantViolation, throwIfAny } from '../system.ts';
import { authorisedIn, bankAccepts, judgeFileOutcome } from '../invariants/approvals.ts';
import { outcomesOf, readStatusReports } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';
import { oracleFor } from './run-payment-run.ts';

function waitingFiles(model: Readonly<ScenarioModel>) {
  return model.runs.filter(
    (run) =>
      run.fileId !== undefined &&
      !run.bankRule.rgb &&
      !(model.netbankApprovals.get(run.fileId)?.satisfied ?? false),
  );
}

export class ApprovePaymentFileCommand extends ScenarioCommand {
  constructor(
    readonly pick: number,
    readonly userId: string,
  ) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return waitingFiles(model).length > 0;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    const runs = waitingFiles(model);
    const run = runs[this.pick % runs.length];
    if (!run?.fileId) return 'no file waits';
    const answer = await system.agreementBank.post(
      `/bank/v1/payment-files/${encodeURIComponent(run.fileId)}/approvals`,
      {
        userId: this.userId,
      },
    );
    if (answer.status >= 500) {
      throw new InvariantViolation(
        'approvals',
        `the bank answered ${answer.status} to a netbank approval: ${answer.text.slice(0, 300)}`,
      );
    }
    const authorised = authorisedIn(model);
    const previous = model.netbankApprovals.get(run.fileId)?.users ?? [];
    const users = answer.status < 300 ? [...new Set([...previous, this.userId])] : previous;
    const satisfied = bankAccepts(model.bankRule, users, authorised);
    model.netbankApprovals.set(run.fileId, { users, satisfied });
    const violations: InvariantViolation[] = [];
    if (answer.status >= 300 && authorised(this.userId)) {
      violations.push(
        new InvariantViolation(
          'approvals',
          `the bank refused (${answer.status}) the netbank approval of file ${run.fileId} by ${this.userId}, who has authority on the debit account`,
        ),
      );
    }
    const reports = await readStatusReports(system);
    for (const file of system.observations.files.filter((f) => f.fileId === run.fileId)) {
      violations.push(
        ...judgeFileOutcome({
          model,
          file,
          oracle: oracleFor(model, run.bankRule, run.approvers),
          approversText: `${run.approvers.join(', ')}; netbank: ${users.join(', ')}`,
          outcomes: outcomesOf(file, reports),
          executionDue: () => false,
        }),
      );
    }
    throwIfAny(violations);
    return `${answer.status}; netbank approvals [${users.join(', ')}]${satisfied ? ', enough' : ''}`;
  }

  toString(): string {
    return `approvePaymentFile(#${this.pick}, by ${this.userId})`;
  }
}
