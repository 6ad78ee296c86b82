// Reads camt.054 and camt.053 (.001.02 and .001.08) into a flat list of entries with what a
// receivable ledger needs to reconcile: amount, CRDT/DBIT, booking date, KIDs (Strd/CdtrRefInf
// with type SCOR, iso20022-norway.md §4.3) and EndToEndIds. The reference client reconciles with
// it; tests read the bench's own output and the public samples with it. Lenient by design: it
// reads what is there and leaves judging to the XSD.
import { parseIsoAmount } from './iso-amount.ts';
import {
  CAMT_NAMESPACES,
  type BankTransactionCode,
  type Camt053MessageId,
  type Camt054MessageId,
  type CamtDocumentRead,
  type CamtEntryRead,
  type CamtReportRead,
  type CamtTransactionRead,
  type CreditDebit,
} from './camt-model.ts';
import { childOf, childText, scanXml, type LightElement } from './xml/light-xml.ts';

export type CamtReadResult =
  | { ok: true; document: CamtDocumentRead }
  | { ok: false; reason: 'not-xml' | 'not-camt'; message: string; line?: number };

type CamtMessageId = Camt054MessageId | Camt053MessageId;

export function readCamt(text: string): CamtReadResult {
  const scan = scanXml(text);
  if (!scan.ok) return { ok: false, reason: 'not-xml', message: scan.message, line: scan.line };
  const root = scan.root;
  const namespace = root.attrs?.[root.prefix ? `xmlns:${root.prefix}` : 'xmlns'];
  const messageNameId = (Object.keys(CAMT_NAMESPACES) as CamtMessageId[]).find(
    (id) => CAMT_NAMESPACES[id] === namespace,
  );
  const isNotification = messageNameId?.startsWith('camt.054') ?? false;
  const body = childOf(root, isNotification ? 'BkToCstmrDbtCdtNtfctn' : 'BkToCstmrStmt');
  if (root.name !== 'Document' || !messageNameId || !body) {
    return {
      ok: false,
      reason: 'not-camt',
      message: `Not a camt.053/camt.054 .001.02 or .001.08 document (namespace "${namespace ?? ''}").`,
      line: root.line,
    };
  }
  const header = childOf(body, 'GrpHdr');
  const reports = body.children
    .filter((c) => c.name === (isNotification ? 'Ntfctn' : 'Stmt'))
    .map(readReport);
  return {
    ok: true,
    document: {
      messageNameId,
      kind: isNotification ? 'notification' : 'statement',
      messageId: (header && childText(header, 'MsgId')) ?? '',
      creationDateTime: (header && childText(header, 'CreDtTm')) ?? '',
      reports,
      entries: reports.flatMap((r) => r.entries),
    },
  };
}

/** IBAN or Othr/Id of an `Id` (AccountIdentification4Choice) under the given account element. */
function accountId(el: LightElement | undefined): string {
  const id = el && childOf(el, 'Id');
  if (!id) return '';
  const iban = childText(id, 'IBAN');
  if (iban !== undefined) return iban;
  const other = childOf(id, 'Othr');
  return (other && childText(other, 'Id')) ?? '';
}

function readReport(el: LightElement): CamtReportRead {
  const acct = childOf(el, 'Acct');
  const account = accountId(acct);
  const report: CamtReportRead = { id: childText(el, 'Id') ?? '', account, balances: [], entries: [] };
  const currency = acct && childText(acct, 'Ccy');
  if (currency !== undefined) report.currency = currency;
  for (const c of el.children) {
    if (c.name === 'Bal') report.balances.push(readBalance(c));
    else if (c.name === 'Ntry') report.entries.push(readEntry(c, account));
  }
  return report;
}

function readBalance(el: LightElement): CamtReportRead['balances'][number] {
  const tp = childOf(el, 'Tp');
  const choice = tp && childOf(tp, 'CdOrPrtry');
  const type = (choice && (childText(choice, 'Cd') ?? childText(choice, 'Prtry'))) ?? '';
  const amt = childOf(el, 'Amt');
  const amount = parseIsoAmount(amt?.text ?? '');
  const creditDebit = (childText(el, 'CdtDbtInd') ?? 'CRDT') as CreditDebit;
  const balance: CamtReportRead['balances'][number] = {
    type,
    amountOre: amount.ore === null ? null : creditDebit === 'DBIT' ? -amount.ore : amount.ore,
    amountText: amount.text,
    creditDebit,
  };
  const date = dateOf(childOf(el, 'Dt'));
  if (date !== undefined) balance.date = date;
  return balance;
}

/** DateAndDateTimeChoice: the `Dt`, or the date part of `DtTm`. */
function dateOf(el: LightElement | undefined): string | undefined {
  if (!el) return undefined;
  const dt = childText(el, 'Dt');
  if (dt !== undefined) return dt.trim();
  const dtTm = childText(el, 'DtTm');
  return dtTm?.trim().slice(0, 10);
}

function readEntry(el: LightElement, account: string): CamtEntryRead {
  const amt = childOf(el, 'Amt');
  const amount = parseIsoAmount(amt?.text ?? '');
  const entry: CamtEntryRead = {
    account,
    amountOre: amount.ore,
    amountText: amount.text,
    currency: amt?.attrs?.['Ccy'] ?? '',
    creditDebit: (childText(el, 'CdtDbtInd') ?? '') as CreditDebit,
    kids: [],
    otherReferences: [],
    endToEndIds: [],
    transactions: [],
    line: el.line,
  };
  for (const c of el.children) {
    switch (c.name) {
      case 'NtryRef':
        entry.entryReference = c.text;
        break;
      case 'Sts':
        // .02: <Sts>BOOK</Sts>; .08: <Sts><Cd>BOOK</Cd></Sts>.
        entry.status = c.children.length === 0 ? c.text : (childText(c, 'Cd') ?? childText(c, 'Prtry') ?? '');
        break;
      case 'BookgDt': {
        const date = dateOf(c);
        if (date !== undefined) entry.bookingDate = date;
        break;
      }
      case 'ValDt': {
        const date = dateOf(c);
        if (date !== undefined) entry.valueDate = date;
        break;
      }
      case 'AcctSvcrRef':
        entry.accountServicerReference = c.text;
        break;
      case 'BkTxCd': {
        const code = readBankTransactionCode(c);
        if (code) entry.bankTransactionCode = code;
        break;
      }
      case 'NtryDtls':
        for (const tx of c.children)
          if (tx.name === 'TxDtls') entry.transactions.push(readTransaction(tx, entry));
        break;
    }
  }
  return entry;
}

function readBankTransactionCode(el: LightElement): BankTransactionCode | undefined {
  const domain = childOf(el, 'Domn');
  const family = domain && childOf(domain, 'Fmly');
  if (!domain || !family) return undefined;
  return {
    domain: childText(domain, 'Cd') ?? '',
    family: childText(family, 'Cd') ?? '',
    subFamily: childText(family, 'SubFmlyCd') ?? '',
  };
}

function readTransaction(el: LightElement, entry: CamtEntryRead): CamtTransactionRead {
  const tx: CamtTransactionRead = { kids: [], invoiceNumbers: [], unstructured: [] };
  for (const c of el.children) {
    switch (c.name) {
      case 'Refs':
        for (const r of c.children) {
          if (r.name === 'EndToEndId') tx.endToEndId = r.text;
          else if (r.name === 'InstrId') tx.instructionId = r.text;
          else if (r.name === 'AcctSvcrRef') tx.accountServicerReference = r.text;
        }
        break;
      case 'Amt':
        setAmount(tx, c);
        break;
      case 'AmtDtls': {
        // EntryTransaction10's own Amt wins; else AmtDtls/TxAmt/Amt, else InstdAmt.
        const detail = childOf(c, 'TxAmt') ?? childOf(c, 'InstdAmt');
        const amt = detail && childOf(detail, 'Amt');
        if (amt && tx.amountText === undefined) setAmount(tx, amt);
        break;
      }
      case 'RltdPties':
        readParties(c, tx);
        break;
      case 'RmtInf':
        readRemittance(c, tx, entry);
        break;
    }
  }
  if (tx.endToEndId !== undefined) entry.endToEndIds.push(tx.endToEndId);
  return tx;
}

function setAmount(tx: CamtTransactionRead, el: LightElement): void {
  const amount = parseIsoAmount(el.text);
  tx.amountOre = amount.ore;
  tx.amountText = amount.text;
  const currency = el.attrs?.['Ccy'];
  if (currency !== undefined) tx.currency = currency;
}

function readParties(el: LightElement, tx: CamtTransactionRead): void {
  for (const c of el.children) {
    // .02: Dbtr/Nm; .08: Dbtr/Pty/Nm (Party40Choice).
    const party = childOf(c, 'Pty') ?? c;
    if (c.name === 'Dbtr') {
      const name = childText(party, 'Nm');
      if (name !== undefined) tx.debtorName = name;
    } else if (c.name === 'Cdtr') {
      const name = childText(party, 'Nm');
      if (name !== undefined) tx.creditorName = name;
    } else if (c.name === 'DbtrAcct') {
      tx.debtorAccount = accountId(c);
    } else if (c.name === 'CdtrAcct') {
      tx.creditorAccount = accountId(c);
    }
  }
}

function readRemittance(el: LightElement, tx: CamtTransactionRead, entry: CamtEntryRead): void {
  for (const c of el.children) {
    if (c.name === 'Ustrd') {
      tx.unstructured.push(c.text);
      continue;
    }
    if (c.name !== 'Strd') continue;
    for (const part of c.children) {
      if (part.name === 'RfrdDocInf') {
        const number = childText(part, 'Nb');
        if (number !== undefined) tx.invoiceNumbers.push(number);
      } else if (part.name === 'CdtrRefInf') {
        const ref = childText(part, 'Ref');
        if (ref === undefined) continue;
        const tp = childOf(part, 'Tp');
        const choice = tp && childOf(tp, 'CdOrPrtry');
        // A KID is a structured creditor reference of type SCOR (§2.2, §4.3).
        if (choice && childText(choice, 'Cd') === 'SCOR') {
          tx.kids.push(ref);
          entry.kids.push(ref);
        } else {
          entry.otherReferences.push(ref);
        }
      }
    }
  }
}
