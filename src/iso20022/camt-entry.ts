// The parts camt.054 and camt.053 share: the account block, entries (Ntry) with their
// transaction details (TxDtls), the transactions summary and the message recipient
// (iso20022-norway.md §4.1; XSD types ReportEntry2/EntryTransaction2 in .02, ReportEntry10/
// EntryTransaction10 in .08). Differences between versions handled here:
// - Ntry/Sts is a code in .02 and a choice `Sts/Cd` in .08;
// - parties are `Dbtr/Nm` in .02 and `Dbtr/Pty/Nm` (Party40Choice) in .08;
// - agent BIC is `BIC` in .02 and `BICFI` in .08;
// - the net total is `TtlNetNtryAmt` + `CdtDbtInd` in .02 and `TtlNetNtry/Amt` + `CdtDbtInd` in .08.
import { BenchBugError } from './bench-bug-error.ts';
import { oreToDecimal } from './iso-amount.ts';
import type {
  BankTransactionCode,
  CamtAccount,
  CamtAccountId,
  CamtEntry,
  CamtTransactionDetails,
  CamtVersion,
  CreditDebit,
} from './camt-model.ts';
import { amountLeaf, leaf, type XmlNode } from './xml/xml-writer.ts';

/**
 * Bank transaction codes when the entry does not name one [I] (iso20022-norway.md §4.3: the notes
 * suggest PMNT/RCDT/DMCT for an incoming domestic credit transfer; the debit side mirrors it with
 * ICDT, "issued credit transfers"). Norwegian banks may use other sub-families or proprietary codes.
 */
export const DEFAULT_BANK_TRANSACTION_CODES: Record<CreditDebit, BankTransactionCode> = {
  CRDT: { domain: 'PMNT', family: 'RCDT', subFamily: 'DMCT' },
  DBIT: { domain: 'PMNT', family: 'ICDT', subFamily: 'DMCT' },
};

/** A positive whole-øre amount as an ISO decimal (ActiveOrHistoricCurrencyAndAmount is ≥ 0). */
export function positiveDecimal(ore: number, what: string): string {
  if (!Number.isSafeInteger(ore) || ore < 0)
    throw new BenchBugError(`${what}: amount must be whole, non-negative øre, got ${ore}`);
  return oreToDecimal(ore);
}

export function writeAccountId(node: XmlNode, account: CamtAccountId): void {
  const id = node.ele('Id');
  if (account.iban !== undefined) {
    id.ele('IBAN').txt(account.iban);
  } else if (account.bban !== undefined) {
    // Norwegian BBAN: Othr/Id with SchmeNm/Cd=BBAN (SpareBank 1 shape, §4.2).
    const other = id.ele('Othr');
    other.ele('Id').txt(account.bban);
    other.ele('SchmeNm').ele('Cd').txt('BBAN');
  } else {
    throw new BenchBugError('camt: an account needs a BBAN or an IBAN');
  }
}

/** `Acct` (CashAccount20 in .02, CashAccount39 in .08). */
export function writeAccount(node: XmlNode, version: CamtVersion, account: CamtAccount): void {
  writeAccountId(node, account);
  leaf(node, 'Ccy', account.currency);
  if (account.ownerName !== undefined) node.ele('Ownr').ele('Nm').txt(account.ownerName);
  if (account.servicerBic !== undefined) {
    node
      .ele('Svcr')
      .ele('FinInstnId')
      .ele(version === '02' ? 'BIC' : 'BICFI')
      .txt(account.servicerBic);
  }
}

/** `GrpHdr/MsgRcpt`: name and the bank's customer number with SchmeNm/Cd=BANK (§4.2). */
export function writeRecipient(
  header: XmlNode,
  name: string | undefined,
  customerId: string | undefined,
): void {
  if (name === undefined && customerId === undefined) return;
  const recipient = header.ele('MsgRcpt');
  leaf(recipient, 'Nm', name);
  if (customerId !== undefined) {
    const other = recipient.ele('Id').ele('OrgId').ele('Othr');
    other.ele('Id').txt(customerId);
    other.ele('SchmeNm').ele('Cd').txt('BANK');
  }
}

/** `TxsSummry` computed from the entries. */
export function writeTransactionsSummary(node: XmlNode, version: CamtVersion, entries: CamtEntry[]): void {
  let credits = 0;
  let creditSum = 0;
  let debits = 0;
  let debitSum = 0;
  for (const entry of entries) {
    if (entry.creditDebit === 'CRDT') {
      credits++;
      creditSum += entry.amountOre;
    } else {
      debits++;
      debitSum += entry.amountOre;
    }
  }
  const net = creditSum - debitSum;
  const summary = node.ele('TxsSummry');
  const total = summary.ele('TtlNtries');
  total.ele('NbOfNtries').txt(String(entries.length));
  total.ele('Sum').txt(positiveDecimal(creditSum + debitSum, 'TxsSummry'));
  if (version === '02') {
    total.ele('TtlNetNtryAmt').txt(positiveDecimal(Math.abs(net), 'TxsSummry'));
    total.ele('CdtDbtInd').txt(net >= 0 ? 'CRDT' : 'DBIT');
  } else {
    const netNode = total.ele('TtlNetNtry');
    netNode.ele('Amt').txt(positiveDecimal(Math.abs(net), 'TxsSummry'));
    netNode.ele('CdtDbtInd').txt(net >= 0 ? 'CRDT' : 'DBIT');
  }
  const creditTotal = summary.ele('TtlCdtNtries');
  creditTotal.ele('NbOfNtries').txt(String(credits));
  creditTotal.ele('Sum').txt(positiveDecimal(creditSum, 'TxsSummry'));
  const debitTotal = summary.ele('TtlDbtNtries');
  debitTotal.ele('NbOfNtries').txt(String(debits));
  debitTotal.ele('Sum').txt(positiveDecimal(debitSum, 'TxsSummry'));
}

/** `Ntry` (ReportEntry2 / ReportEntry10), element order as in the XSD sequence. */
export function writeEntry(node: XmlNode, version: CamtVersion, entry: CamtEntry): void {
  leaf(node, 'NtryRef', entry.entryReference);
  amountLeaf(node, 'Amt', positiveDecimal(entry.amountOre, 'Ntry/Amt'), entry.currency);
  leaf(node, 'CdtDbtInd', entry.creditDebit);
  if (version === '02') leaf(node, 'Sts', entry.status);
  else node.ele('Sts').ele('Cd').txt(entry.status);
  node.ele('BookgDt').ele('Dt').txt(entry.bookingDate);
  node.ele('ValDt').ele('Dt').txt(entry.valueDate);
  leaf(node, 'AcctSvcrRef', entry.accountServicerReference);
  // BkTxCd is mandatory in both versions (§4.1).
  const code = entry.bankTransactionCode ?? DEFAULT_BANK_TRANSACTION_CODES[entry.creditDebit];
  const domain = node.ele('BkTxCd').ele('Domn');
  domain.ele('Cd').txt(code.domain);
  const family = domain.ele('Fmly');
  family.ele('Cd').txt(code.family);
  family.ele('SubFmlyCd').txt(code.subFamily);
  if (entry.transactions.length > 0) {
    const details = node.ele('NtryDtls');
    for (const tx of entry.transactions)
      writeTransactionDetails(details.ele('TxDtls'), version, entry.creditDebit, tx);
  }
  leaf(node, 'AddtlNtryInf', entry.additionalInfo);
}

function writeTransactionDetails(
  node: XmlNode,
  version: CamtVersion,
  direction: CreditDebit,
  tx: CamtTransactionDetails,
): void {
  if (
    tx.accountServicerReference !== undefined ||
    tx.instructionId !== undefined ||
    tx.endToEndId !== undefined
  ) {
    // TransactionReferences order: MsgId, AcctSvcrRef, PmtInfId, InstrId, EndToEndId.
    const refs = node.ele('Refs');
    leaf(refs, 'AcctSvcrRef', tx.accountServicerReference);
    leaf(refs, 'InstrId', tx.instructionId);
    leaf(refs, 'EndToEndId', tx.endToEndId);
  }
  const amount = positiveDecimal(tx.amountOre, 'TxDtls/AmtDtls');
  if (version === '08') {
    // EntryTransaction10 carries the amount and direction directly as well.
    amountLeaf(node, 'Amt', amount, tx.currency);
    node.ele('CdtDbtInd').txt(direction);
  }
  amountLeaf(node.ele('AmtDtls').ele('TxAmt'), 'Amt', amount, tx.currency);
  if (
    tx.debtorName !== undefined ||
    tx.debtorAccount ||
    tx.creditorName !== undefined ||
    tx.creditorAccount
  ) {
    const parties = node.ele('RltdPties');
    if (tx.debtorName !== undefined) partyName(parties.ele('Dbtr'), version, tx.debtorName);
    if (tx.debtorAccount) writeAccountId(parties.ele('DbtrAcct'), tx.debtorAccount);
    if (tx.creditorName !== undefined) partyName(parties.ele('Cdtr'), version, tx.creditorName);
    if (tx.creditorAccount) writeAccountId(parties.ele('CdtrAcct'), tx.creditorAccount);
  }
  const remittance = tx.remittance;
  const kids = remittance?.kids ?? [];
  const invoices = remittance?.invoiceNumbers ?? [];
  const lines = remittance?.unstructured ?? [];
  if (kids.length + invoices.length + lines.length > 0) {
    const rmt = node.ele('RmtInf');
    for (const line of lines) rmt.ele('Ustrd').txt(line);
    for (const invoice of invoices) {
      const referred = rmt.ele('Strd').ele('RfrdDocInf');
      referred.ele('Tp').ele('CdOrPrtry').ele('Cd').txt('CINV');
      referred.ele('Nb').txt(invoice);
    }
    // A KID travels as Strd/CdtrRefInf with type SCOR (§2.2, §4.3).
    for (const kid of kids) {
      const reference = rmt.ele('Strd').ele('CdtrRefInf');
      reference.ele('Tp').ele('CdOrPrtry').ele('Cd').txt('SCOR');
      reference.ele('Ref').txt(kid);
    }
  }
  leaf(node, 'AddtlTxInf', tx.additionalInfo);
}

function partyName(node: XmlNode, version: CamtVersion, name: string): void {
  (version === '02' ? node : node.ele('Pty')).ele('Nm').txt(name);
}

export function versionOf(messageNameId: string): CamtVersion {
  if (messageNameId.endsWith('.001.02')) return '02';
  if (messageNameId.endsWith('.001.08')) return '08';
  throw new BenchBugError(`camt: unsupported message ${messageNameId}`);
}
