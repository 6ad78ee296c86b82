// Approver invariants (iso20022-norway.md §6.1 Visma AutoPay matrix [C], §6.2 RGB [C], §6.3 [I]):
// - the client refuses locally, before sending, a run whose approvers cannot satisfy the rule it
//   is configured with (1+1, 2+1, 2+2), and sends nothing;
// - a payment file is executed exactly when its approvers satisfy the agreement: with RGB on the
//   bank checks the approvers on receipt (AG08 otherwise); with RGB off the file waits (PDNG)
//   until enough authorised users approve it in the netbank.
import type { ApprovalRule, ScenarioModel } from '../model.ts';
import type { SentPaymentFile, SentPaymentTransaction } from '../facts/payment-file-sent.ts';
import { InvariantViolation } from '../system.ts';
import { kidAcceptable } from './kid.ts';

const RULE = 'approvals';

/** §6.3: enough distinct approvers, and enough of them with authority on the debit account. */
export function bankAccepts(
  rule: ApprovalRule,
  approvers: readonly string[],
  authorised: (userId: string) => boolean,
): boolean {
  const distinct = [...new Set(approvers)];
  return (
    distinct.length >= rule.requiredApprovals && distinct.filter(authorised).length >= rule.requiredApprovals
  );
}

/** The client's own rule (§6.1): `erp` approvers in the ERP, `bank` of them with bank authority. */
export function clientAccepts(
  rule: { erpApprovals: 1 | 2; requiredApprovals: 1 | 2 },
  approvers: readonly string[],
  authorised: (userId: string) => boolean,
): boolean {
  const distinct = [...new Set(approvers)];
  return distinct.length >= rule.erpApprovals && distinct.filter(authorised).length >= rule.requiredApprovals;
}

export function authorisedIn(model: Readonly<ScenarioModel>): (userId: string) => boolean {
  return (userId) => model.users.some((user) => user.userId === userId && user.authorisedOnDebtor);
}

/** A run the client must have refused did reach the bank, or a refusal left a file behind. */
export function judgeLocalRefusal(
  model: Readonly<ScenarioModel>,
  approvers: readonly string[],
  answer: { status: number },
  filesSent: readonly SentPaymentFile[],
): InvariantViolation[] {
  const rule = model.clientRule;
  if (!rule) return [];
  const violations: InvariantViolation[] = [];
  const mustRefuse = !clientAccepts(rule, approvers, authorisedIn(model));
  const name = `${rule.erpApprovals}+${rule.requiredApprovals}`;
  if (mustRefuse && filesSent.length > 0) {
    violations.push(
      new InvariantViolation(
        RULE,
        `the driver sent a payment file approved by [${approvers.join(', ') || 'nobody'}], which cannot satisfy its ${name} rule; it must refuse such a run locally and say why`,
        filesSent.map((f) => `journal #${f.seq} (MsgId ${f.messageId})`),
      ),
    );
  }
  if (mustRefuse && answer.status < 400) {
    violations.push(
      new InvariantViolation(
        RULE,
        `POST /driver/v1/payment-runs with approvers [${approvers.join(', ') || 'nobody'}] answered ${answer.status}; a run that cannot satisfy the ${name} rule must be refused (4xx)`,
      ),
    );
  }
  return violations;
}

/** Content-level reason the bank must give a transaction regardless of approvals, if any. */
export function contentVerdict(
  model: Readonly<ScenarioModel>,
  tx: SentPaymentTransaction,
): 'RR09' | 'RR07' | 'ok' {
  if (tx.kids.length > 0 && tx.documents.some((d) => d.type === 'CREN')) return 'RR07';
  if (tx.kids.some((kid) => !kidAcceptable(model, tx.creditorAccount, kid))) return 'RR09';
  return 'ok';
}

export interface TransactionOutcome {
  endToEndId: string;
  /** Latest TxSts over all reports (ACSC once executed). */
  status: string;
  /** Every reason code given to it, its payment block or its group. */
  reasons: string[];
}

export type ApprovalOracle = 'accept' | 'AG08' | 'PDNG';

/**
 * The bank's verdict on one file, transaction by transaction. `executionDue` says whether the
 * execution date has passed (a file the bank accepted must then be executed: ACSC).
 */
export function judgeFileOutcome(options: {
  model: Readonly<ScenarioModel>;
  file: SentPaymentFile;
  oracle: ApprovalOracle;
  approversText: string;
  outcomes: ReadonlyMap<string, TransactionOutcome>;
  executionDue: (tx: SentPaymentTransaction) => boolean;
}): InvariantViolation[] {
  const { model, file, oracle, outcomes } = options;
  const violations: InvariantViolation[] = [];
  const ruleText = `${oracle === 'AG08' ? 'not satisfied' : oracle === 'PDNG' ? 'RGB off: waits for netbank approval' : 'satisfied'}`;
  for (const tx of file.transactions) {
    const outcome = outcomes.get(tx.endToEndId);
    const evidence = [`journal #${file.seq}`, `MsgId ${file.messageId}`, `EndToEndId ${tx.endToEndId}`];
    const about = `payment ${tx.endToEndId} (file ${file.fileId ?? '?'}, approvers [${options.approversText}], rule ${ruleText})`;
    if (!outcome) {
      if (file.status === 202) {
        violations.push(
          new InvariantViolation(
            RULE,
            `${about} has no status in any pain.002 the bank wrote for the file`,
            evidence,
          ),
        );
      }
      continue;
    }
    const content = contentVerdict(model, tx);
    const shown = `${outcome.status}${outcome.reasons.length ? ` ${outcome.reasons.join('/')}` : ''}`;
    if (
      outcome.reasons.includes('RR09') &&
      tx.kids.every((kid) => kidAcceptable(model, tx.creditorAccount, kid))
    ) {
      violations.push(
        new InvariantViolation(
          'kid',
          `the bank rejected ${about} with RR09, but its KID ${tx.kids.join(', ') || '(none)'} is correct for the creditor's KID agreement`,
          evidence,
        ),
      );
    }
    if (outcome.status === 'ACSC' && oracle === 'AG08') {
      violations.push(
        new InvariantViolation(
          RULE,
          `${about} was executed (ACSC) although the approvers do not satisfy the agreement`,
          evidence,
        ),
      );
      continue;
    }
    if (outcome.status === 'ACSC' && oracle === 'PDNG' && !netbankApproved(model, file)) {
      violations.push(
        new InvariantViolation(
          RULE,
          `${about} was executed (ACSC) without enough netbank approvals (RGB off)`,
          evidence,
        ),
      );
      continue;
    }
    if (oracle === 'AG08') {
      if (outcome.status !== 'RJCT' || !outcome.reasons.includes('AG08')) {
        violations.push(
          new InvariantViolation(
            RULE,
            `${about} should be rejected with AG08 (the approvers do not satisfy the agreement), but it is ${shown}`,
            evidence,
          ),
        );
      }
      continue;
    }
    if (content !== 'ok') {
      if (outcome.status !== 'RJCT' || !outcome.reasons.includes(content)) {
        violations.push(
          new InvariantViolation(
            content === 'RR09' ? 'kid' : RULE,
            `${about} should be rejected with ${content} (${content === 'RR09' ? `KID ${tx.kids.join(', ')} fails the creditor's KID agreement` : 'KID combined with a credit note'}), but it is ${shown}`,
            evidence,
          ),
        );
      }
      continue;
    }
    if (outcome.status === 'RJCT') {
      violations.push(
        new InvariantViolation(
          RULE,
          `${about} was rejected (${shown}), but its approvers ${oracle === 'accept' ? 'satisfy the agreement' : 'are not checked with RGB off'} and its content is valid`,
          evidence,
        ),
      );
      continue;
    }
    const approved = oracle === 'accept' || netbankApproved(model, file);
    if (approved && options.executionDue(tx) && outcome.status !== 'ACSC') {
      violations.push(
        new InvariantViolation(
          RULE,
          `${about} is ${shown} after its execution date ${tx.executionDate}; an approved, valid payment must be executed (ACSC)`,
          evidence,
        ),
      );
    }
    if (oracle === 'PDNG' && !approved && outcome.status !== 'PDNG') {
      violations.push(
        new InvariantViolation(
          RULE,
          `${about} is ${shown}; with RGB off it must wait as PDNG until approved in the netbank`,
          evidence,
        ),
      );
    }
  }
  return violations;
}

/** Whether the netbank approvals given so far satisfy the rule (RGB off, §6.2). */
export function netbankApproved(model: Readonly<ScenarioModel>, file: SentPaymentFile): boolean {
  const approvals = file.fileId ? model.netbankApprovals.get(file.fileId) : undefined;
  return approvals?.satisfied ?? false;
}
