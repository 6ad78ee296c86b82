// The consumer approves an eFaktura in the online bank (POST /bank/v1/nettbank/{id}/efaktura/{tx}/approve,
// §5.4): the bank schedules the payment from the person's own account on the due date (§5.5).
import { expectOk } from '../http-client.ts';
import type { InboxItemModel, ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { ScenarioCommand } from './scenario-command.ts';

/** The person's eFaktura from the driver's issuer that wait for them, oldest first. */
export function waiting(model: Readonly<ScenarioModel>, person: number): InboxItemModel[] {
  return [...model.inbox.values()].filter(
    (item) =>
      item.person === person &&
      item.status === 'DELIVERED' &&
      item.issuerOrgNumber === model.issuer.orgNumber &&
      item.documentType !== 'CREDIT_NOTE',
  );
}

export class ApproveEfakturaCommand extends ScenarioCommand {
  constructor(
    readonly person: number,
    /** Which of the waiting eFaktura (modulo how many there are). */
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
    if (!person || !item) return 'nothing to approve';
    const answer = expectOk(
      await system.bench.post<{ status?: string }>(
        `/bank/v1/nettbank/${person.nationalId}/efaktura/${item.transactionId}/approve`,
        { fromAccount: person.account },
      ),
      `approving eFaktura ${item.transactionId} for ${person.label}`,
    );
    item.status = answer.status ?? 'APPROVED';
    return `invoice ${item.invoiceNumber ?? '?'} (${item.amount / 100} kr, due ${item.dueDate}) ${item.status}`;
  }

  toString(): string {
    return `approveEfaktura(p${this.person}, #${this.pick})`;
  }
}
