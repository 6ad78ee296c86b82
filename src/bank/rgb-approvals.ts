// Approval of file payments (iso20022-norway.md §6). With RGB ("regnskapsgodkjente betalinger",
// §6.2) the file names who approved it in the ERP (`X-Approved-By`) and the bank checks each
// debit account on receipt; without RGB the file waits in the netbank ("forfallsregister",
// PDNG) until enough authorised users approve it there (POST /payment-files/{id}/approvals).
//
// The approver matrix of Visma.net AutoPay (§6.1, S33) and the rule set of §6.3:
//   1+1: the one ERP approver must hold bank authority on the account;
//   2+1: two ERP approvers, at least one with bank authority;
//   2+2: two ERP approvers, both with bank authority (the bank requires two).
// Approval is checked per debit account, i.e. per PmtInf (one debit account each, §2.1): a
// failure rejects that PmtInf with AG08 and leaves the file's other accounts alone (decision 001).
import { usersAuthorisedOn } from './customer-agreement.ts';
import type { CustomerAgreement } from './customer-agreement.ts';

/** Why an RGB approval fails; the finding carries the matching AG08 text. */
export type ApprovalFailure =
  /** No approver at all in the file's approval data. */
  | { kind: 'missing' }
  /** §6.1 "the bank has 2 approvers registered while AutoPay has 1": "2 godkjennere kreves i bank". */
  | { kind: 'too-few'; given: number; required: number }
  /** An approver who is not a user of the agreement (NARR-AG08-NO-ROLE). */
  | { kind: 'unknown-user'; userId: string }
  /** A user without authority on the debit account (NARR-AG08-APPROVER). */
  | { kind: 'not-authorised'; userId: string };

export type ApprovalCheck = { ok: true; authorised: string[] } | { ok: false; failure: ApprovalFailure };

/** Distinct, trimmed user ids from an `X-Approved-By: ola, kari` header (order kept). */
export function parseApprovers(header: string | null | undefined): string[] {
  if (!header) return [];
  return [
    ...new Set(
      header
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ];
}

/** Checks RGB approvers for one debit account, §6.3. */
export function checkRgbApprovers(
  agreement: CustomerAgreement,
  debitBban: string,
  approvers: readonly string[],
): ApprovalCheck {
  const distinct = [...new Set(approvers)];
  if (distinct.length === 0) return { ok: false, failure: { kind: 'missing' } };
  if (distinct.length < agreement.requiredApprovals) {
    return {
      ok: false,
      failure: { kind: 'too-few', given: distinct.length, required: agreement.requiredApprovals },
    };
  }
  const authorisedUsers = usersAuthorisedOn(agreement, debitBban);
  const authorised = distinct.filter((id) => authorisedUsers.has(id));
  if (authorised.length >= agreement.requiredApprovals) return { ok: true, authorised };
  const knownUsers = new Set(agreement.users.map((user) => user.userId));
  const offender = distinct.find((id) => !authorisedUsers.has(id)) ?? '';
  return {
    ok: false,
    failure: knownUsers.has(offender)
      ? { kind: 'not-authorised', userId: offender }
      : { kind: 'unknown-user', userId: offender },
  };
}

/** Netbank approval (RGB off): the distinct authorised approvers so far reach the requirement. */
export function hasEnoughBankApprovals(
  agreement: CustomerAgreement,
  debitBban: string,
  approvals: readonly string[],
): boolean {
  const authorisedUsers = usersAuthorisedOn(agreement, debitBban);
  return new Set(approvals.filter((id) => authorisedUsers.has(id))).size >= agreement.requiredApprovals;
}
