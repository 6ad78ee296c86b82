// The bank agreement's approval rule changes (PUT /bank/v1/agreements/{customerId}, §5.4): the
// number of approvers the bank requires and whether it trusts the ERP's approvals (RGB, §6.2).
// The driver is not told: the bank's verdicts on later files must follow the new rule.
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { putAgreement } from '../world.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class ChangeApprovalRuleCommand extends ScenarioCommand {
  constructor(
    readonly requiredApprovals: 1 | 2,
    readonly rgb: boolean,
  ) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return model.bankRule.requiredApprovals !== this.requiredApprovals || model.bankRule.rgb !== this.rgb;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<void> {
    const rule = { requiredApprovals: this.requiredApprovals, rgb: this.rgb };
    await putAgreement(system.bench, system.world, rule);
    model.bankRule = rule;
  }

  toString(): string {
    return `changeApprovalRule(bank requires ${this.requiredApprovals}, RGB ${this.rgb ? 'on' : 'off'})`;
  }
}
