// The issuer gets a new customer (driver PUT /customers/{customerNumber}, ARCHITECTURE.md §5.6),
// holding more or fewer of the person's keys: the national id, mobile and e-mail, e-mail only, or
// only name and address (not searchable: such a customer gets paper) — efaktura-b2c.md §2.3.
import { expectOk } from '../http-client.ts';
import { customerNumberFor } from '../model.ts';
import type { CustomerKeys, ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class AddCustomerCommand extends ScenarioCommand {
  constructor(
    readonly person: number,
    readonly keys: CustomerKeys,
    /** Becomes the customer number (with the person's index appended). */
    readonly number: number,
  ) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return model.persons[this.person] !== undefined && !model.customers.has(this.person);
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    const person = model.persons[this.person];
    if (!person) return 'no such person';
    const customerNumber = customerNumberFor(this.person, this.number);
    const body: Record<string, unknown> = {
      firstName: person.firstName,
      lastName: person.lastName,
      address: {
        street: person.address.street,
        postalCode: person.address.postalCode,
        city: person.address.city,
        country: 'NO',
      },
    };
    if (this.keys === 'national-id')
      Object.assign(body, { nationalId: person.nationalId, email: person.email, mobile: person.mobile });
    if (this.keys === 'email-and-mobile') Object.assign(body, { email: person.email, mobile: person.mobile });
    if (this.keys === 'email-only') Object.assign(body, { email: person.email });
    expectOk(
      await system.driver.put(`/customers/${customerNumber}`, body),
      `adding customer ${customerNumber}`,
    );
    model.customers.set(this.person, {
      customerNumber,
      person: this.person,
      keys: this.keys,
      agreement: 'no',
    });
    return `customer ${customerNumber}`;
  }

  toString(): string {
    return `addCustomer(p${this.person}, ${this.keys}, no. ${customerNumberFor(this.person, this.number)})`;
  }
}
