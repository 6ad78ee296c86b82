// RGB approval failures as AG08 findings on the payment block (iso20022-norway.md §3.4 AG08, §6.3),
// with the bank text that fits the failure: "2 godkjennere kreves i bank" (§6.1 2+2 case),
// "Approver (<id>) do not have permission on debit account «<bban>»" (S30, S31), or "User with
// ID (<id>) does not have approve role…" for a user the agreement does not know (S30, S31).
import type { ApprovalFailure } from '../rgb-approvals.ts';
import type { Finding } from '../finding.ts';
import type { Pain001Payment } from '../../iso20022/pain001-model.ts';

export function approvalFinding(failure: ApprovalFailure, payment: Pain001Payment, bban: string): Finding {
  const at = {
    reason: 'AG08' as const,
    level: 'payment' as const,
    path: `${payment.path}/DbtrAcct`,
    line: payment.debtorAccount.line,
  };
  switch (failure.kind) {
    case 'missing':
      return { ...at, text: 'RGB: the upload names no approver (send X-Approved-By: <userId>[,<userId>])' };
    case 'too-few':
      return {
        ...at,
        value: String(failure.given),
        narrative: failure.required === 2 ? { code: 'NARR-2-GODKJENNERE', vars: {} } : undefined,
        text: `RGB: ${failure.given} approver(s) given, the bank requires ${failure.required}`,
      };
    case 'unknown-user':
      return {
        ...at,
        value: failure.userId,
        narrative: { code: 'NARR-AG08-NO-ROLE', vars: { id: failure.userId } },
      };
    case 'not-authorised':
      return {
        ...at,
        value: failure.userId,
        narrative: { code: 'NARR-AG08-APPROVER', vars: { id: failure.userId, bban } },
      };
  }
}
