// The person gives JTTA, "Ja takk til alle" (efaktura-b2c.md §2.1): PUT /jtta/v1/persons/{id}/consent.
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class GiveJttaCommand extends ScenarioCommand {
  constructor(readonly person: number) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    const person = model.persons[this.person];
    return person !== undefined && !person.jtta;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<void> {
    const person = model.persons[this.person];
    if (!person) return;
    expectOk(
      await system.bench.put(`/jtta/v1/persons/${person.nationalId}/consent`),
      `giving ${person.label} JTTA`,
    );
    person.jtta = true;
  }

  toString(): string {
    return `giveJtta(p${this.person})`;
  }
}
