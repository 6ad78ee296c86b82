// Reads a camt.054 credit notification (.001.02 or .001.08) into the payments an issuer
// reconciles: each credit transaction with its KID (RmtInf/Strd/CdtrRefInf with type SCOR),
// amount and the bank's reference (iso20022-norway.md §4.1, §4.2; ARCHITECTURE.md §5.5).
import { amountOre, child, children, parseRoot, text, XmlReadError } from './read-xml.ts';
import type { XmlElement } from './read-xml.ts';

export interface CamtCredit {
  /** The bank's reference for de-duplication (TxDtls or Ntry AcctSvcrRef), if any. */
  accountServicerReference?: string;
  endToEndId?: string;
  /** SCOR references (KIDs); usually one. */
  kids: string[];
  /** øre; undefined when the amount is not whole øre. */
  amount: number | undefined;
  bookingDate?: string;
  debtorName?: string;
  account?: string;
  status?: string;
}

export interface Camt054Read {
  messageId?: string;
  credits: CamtCredit[];
}

function scorReferences(txDtls: XmlElement): string[] {
  const kids: string[] = [];
  for (const strd of children(child(txDtls, 'RmtInf'), 'Strd')) {
    const ref = child(strd, 'CdtrRefInf');
    const type = text(ref, 'Tp', 'CdOrPrtry', 'Cd');
    const value = text(ref, 'Ref');
    if (value !== undefined && (type === undefined || type === 'SCOR')) kids.push(value);
  }
  return kids;
}

function date(element: XmlElement | undefined): string | undefined {
  return text(element, 'Dt') ?? text(element, 'DtTm')?.slice(0, 10);
}

export function readCamt054(xml: string): Camt054Read {
  const root = parseRoot(xml);
  const body = child(root, 'BkToCstmrDbtCdtNtfctn');
  if (!body) throw new XmlReadError(`expected a camt.054 (BkToCstmrDbtCdtNtfctn), got <${root.name()}>`);
  const credits: CamtCredit[] = [];
  for (const notification of children(body, 'Ntfctn')) {
    const account =
      text(notification, 'Acct', 'Id', 'IBAN') ?? text(notification, 'Acct', 'Id', 'Othr', 'Id');
    for (const entry of children(notification, 'Ntry')) {
      if (text(entry, 'CdtDbtInd') !== 'CRDT') continue;
      const status = text(entry, 'Sts') ?? text(entry, 'Sts', 'Cd');
      const bookingDate = date(child(entry, 'BookgDt'));
      const entryRef = text(entry, 'AcctSvcrRef');
      const entryAmount = amountOre(text(entry, 'Amt'));
      const details = children(child(entry, 'NtryDtls'), 'TxDtls');
      if (details.length === 0) {
        credits.push({
          accountServicerReference: entryRef,
          kids: [],
          amount: entryAmount,
          bookingDate,
          account,
          status,
        });
        continue;
      }
      for (const tx of details) {
        const txAmount = amountOre(text(tx, 'AmtDtls', 'TxAmt', 'Amt')) ?? amountOre(text(tx, 'Amt'));
        credits.push({
          accountServicerReference:
            text(tx, 'Refs', 'AcctSvcrRef') ?? (details.length === 1 ? entryRef : undefined),
          endToEndId: text(tx, 'Refs', 'EndToEndId'),
          kids: scorReferences(tx),
          // A single TxDtls without its own amount carries the entry's amount.
          amount: txAmount ?? (details.length === 1 ? entryAmount : undefined),
          bookingDate,
          debtorName: text(tx, 'RltdPties', 'Dbtr', 'Nm') ?? text(tx, 'RltdPties', 'Dbtr', 'Pty', 'Nm'),
          account,
          status,
        });
      }
    }
  }
  return { messageId: text(body, 'GrpHdr', 'MsgId'), credits };
}
