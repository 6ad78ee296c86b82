// The person withdraws JTTA (efaktura-b2c.md §2.1: after 15 May 2022 all eFaktura to them stop):
// DELETE /jtta/v1/persons/{id}/consent.
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class WithdrawJttaCommand extends ScenarioCommand {
  constructor(readonly person: number) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return model.persons[this.person]?.jtta === true;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<void> {
    const person = model.persons[this.person];
    if (!person) return;
    expectOk(
      await system.bench.delete(`/jtta/v1/persons/${person.nationalId}/consent`),
      `withdrawing ${person.label}'s JTTA`,
    );
    person.jtta = false;
    const customer = model.customers.get(this.person);
    if (customer?.agreement === 'yes') customer.agreement = 'maybe';
  }

  toString(): string {
    return `withdrawJtta(p${this.person})`;
  }
}
