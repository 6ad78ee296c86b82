// Money invariants (ARCHITECTURE.md §5.5; iso20022-norway.md §4.2):
// - the bank's ledger conserves money: the accounts a run touches hold the same total at every
//   step (the scenario pays only accounts held in the simulated bank);
// - a creditor receives exactly what the bank reported executed (ACSC) to it;
// - a paid eFaktura appears once in the issuer's camt.054, and is reconciled once.
import type { InboxItemModel, ScenarioModel } from '../model.ts';
import type { KidCredit } from '../facts/camt054-credits.ts';
import { InvariantViolation } from '../system.ts';

const RULE = 'money';

function kroner(ore: number): string {
  return `${(ore / 100).toFixed(2)} kr`;
}

export function judgeConservation(
  opening: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
): InvariantViolation[] {
  let before = 0;
  let after = 0;
  const moved: string[] = [];
  for (const [account, balance] of opening) {
    const now = current.get(account);
    if (now === undefined) {
      return [new InvariantViolation(RULE, `account ${account} disappeared from the bank during the run`)];
    }
    before += balance;
    after += now;
    if (now !== balance) moved.push(`${account}: ${kroner(balance)} → ${kroner(now)}`);
  }
  return before === after
    ? []
    : [
        new InvariantViolation(
          RULE,
          `the ledger does not conserve money: the run's accounts held ${kroner(before)} and now hold ${kroner(after)} (${after > before ? 'created' : 'lost'} ${kroner(Math.abs(after - before))})`,
          moved,
        ),
      ];
}

/** Each creditor's balance moved by exactly the payments the bank reported executed to it. */
export function judgeCreditorReceipts(
  model: Readonly<ScenarioModel>,
  opening: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
  executedTo: ReadonlyMap<string, number>,
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  for (const creditor of model.creditors) {
    const delta = (current.get(creditor.bban) ?? 0) - (opening.get(creditor.bban) ?? 0);
    const reported = executedTo.get(creditor.bban) ?? 0;
    if (delta !== reported) {
      violations.push(
        new InvariantViolation(
          RULE,
          `creditor ${creditor.label} (${creditor.bban}) received ${kroner(delta)}, but the bank's pain.002 reports say ${kroner(reported)} was executed (ACSC) to it`,
        ),
      );
    }
  }
  return violations;
}

/**
 * Every eFaktura paid through the online bank appears exactly once as a KID credit in the
 * issuer's camt.054 notifications; none appears without a payment.
 */
export function judgePaidOnceInCamt(
  model: Readonly<ScenarioModel>,
  paid: readonly InboxItemModel[],
  credits: readonly KidCredit[],
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  const byKid = new Map<string, KidCredit[]>();
  for (const credit of credits) byKid.set(credit.kid, [...(byKid.get(credit.kid) ?? []), credit]);
  const paidByKid = new Map<string, InboxItemModel[]>();
  for (const item of paid) {
    if (item.kid === undefined || item.issuerOrgNumber !== model.issuer.orgNumber) continue;
    paidByKid.set(item.kid, [...(paidByKid.get(item.kid) ?? []), item]);
  }
  for (const [kid, items] of paidByKid) {
    const found = byKid.get(kid) ?? [];
    if (found.length !== items.length) {
      violations.push(
        new InvariantViolation(
          RULE,
          `${items.length} paid eFaktura with KID ${kid} (${items.map((i) => i.transactionId).join(', ')}) appear ${found.length} time(s) in the issuer's camt.054 notifications; each payment appears exactly once`,
          found.map((c) => `notification ${c.notificationId}`),
        ),
      );
    }
  }
  return violations;
}

/**
 * Reconciliation counts each payment once: over all runs of POST /driver/v1/reconcile the matched
 * payments never exceed the KID credits the bank has notified, and every paid eFaktura's invoice
 * is paid in the driver after a reconcile.
 */
export function judgeReconciliation(options: {
  totalMatched: number;
  credits: readonly KidCredit[];
  unpaidAfterReconcile: ReadonlyArray<{ invoiceNumber: string; kid: string; status: string }>;
}): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  if (options.totalMatched > options.credits.length) {
    violations.push(
      new InvariantViolation(
        RULE,
        `the driver's reconcile runs matched ${options.totalMatched} payments in total, but the issuer's camt.054 notifications hold only ${options.credits.length} KID credits: a payment was counted twice`,
      ),
    );
  }
  for (const invoice of options.unpaidAfterReconcile) {
    violations.push(
      new InvariantViolation(
        RULE,
        `invoice ${invoice.invoiceNumber} (KID ${invoice.kid}) was paid in full through the online bank and notified in camt.054, but after reconcile the driver says "${invoice.status}"`,
      ),
    );
  }
  return violations;
}
