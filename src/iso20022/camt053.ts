// Writes camt.053 (BankToCustomerStatement) .001.02 / .001.08 day statements: one Stmt per
// account and date, Id `<BBAN>.<yyyymmdd>`, opening (OPBD) and closing (CLBD) booked balances,
// the transactions summary and the day's entries (iso20022-norway.md §4.1, §4.2 SpareBank 1 shape).
import { BenchBugError } from './bench-bug-error.ts';
import { CAMT_NAMESPACES, type Camt053Document, type CamtStatement, type CamtVersion } from './camt-model.ts';
import {
  positiveDecimal,
  versionOf,
  writeAccount,
  writeEntry,
  writeRecipient,
  writeTransactionsSummary,
} from './camt-entry.ts';
import { osloInstant, osloIso } from '../norway/oslo-time.ts';
import type { WriteCamtOptions } from './camt054.ts';
import { leaf, startDocument, type XmlNode } from './xml/xml-writer.ts';

export function writeCamt053(document: Camt053Document, options: WriteCamtOptions = {}): string {
  const version = versionOf(document.messageNameId);
  const { root, end } = startDocument(
    CAMT_NAMESPACES[document.messageNameId],
    'BkToCstmrStmt',
    options.pretty ?? true,
  );
  const header = root.ele('GrpHdr');
  leaf(header, 'MsgId', document.messageId);
  leaf(header, 'CreDtTm', document.creationDateTime);
  writeRecipient(header, document.recipientName, document.recipientCustomerId);
  for (const statement of document.statements) writeStatement(root.ele('Stmt'), version, statement);
  return end();
}

/** Closing balance = opening + credits − debits; a statement that breaks it is a ledger bug. */
export function expectedClosingBalance(
  statement: Pick<CamtStatement, 'openingBalanceOre' | 'entries'>,
): number {
  let balance = statement.openingBalanceOre;
  for (const entry of statement.entries)
    balance += entry.creditDebit === 'CRDT' ? entry.amountOre : -entry.amountOre;
  return balance;
}

function writeStatement(node: XmlNode, version: CamtVersion, statement: CamtStatement): void {
  const expected = expectedClosingBalance(statement);
  if (expected !== statement.closingBalanceOre) {
    throw new BenchBugError(
      `camt.053 ${statement.id}: CLBD ${statement.closingBalanceOre} ≠ OPBD ${statement.openingBalanceOre} + entries = ${expected}`,
    );
  }
  leaf(node, 'Id', statement.id);
  leaf(node, 'ElctrncSeqNb', statement.electronicSequenceNumber);
  leaf(node, 'CreDtTm', statement.creationDateTime);
  // The statement covers the Oslo calendar day.
  const period = node.ele('FrToDt');
  period.ele('FrDtTm').txt(osloIso(osloInstant(statement.date, '00:00')));
  period.ele('ToDtTm').txt(osloIso(osloInstant(statement.date, '23:59').getTime() + 59_000));
  writeAccount(node.ele('Acct'), version, statement.account);
  writeBalance(
    node.ele('Bal'),
    'OPBD',
    statement.openingBalanceOre,
    statement.account.currency,
    statement.date,
  );
  writeBalance(
    node.ele('Bal'),
    'CLBD',
    statement.closingBalanceOre,
    statement.account.currency,
    statement.date,
  );
  writeTransactionsSummary(node, version, statement.entries);
  for (const entry of statement.entries) writeEntry(node.ele('Ntry'), version, entry);
}

/** `Bal` (CashBalance3 / CashBalance8): a negative balance is written as its absolute value with DBIT. */
function writeBalance(
  node: XmlNode,
  type: 'OPBD' | 'CLBD',
  ore: number,
  currency: string,
  date: string,
): void {
  node.ele('Tp').ele('CdOrPrtry').ele('Cd').txt(type);
  node.ele('Amt', { Ccy: currency }).txt(positiveDecimal(Math.abs(ore), `Bal ${type}`));
  node.ele('CdtDbtInd').txt(ore >= 0 ? 'CRDT' : 'DBIT');
  node.ele('Dt').ele('Dt').txt(date);
}
