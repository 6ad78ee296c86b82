// A corporate customer's remittance agreement with the bank (ARCHITECTURE.md §5.4
// `PUT /agreements/{customerId}`; iso20022-norway.md §2.4 and §6). It names the debit accounts the
// customer may pay from, who may approve payments on which account, whether the bank trusts the
// ERP's approvals (RGB, §6.2) and how strictly the bank rejects.
import type { BankAccount } from './bank-account.ts';
import type { SetUpIssue } from './set-up-issue.ts';

/** §3.3 [I]: one bad transaction rejects only itself, all payments to that creditor, or the file. */
export type RejectGranularity = 'transaction' | 'creditor' | 'file';
/** §2.5 [I]: a past or non-banking execution date is moved forward (DT06) or rejected (DT05). */
export type ExecutionDatePolicy = 'roll-forward' | 'reject';
/** camt.054/.053 version per agreement (ARCHITECTURE.md §4): .001.02 by default, .001.08 on request. */
export type CamtMessageVersion = '02' | '08';

export interface AgreementUser {
  userId: string;
  name: string;
  /** The accounts this user holds payment authority on in the bank (§6.1 "bank authority"). */
  accounts: string[];
}

export interface CustomerAgreement {
  /** "Kundenummer i bank" (§6.1): what GrpHdr/InitgPty/Id/OrgId/Othr/Id must carry (§2.4). */
  customerId: string;
  name: string;
  orgNumber: string;
  accounts: string[];
  requiredApprovals: 1 | 2;
  /** Regnskapsgodkjente betalinger (§6.2): the bank checks the ERP approvers on receipt. */
  rgb: boolean;
  users: AgreementUser[];
  rejectGranularity: RejectGranularity;
  executionDatePolicy: ExecutionDatePolicy;
  messageVersion: CamtMessageVersion;
}

const AGREEMENT_INVALID = 'EB-BANK-AGREEMENT-INVALID';
const UNKNOWN_ACCOUNT = 'EB-BANK-UNKNOWN-ACCOUNT';

/**
 * Checks an agreement against the bank's accounts. The customer id must be digits (§2.4: DNB
 * rejects a non-numeric Initiating Party ID, so an agreement with one could never be paid from);
 * each account must be held in the bank; each user may only hold authority on the agreement's
 * accounts; user ids are unique.
 */
export function validateCustomerAgreement(
  agreement: CustomerAgreement,
  findAccount: (bban: string) => BankAccount | undefined,
): SetUpIssue[] {
  const issues: SetUpIssue[] = [];
  if (!/^[0-9]{1,35}$/.test(agreement.customerId)) {
    issues.push({
      code: AGREEMENT_INVALID,
      path: 'customerId',
      value: agreement.customerId,
      message:
        'The customer id must be 1–35 digits: it is what GrpHdr/InitgPty/Id/OrgId/Othr/Id carries, and banks require it numeric (§2.4).',
    });
  }
  if (agreement.accounts.length === 0) {
    issues.push({
      code: AGREEMENT_INVALID,
      path: 'accounts',
      value: [],
      message: 'An agreement needs at least one account.',
    });
  }
  const agreementAccounts = new Set(agreement.accounts);
  agreement.accounts.forEach((bban, index) => {
    if (!findAccount(bban)) {
      issues.push({
        code: UNKNOWN_ACCOUNT,
        path: `accounts[${index}]`,
        value: bban,
        message: `Account ${bban} is not held in the bank; create it first with PUT /bank/v1/accounts/${bban}.`,
      });
    }
  });
  const userIds = new Set<string>();
  agreement.users.forEach((user, userIndex) => {
    if (userIds.has(user.userId)) {
      issues.push({
        code: AGREEMENT_INVALID,
        path: `users[${userIndex}].userId`,
        value: user.userId,
        message: `User id ${user.userId} appears twice; each user is listed once with all their accounts.`,
      });
    }
    userIds.add(user.userId);
    user.accounts.forEach((bban, accountIndex) => {
      if (!agreementAccounts.has(bban)) {
        issues.push({
          code: AGREEMENT_INVALID,
          path: `users[${userIndex}].accounts[${accountIndex}]`,
          value: bban,
          message: `User ${user.userId} is given authority on ${bban}, which is not one of the agreement's accounts.`,
        });
      }
    });
  });
  return issues;
}

/** Users authorised on an account, by id (the bank side of the §6.1 approver matrix). */
export function usersAuthorisedOn(agreement: CustomerAgreement, bban: string): Set<string> {
  return new Set(agreement.users.filter((user) => user.accounts.includes(bban)).map((user) => user.userId));
}
