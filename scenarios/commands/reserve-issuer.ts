// The person reserves against the driver's issuer (efaktura-b2c.md §2.1 "Reservasjoner", §2.4):
// PUT /jtta/v1/persons/{id}/reservations/{issuerOrgNumber}.
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class ReserveIssuerCommand extends ScenarioCommand {
  constructor(readonly person: number) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return model.persons[this.person]?.reserved === false;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<void> {
    const person = model.persons[this.person];
    if (!person) return;
    expectOk(
      await system.bench.put(`/jtta/v1/persons/${person.nationalId}/reservations/${model.issuer.orgNumber}`),
      `reserving ${person.label} against the issuer`,
    );
    person.reserved = true;
    const customer = model.customers.get(this.person);
    if (customer?.agreement === 'yes') customer.agreement = 'maybe';
  }

  toString(): string {
    return `reserve(p${this.person})`;
  }
}
