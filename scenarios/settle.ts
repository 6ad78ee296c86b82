// The end of a run: let time pass until every due date, execution date and fallback delay is
// behind us, give the driver the calls it needs to collect statuses, and judge the invariants
// that only hold "eventually": no invoice lost, each on one channel, every payment file executed
// exactly as its approvals say, creditors paid what the bank reported, money conserved.
import { expectOk } from './http-client.ts';
import type { ScenarioModel } from './model.ts';
import type { ScenarioSystem } from './system.ts';
import { InvariantViolation, throwIfAny } from './system.ts';
import { advanceClock } from './commands/advance-clock.ts';
import { reconcileAndJudge } from './commands/reconcile.ts';
import { oracleFor } from './commands/run-payment-run.ts';
import { judgeNothingLost } from './invariants/consent.ts';
import type { InvoiceOutcome } from './invariants/consent.ts';
import { judgeFileOutcome } from './invariants/approvals.ts';
import { judgeConservation, judgeCreditorReceipts } from './invariants/money.ts';
import { observe, outcomesOf, readBalances, readDriverInvoices, readStatusReports } from './step.ts';

/** Days the run is carried forward: past due dates (≤ 20 + 14 days) and reminder delays. */
export const SETTLE_DAYS = 45;

export async function settleAndJudge(model: ScenarioModel, system: ScenarioSystem): Promise<void> {
  model.step += 1;
  system.story.push(
    `${model.step}. settle: advance ${SETTLE_DAYS} days, let the driver collect statuses, judge the end state`,
  );
  await advanceClock(model, system, { days: SETTLE_DAYS });
  // Any driver call lets a client collect what happened meanwhile (§5.6 leaves the timing to it);
  // the second round, after MPS has processed what the first one sent, is the end state.
  await readDriverInvoices(model, system);
  await advanceClock(model, system, { minutes: 10 });
  const views = await readDriverInvoices(model, system);
  await observe(model, system);

  const outcomes: InvoiceOutcome[] = [];
  for (const invoice of model.invoices.values()) {
    const view = views.get(invoice.invoiceNumber);
    if (!view) continue;
    const efakturaStatuses: InvoiceOutcome['efakturaStatuses'] = [];
    for (const tx of system.observations.sentFor(invoice.invoiceNumber)) {
      if (tx.documentType !== 'INVOICE') continue;
      const mps = expectOk(
        await system.bench.get<{ status?: string; reason?: { code?: string } }>(
          `/mps/v1/transactions/${tx.transactionId}`,
        ),
        `reading MPS transaction ${tx.transactionId}`,
      );
      efakturaStatuses.push({
        transactionId: tx.transactionId,
        status: mps.status ?? '?',
        reason: mps.reason?.code,
      });
    }
    outcomes.push({
      invoiceNumber: invoice.invoiceNumber,
      driverChannel: view.channel,
      driverStatus: view.status,
      efakturaStatuses,
    });
  }
  const violations: InvariantViolation[] = [...judgeNothingLost(outcomes)];

  if (model.invoices.size > 0) await reconcileAndJudge(model, system);

  const reports = system.observations.files.some((f) => f.fileId) ? await readStatusReports(system) : [];
  const executedTo = new Map<string, number>();
  for (const file of system.observations.files) {
    const run = model.runs.find((r) => r.fileId !== undefined && r.fileId === file.fileId);
    if (!run || !file.fileId) continue;
    const outcomesByTx = outcomesOf(file, reports);
    violations.push(
      ...judgeFileOutcome({
        model,
        file,
        oracle: oracleFor(model, run.bankRule, run.approvers),
        approversText: run.approvers.join(', '),
        outcomes: outcomesByTx,
        executionDue: (tx) => tx.executionDate < model.today,
      }),
    );
    for (const tx of file.transactions) {
      if (outcomesByTx.get(tx.endToEndId)?.status !== 'ACSC') continue;
      if (tx.amountOre === null) {
        violations.push(
          new InvariantViolation(
            'money',
            `executed payment ${tx.endToEndId} has an amount that is not whole øre`,
          ),
        );
        continue;
      }
      executedTo.set(tx.creditorAccount, (executedTo.get(tx.creditorAccount) ?? 0) + tx.amountOre);
      system.executedPayments += 1;
    }
  }
  const balances = await readBalances(system);
  violations.push(
    ...judgeCreditorReceipts(model, system.openingBalances, balances, executedTo),
    ...judgeConservation(system.openingBalances, balances),
  );
  throwIfAny(violations);
}
