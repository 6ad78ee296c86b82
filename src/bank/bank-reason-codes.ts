// The one list of ISO 20022 status reason codes (ExternalStatusReason1Code) the simulated bank can
// put in a pain.002, with the level its own rules report each at. Every code here can also be
// forced with its trigger (triggers.ts, ARCHITECTURE.md §6); the catalogue walk test proves each.
// Sources: iso20022-norway.md §3.4 (codes and Norwegian evidence), §2.4, §2.5, §6.

export type BankReasonLevel = 'group' | 'payment' | 'transaction';

export interface BankReasonCodeInfo {
  /** Where the bank's own rules report it. */
  level: BankReasonLevel;
  /** False for codes that accept with a change (DT06 → ACWC). */
  rejects: boolean;
  /** The rule that produces it without a trigger (for docs and `explain`). */
  rule: string;
}

export const BANK_REASON_CODES = {
  FF01: { level: 'group', rejects: true, rule: 'the file fails its XSD (libxml message in AddtlInf)' },
  FF02: {
    level: 'group',
    rejects: true,
    rule: "InitgPty Id is numeric but not the agreement's customer id (§2.4)",
  },
  NARR: {
    level: 'group',
    rejects: true,
    rule: 'InitgPty Id missing or not numeric: "Initiating Party ID must be numeric" (§2.4)',
  },
  DU01: { level: 'group', rejects: true, rule: 'MsgId already received under this agreement' },
  AM18: {
    level: 'group',
    rejects: true,
    rule: 'NbOfTxs differs from the number of CdtTrfTxInf (group or PmtInf)',
  },
  AM10: { level: 'group', rejects: true, rule: 'CtrlSum differs from the sum of InstdAmt (group or PmtInf)' },
  AC02: { level: 'payment', rejects: true, rule: 'DbtrAcct fails MOD11 or is not a Norwegian account' },
  AC05: { level: 'payment', rejects: true, rule: 'the debit account is closed' },
  AG01: { level: 'payment', rejects: true, rule: "DbtrAcct is not one of the agreement's accounts" },
  AG08: {
    level: 'payment',
    rejects: true,
    rule: 'RGB approvers missing or without authority on the debit account (§6)',
  },
  DT05: {
    level: 'payment',
    rejects: true,
    rule: 'ReqdExctnDt in the past or not a banking day, agreement policy "reject"',
  },
  DT06: {
    level: 'transaction',
    rejects: false,
    rule: 'ReqdExctnDt rolled forward to the next banking day (ACWC)',
  },
  TM01: {
    level: 'payment',
    rejects: true,
    rule: 'due today but received after the cut-off, agreement policy "reject"',
  },
  CH03: {
    level: 'payment',
    rejects: true,
    rule: 'ReqdExctnDt too far ahead (setting maxExecutionDaysAhead)',
  },
  AC03: {
    level: 'transaction',
    rejects: true,
    rule: 'CdtrAcct missing or invalid, or a KID to an account without KID agreement',
  },
  AC04: { level: 'transaction', rejects: true, rule: 'the creditor account (held in the bank) is closed' },
  AC06: {
    level: 'transaction',
    rejects: true,
    rule: 'the debit or creditor account (held in the bank) is blocked',
  },
  AM01: { level: 'transaction', rejects: true, rule: 'InstdAmt is zero' },
  AM02: { level: 'transaction', rejects: true, rule: "InstdAmt above the debit account's amount limit" },
  AM03: { level: 'transaction', rejects: true, rule: 'currency is not NOK' },
  AM04: {
    level: 'transaction',
    rejects: true,
    rule: 'insufficient funds after the retry window (setting fundsRetryBankingDays)',
  },
  AM12: { level: 'transaction', rejects: true, rule: 'InstdAmt cannot be held in whole øre' },
  RR07: {
    level: 'transaction',
    rejects: true,
    rule: 'KID with a credit note, or more Strd blocks than structuredReferenceLimit',
  },
  RR09: {
    level: 'transaction',
    rejects: true,
    rule: "KID fails its modulus or the creditor's KID agreement",
  },
  // Codes no simulated rule produces on its own (cross-border, duplicates across files, bank-side
  // faults): the catalogue lists them, so support staff can still see each one with its trigger.
  AC01: { level: 'transaction', rejects: true, rule: 'trigger only: account number invalid or missing' },
  AC07: { level: 'transaction', rejects: true, rule: 'trigger only: creditor account closed' },
  AG03: {
    level: 'transaction',
    rejects: true,
    rule: 'trigger only: transaction type not supported on the account',
  },
  DS0H: {
    level: 'transaction',
    rejects: true,
    rule: 'trigger only: signer not allowed to sign for this account',
  },
  AM05: { level: 'transaction', rejects: true, rule: 'trigger only: duplicate payment' },
  AM09: { level: 'transaction', rejects: true, rule: 'trigger only: amount not as agreed' },
  AM11: { level: 'transaction', rejects: true, rule: 'trigger only: currency invalid or missing' },
  AM14: {
    level: 'transaction',
    rejects: true,
    rule: 'trigger only: amount over the bank–client agreed limit',
  },
  BE01: {
    level: 'transaction',
    rejects: true,
    rule: 'trigger only: creditor name inconsistent with the account',
  },
  BE04: {
    level: 'transaction',
    rejects: true,
    rule: 'trigger only: creditor address missing (cross-border)',
  },
  BE06: { level: 'transaction', rejects: true, rule: 'trigger only: end customer unknown at the bank' },
  DT01: { level: 'transaction', rejects: true, rule: 'trigger only: invalid date' },
  DU02: { level: 'payment', rejects: true, rule: 'trigger only: PmtInfId not unique' },
  DU04: { level: 'transaction', rejects: true, rule: 'trigger only: EndToEndId not unique' },
  DUPL: { level: 'transaction', rejects: true, rule: 'trigger only: duplicate payment' },
  FF10: { level: 'group', rejects: true, rule: 'trigger only: bank-side technical problem' },
  MS03: { level: 'transaction', rejects: true, rule: 'trigger only: reason not specified' },
  RC01: { level: 'transaction', rejects: true, rule: 'trigger only: BIC format invalid (cross-border)' },
  RC07: { level: 'transaction', rejects: true, rule: 'trigger only: creditor BIC invalid (cross-border)' },
  RC10: { level: 'transaction', rejects: true, rule: 'trigger only: creditor clearing-member id invalid' },
  RR08: { level: 'transaction', rejects: true, rule: 'trigger only: remittance information truncated' },
  RR10: { level: 'transaction', rejects: true, rule: 'trigger only: character set not valid' },
} as const satisfies Record<string, BankReasonCodeInfo>;

export type BankReasonCode = keyof typeof BANK_REASON_CODES;

export const BANK_REASON_CODE_LIST = Object.keys(BANK_REASON_CODES) as BankReasonCode[];

export function isBankReasonCode(code: string): code is BankReasonCode {
  return Object.hasOwn(BANK_REASON_CODES, code);
}
