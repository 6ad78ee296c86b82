// The transaction-level rule pass for one CdtTrfTxInf of an accepted payment block
// (iso20022-norway.md §3.4). Each rule lives in ./rules; this file only orders them: amount,
// creditor account, KID, then remittance structure, and the first failing rule decides (a KID
// cannot be judged against an invalid account). A rejecting EndToEndId trigger replaces them.
import { checkCreditorAccount } from './rules/creditor-account.ts';
import { checkCreditorReference } from './rules/creditor-reference.ts';
import { checkInstructedAmount } from './rules/instructed-amount.ts';
import { checkRemittanceStructure } from './rules/remittance-structure.ts';
import { forcedFinding } from './forced-finding.ts';
import { BANK_REASON_CODES } from './bank-reason-codes.ts';
import { parseTrigger } from './triggers.ts';
import type { BankAccount } from './bank-account.ts';
import type { Finding } from './finding.ts';
import type { Ledger } from './ledger.ts';
import type { TransactionRecord } from './payment-file.ts';
import type { Pain001Transaction } from '../iso20022/pain001-model.ts';

export interface TransactionEvaluation {
  record: TransactionRecord;
  /** The transaction's own rejecting finding, if any. */
  rejection?: Finding;
  /** EndToEndId TRIGGER-AM04: accepted now, rejected for funds at the first execution attempt. */
  forceInsufficientFunds: boolean;
}

/**
 * Empty lists of a record share one frozen array (most transactions have no reasons and no
 * unstructured lines: a 100,000-transaction file would otherwise keep 200,000 empty arrays).
 * Code that gives a record reasons assigns a new array; it never pushes.
 */
const NONE = Object.freeze([]) as unknown as never[];

function unstructuredLines(transaction: Pain001Transaction): string[] {
  const lines = transaction.remittance?.unstructured;
  if (!lines || lines.length === 0) return NONE;
  const values: string[] = [];
  for (const line of lines) values.push(line.value);
  return values;
}

/** The record of a transaction as written, before any rule has looked at it. */
export function transactionRecord(transaction: Pain001Transaction): TransactionRecord {
  const written = transaction.creditorAccount;
  return {
    path: transaction.path,
    line: transaction.line,
    endToEndId: transaction.endToEndId,
    instructionId: transaction.instructionId,
    uetr: transaction.uetr,
    amountText: transaction.amount?.text ?? '',
    amountOre: transaction.amount?.ore ?? undefined,
    currency: transaction.amount?.currency ?? '',
    creditorName: transaction.creditor?.name,
    creditorAccountWritten: written?.id,
    creditorAccountIsIban: written?.kind === 'iban',
    creditorHeld: false,
    kids: NONE,
    unstructured: unstructuredLines(transaction),
    status: 'RJCT',
    reasons: NONE,
  };
}

export function evaluateTransaction(
  transaction: Pain001Transaction,
  debtor: { account: BankAccount | undefined; bban: string | undefined },
  context: { ledger: Ledger; structuredReferenceLimit: number; approverId?: string },
): TransactionEvaluation {
  const record = transactionRecord(transaction);
  const amount = checkInstructedAmount(transaction, debtor.account);
  record.amountOre = amount.ore;
  const creditor = checkCreditorAccount(transaction, context.ledger);
  record.creditorAccount = creditor.account;
  record.creditorHeld = creditor.held !== undefined;
  const reference =
    creditor.account === undefined ? undefined : checkCreditorReference(transaction, creditor.held);
  record.kids = reference === undefined || reference.kids.length === 0 ? NONE : reference.kids;

  const natural =
    amount.finding ??
    creditor.finding ??
    reference?.finding ??
    checkRemittanceStructure(transaction, record.kids.length > 0, context.structuredReferenceLimit);
  const forced = parseTrigger(transaction.endToEndId);
  if (!forced) return { record, rejection: natural, forceInsufficientFunds: false };

  const finding = forcedFinding(
    forced,
    {
      level: 'transaction',
      path: `${transaction.path}/PmtId/EndToEndId`,
      value: transaction.endToEndId,
      line: transaction.line,
    },
    { approverId: context.approverId, bban: debtor.bban },
  );
  // A rejecting trigger replaces the natural checks; AM04 and DT06 act only on a payable transaction.
  if (BANK_REASON_CODES[forced.reason].rejects && forced.reason !== 'AM04') {
    return { record, rejection: finding, forceInsufficientFunds: false };
  }
  if (natural) return { record, rejection: natural, forceInsufficientFunds: false };
  if (forced.reason === 'AM04') return { record, forceInsufficientFunds: true };
  record.reasons = [finding];
  return { record, forceInsufficientFunds: false };
}
