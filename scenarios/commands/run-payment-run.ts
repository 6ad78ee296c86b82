// A payment run today with chosen approvers (driver POST /payment-runs, §5.6): the client must
// refuse locally a run its rule cannot accept, and the bank must accept, reject (AG08) or hold
// (PDNG) the file exactly as the agreement's approval rule says (iso20022-norway.md §6).
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { InvariantViolation, throwIfAny } from '../system.ts';
import { authorisedIn, bankAccepts, judgeFileOutcome, judgeLocalRefusal } from '../invariants/approvals.ts';
import type { ApprovalOracle } from '../invariants/approvals.ts';
import { observe, outcomesOf, readStatusReports } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';

export function oracleFor(
  model: Readonly<ScenarioModel>,
  rule: ScenarioModel['bankRule'],
  approvers: readonly string[],
): ApprovalOracle {
  if (!rule.rgb) return 'PDNG';
  return bankAccepts(rule, approvers, authorisedIn(model)) ? 'accept' : 'AG08';
}

export class RunPaymentRunCommand extends ScenarioCommand {
  constructor(readonly approvers: readonly string[]) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return [...model.payables.values()].some((p) => !p.refused);
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    await observe(model, system);
    const answer = await system.driver.post<{ fileId?: string; messageId?: string; detail?: string }>(
      '/payment-runs',
      {
        date: model.today,
        approvers: this.approvers,
      },
    );
    if (answer.status >= 500) {
      throw new InvariantViolation(
        'driver',
        `POST /driver/v1/payment-runs answered ${answer.status}: ${answer.text.slice(0, 300)}`,
      );
    }
    const facts = await observe(model, system);
    const violations = judgeLocalRefusal(model, this.approvers, answer, facts.files);
    const rule = { ...model.bankRule };
    const oracle = oracleFor(model, rule, this.approvers);
    const reports = facts.files.length > 0 ? await readStatusReports(system) : [];
    for (const file of facts.files) {
      violations.push(
        ...judgeFileOutcome({
          model,
          file,
          oracle,
          approversText: this.approvers.join(', '),
          outcomes: outcomesOf(file, reports),
          executionDue: () => false,
        }),
      );
    }
    throwIfAny(violations);
    const refused = answer.status >= 400;
    model.runs.push({
      step: model.step,
      date: model.today,
      approvers: [...this.approvers],
      refused,
      fileId: facts.files[0]?.fileId,
      messageId: facts.files[0]?.messageId,
      bankRule: rule,
    });
    if (refused) {
      const detail = (answer.body as { detail?: unknown } | undefined)?.detail;
      return `refused (${answer.status}${typeof detail === 'string' ? `: ${detail.slice(0, 120)}` : ''})`;
    }
    const file = facts.files[0];
    return file
      ? `file ${file.fileId ?? '?'} (${file.transactions.length} payment(s)), bank ${file.groupStatus ?? '?'}; expected ${oracle}`
      : 'no file sent';
  }

  toString(): string {
    return `runPayments(approvers: [${this.approvers.join(', ')}])`;
  }
}
