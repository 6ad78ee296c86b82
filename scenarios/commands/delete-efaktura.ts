// The consumer deletes an eFaktura in the online bank (POST /bank/v1/nettbank/{id}/efaktura/{tx}/delete,
// §5.4; efaktura-b2c.md §8 Vipps state machine: pending → deleted). The invoice is still owed.
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { refreshInbox } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';
import { waiting } from './approve-efaktura.ts';

export class DeleteEfakturaCommand extends ScenarioCommand {
  /** `pick`: which of the waiting eFaktura (modulo how many there are). */
  constructor(readonly pick: number) {
    super();
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return waiting(model).length > 0;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    // The issuer may have withdrawn an eFaktura since the model last looked (a fallback cancels it).
    await refreshInbox(model, system);
    const items = waiting(model);
    if (items.length === 0) return 'nothing waits any more (the issuer withdrew it)';
    const item = items[this.pick % items.length];
    const person = item && model.persons[item.person];
    if (!person || !item) return 'nothing to delete';
    const answer = expectOk(
      await system.bench.post<{ status?: string }>(
        `/bank/v1/nettbank/${person.nationalId}/efaktura/${item.transactionId}/delete`,
      ),
      `deleting eFaktura ${item.transactionId} for ${person.label}`,
    );
    item.status = answer.status ?? 'DELETED';
    return `${person.label}: invoice ${item.invoiceNumber ?? '?'} ${item.status}`;
  }

  toString(): string {
    return `deleteEfaktura(#${this.pick})`;
  }
}
