// The person lifts the reservation against the driver's issuer (efaktura-b2c.md §2.1):
// DELETE /jtta/v1/persons/{id}/reservations/{issuerOrgNumber}.
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class LiftReservationCommand extends ScenarioCommand {
  constructor(readonly person: number) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return model.persons[this.person]?.reserved === true;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<void> {
    const person = model.persons[this.person];
    if (!person) return;
    expectOk(
      await system.bench.delete(
        `/jtta/v1/persons/${person.nationalId}/reservations/${model.issuer.orgNumber}`,
      ),
      `lifting ${person.label}'s reservation`,
    );
    person.reserved = false;
  }

  toString(): string {
    return `liftReservation(p${this.person})`;
  }
}
