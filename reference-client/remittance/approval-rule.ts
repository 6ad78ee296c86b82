// The approval rule the client checks BEFORE it sends a payment file, so a run the bank would
// reject with AG08 is refused locally and the user is told why (iso20022-norway.md §6.1, the
// Visma.net AutoPay approver matrix [C] S33, and the rule set of §6.3 [I]):
//   1+1: one ERP approver, who must hold approval authority in the bank;
//   2+1: two ERP approvers, at least one with bank authority;
//   2+2: two ERP approvers, both with bank authority.
// The client knows the rule from its configuration: `erpApprovals` (first number, default equal
// to the bank's), `requiredApprovals` (second number) and `approvers` (who holds bank authority on
// the debtor account; when unknown only the counts are checked).

export interface ApprovalRuleConfig {
  requiredApprovals: 1 | 2;
  erpApprovals?: 1 | 2;
  approvers?: readonly string[];
}

export type ApprovalCheck =
  | { ok: true; rule: string; approvers: string[]; authorised: string[] }
  | { ok: false; rule: string; approvers: string[]; authorised: string[]; reason: string };

export function ruleName(config: ApprovalRuleConfig): string {
  return `${config.erpApprovals ?? config.requiredApprovals}+${config.requiredApprovals}`;
}

export function checkApprovals(config: ApprovalRuleConfig, given: readonly string[]): ApprovalCheck {
  const rule = ruleName(config);
  const approvers = [...new Set(given.map((id) => id.trim()).filter((id) => id !== ''))];
  const erpRequired = config.erpApprovals ?? config.requiredApprovals;
  const bankAuthority = config.approvers ? new Set(config.approvers) : undefined;
  const authorised = bankAuthority ? approvers.filter((id) => bankAuthority.has(id)) : approvers;
  const refuse = (reason: string): ApprovalCheck => ({ ok: false, rule, approvers, authorised, reason });
  if (approvers.length < erpRequired) {
    return refuse(
      `the ${rule} rule needs ${erpRequired} different approver${erpRequired > 1 ? 's' : ''}, the run has ${approvers.length}` +
        (approvers.length > 0 ? ` (${approvers.join(', ')})` : ''),
    );
  }
  if (authorised.length < config.requiredApprovals) {
    const lacking = approvers.filter((id) => !authorised.includes(id));
    return refuse(
      `the bank requires ${config.requiredApprovals} approver${config.requiredApprovals > 1 ? 's' : ''} with approval authority on the debit account (${rule}); ` +
        `${authorised.length === 0 ? 'none' : authorised.join(', ')} of the run ${authorised.length === 1 ? 'has' : 'have'} it` +
        (lacking.length > 0 ? `, ${lacking.join(', ')} ${lacking.length === 1 ? 'does' : 'do'} not` : ''),
    );
  }
  return { ok: true, rule, approvers, authorised };
}
