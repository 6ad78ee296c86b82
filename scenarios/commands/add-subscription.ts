// A customer takes out a monthly subscription (driver PUT /subscriptions/{id}, §5.6), starting today.
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class AddSubscriptionCommand extends ScenarioCommand {
  constructor(
    readonly person: number,
    /** Whole kroner a month. */
    readonly kroner: number,
  ) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return model.customers.has(this.person);
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    const customer = model.customers.get(this.person);
    if (!customer) return 'no customer';
    const id = `sub-${customer.customerNumber}-${model.subscriptions.size + 1}`;
    const amount = this.kroner * 100;
    expectOk(
      await system.driver.put(`/subscriptions/${id}`, {
        customerNumber: customer.customerNumber,
        amount,
        interval: 'monthly',
        startDate: model.today,
      }),
      `adding subscription ${id}`,
    );
    model.subscriptions.set(id, { id, person: this.person, amount, startDate: model.today });
    return id;
  }

  toString(): string {
    return `addSubscription(p${this.person}, ${this.kroner} kr/month)`;
  }
}
