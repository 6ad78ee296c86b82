// The consumer deletes an eFaktura in the online bank (POST /bank/v1/nettbank/{id}/efaktura/{tx}/delete,
// §5.4; efaktura-b2c.md §8 Vipps state machine: pending → deleted). The invoice is still owed.
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';
import { waiting } from './approve-efaktura.ts';

export class DeleteEfakturaCommand extends ScenarioCommand {
  constructor(
    readonly person: number,
    readonly pick: number,
  ) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return waiting(model, this.person).length > 0;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    const person = model.persons[this.person];
    const items = waiting(model, this.person);
    const item = items[this.pick % items.length];
    if (!person || !item) return 'nothing to delete';
    const answer = expectOk(
      await system.bench.post<{ status?: string }>(
        `/bank/v1/nettbank/${person.nationalId}/efaktura/${item.transactionId}/delete`,
      ),
      `deleting eFaktura ${item.transactionId} for ${person.label}`,
    );
    item.status = answer.status ?? 'DELETED';
    return `invoice ${item.invoiceNumber ?? '?'} ${item.status}`;
  }

  toString(): string {
    return `deleteEfaktura(p${this.person}, #${this.pick})`;
  }
}
