// The consumer approves an eFaktura in the online bank (POST /bank/v1/nettbank/{id}/efaktura/{tx}/approve,
// §5.4): the bank schedules the payment from the person's own account on the due date (§5.5).
import { expectOk } from '../http-client.ts';
import type { InboxItemModel, ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { refreshInbox } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';

/** The eFaktura from the driver's issuer that wait in someone's online bank, oldest first. */
export function waiting(model: Readonly<ScenarioModel>): InboxItemModel[] {
  return [...model.inbox.values()].filter(
    (item) =>
      item.status === 'DELIVERED' &&
      item.issuerOrgNumber === model.issuer.orgNumber &&
      item.documentType !== 'CREDIT_NOTE',
  );
}

export class ApproveEfakturaCommand extends ScenarioCommand {
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
    if (!person || !item) return 'nothing to approve';
    const answer = expectOk(
      await system.bench.post<{ status?: string }>(
        `/bank/v1/nettbank/${person.nationalId}/efaktura/${item.transactionId}/approve`,
        { fromAccount: person.account },
      ),
      `approving eFaktura ${item.transactionId} for ${person.label}`,
    );
    item.status = answer.status ?? 'APPROVED';
    return `${person.label}: invoice ${item.invoiceNumber ?? '?'} (${item.amount / 100} kr, due ${item.dueDate}) ${item.status}`;
  }

  toString(): string {
    return `approveEfaktura(#${this.pick})`;
  }
}
