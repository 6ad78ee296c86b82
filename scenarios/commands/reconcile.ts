// The issuer reconciles incoming payments (driver POST /reconcile, §5.6): it reads the camt.054
// credit notifications of its account and matches KIDs to invoices. Judged by money: each paid
// eFaktura appears once in camt.054, no payment is counted twice, and an invoice paid in full is
// paid in the driver afterwards (iso20022-norway.md §4.2; efaktura-b2c.md §7).
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { throwIfAny } from '../system.ts';
import { judgePaidOnceInCamt, judgeReconciliation } from '../invariants/money.ts';
import { isPaid } from '../invariants/cancellation.ts';
import { readDriverInvoice, readIssuerCredits, refreshInbox } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';

export async function reconcileAndJudge(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
  const answer = expectOk(
    await system.driver.post<{ matched?: number; unmatched?: number }>('/reconcile'),
    'reconciling payments',
  );
  system.reconciledMatches += typeof answer.matched === 'number' ? answer.matched : 0;
  await refreshInbox(model, system);
  const credits = await readIssuerCredits(system);
  const paidInOnlineBank = [...model.inbox.values()].filter((item) => item.status === 'PAID');
  const creditedByKid = new Map<string, number>();
  for (const credit of credits)
    creditedByKid.set(credit.kid, (creditedByKid.get(credit.kid) ?? 0) + (credit.amountOre ?? 0));
  const unpaidAfterReconcile: Array<{ invoiceNumber: string; kid: string; status: string }> = [];
  for (const invoice of model.invoices.values()) {
    if ((creditedByKid.get(invoice.kid) ?? 0) < invoice.amount) continue;
    const view = await readDriverInvoice(system, invoice.invoiceNumber);
    invoice.status = view.status;
    if (!isPaid(view.status))
      unpaidAfterReconcile.push({
        invoiceNumber: invoice.invoiceNumber,
        kid: invoice.kid,
        status: view.status,
      });
  }
  throwIfAny([
    ...judgePaidOnceInCamt(model, paidInOnlineBank, credits),
    ...judgeReconciliation({ totalMatched: system.reconciledMatches, credits, unpaidAfterReconcile }),
  ]);
  return `matched ${answer.matched ?? '?'}, unmatched ${answer.unmatched ?? '?'} (${credits.length} KID credit(s) notified so far)`;
}

export class ReconcileCommand extends ScenarioCommand {
  check(model: Readonly<ScenarioModel>): boolean {
    return model.invoices.size > 0;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    return reconcileAndJudge(model, system);
  }

  toString(): string {
    return 'reconcile()';
  }
}
