// Writes the pain.001 CustomerCreditTransferInitiation (.001.03, or .001.09 when configured) with
// xmlbuilder2, element order as in the XSDs (iso20022-norway.md §2.1, §2.6):
// GrpHdr with NbOfTxs and CtrlSum over all transactions (AM18/AM10), one PmtInf per debtor account
// and execution date, BBANs as Othr/Id with SchmeNm BBAN (§2.3), the KID as
// RmtInf/Strd/CdtrRefInf SCOR (§2.2.1), invoices and credit notes as RfrdDocInf CINV/CREN with
// RmtdAmt/CdtNoteAmt (§2.2.2).
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { DocumentReference } from './payment-plan.ts';

export type Pain001Version = '03' | '09';

export interface Pain001Transaction {
  endToEndId: string;
  creditorName: string;
  creditorAccount: string;
  /** øre */
  amount: number;
  kid?: string;
  references: DocumentReference[];
}

export interface Pain001Payment {
  pmtInfId: string;
  debtorAccount: string;
  executionDate: string;
  transactions: Pain001Transaction[];
}

export interface Pain001Input {
  version: Pain001Version;
  msgId: string;
  /** ISO 8601 date-time */
  creationDateTime: string;
  initiatingPartyId: string;
  debtorName: string;
  payments: Pain001Payment[];
}

/** øre → "1250.00" (ISO amounts are decimals; money never goes through floating point). */
export function formatAmount(ore: number): string {
  if (!Number.isSafeInteger(ore) || ore < 0)
    throw new RangeError(`not a whole, non-negative øre amount: ${ore}`);
  const text = String(ore).padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function account(parent: XMLBuilder, name: string, bban: string): void {
  parent.ele(name).ele('Id').ele('Othr').ele('Id').txt(bban).up().ele('SchmeNm').ele('Cd').txt('BBAN');
}

function transaction(parent: XMLBuilder, tx: Pain001Transaction): void {
  const element = parent.ele('CdtTrfTxInf');
  element.ele('PmtId').ele('EndToEndId').txt(tx.endToEndId);
  element.ele('Amt').ele('InstdAmt', { Ccy: 'NOK' }).txt(formatAmount(tx.amount));
  element.ele('Cdtr').ele('Nm').txt(tx.creditorName.slice(0, 140));
  account(element, 'CdtrAcct', tx.creditorAccount);
  if (tx.kid === undefined && tx.references.length === 0) return;
  const remittance = element.ele('RmtInf');
  for (const reference of tx.references) {
    const strd = remittance.ele('Strd');
    const document = strd.ele('RfrdDocInf');
    document.ele('Tp').ele('CdOrPrtry').ele('Cd').txt(reference.type);
    document.ele('Nb').txt(reference.number.slice(0, 35));
    strd
      .ele('RfrdDocAmt')
      .ele(reference.type === 'CREN' ? 'CdtNoteAmt' : 'RmtdAmt', { Ccy: 'NOK' })
      .txt(formatAmount(reference.amount));
  }
  if (tx.kid !== undefined) {
    remittance
      .ele('Strd')
      .ele('CdtrRefInf')
      .ele('Tp')
      .ele('CdOrPrtry')
      .ele('Cd')
      .txt('SCOR')
      .up()
      .up()
      .up()
      .ele('Ref')
      .txt(tx.kid);
  }
}

export function writePain001(input: Pain001Input): string {
  const namespace = `urn:iso:std:iso:20022:tech:xsd:pain.001.001.${input.version}`;
  const all = input.payments.flatMap((payment) => payment.transactions);
  const sum = (list: readonly Pain001Transaction[]): string =>
    formatAmount(list.reduce((total, tx) => total + tx.amount, 0));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(namespace, 'Document');
  const initiation = root.ele('CstmrCdtTrfInitn');
  const header = initiation.ele('GrpHdr');
  header.ele('MsgId').txt(input.msgId);
  header.ele('CreDtTm').txt(input.creationDateTime);
  header.ele('NbOfTxs').txt(String(all.length));
  header.ele('CtrlSum').txt(sum(all));
  const party = header.ele('InitgPty');
  party.ele('Nm').txt(input.debtorName.slice(0, 140));
  // §2.4: the bank reads the customer id ("Kundenummer i bank") from InitgPty/Id/OrgId/Othr/Id.
  party
    .ele('Id')
    .ele('OrgId')
    .ele('Othr')
    .ele('Id')
    .txt(input.initiatingPartyId)
    .up()
    .ele('SchmeNm')
    .ele('Cd')
    .txt('CUST');
  for (const payment of input.payments) {
    const block = initiation.ele('PmtInf');
    block.ele('PmtInfId').txt(payment.pmtInfId);
    block.ele('PmtMtd').txt('TRF');
    block.ele('NbOfTxs').txt(String(payment.transactions.length));
    block.ele('CtrlSum').txt(sum(payment.transactions));
    // .09 wraps the date in a choice (Dt | DtTm), §2.1.
    if (input.version === '09') block.ele('ReqdExctnDt').ele('Dt').txt(payment.executionDate);
    else block.ele('ReqdExctnDt').txt(payment.executionDate);
    block.ele('Dbtr').ele('Nm').txt(input.debtorName.slice(0, 140));
    account(block, 'DbtrAcct', payment.debtorAccount);
    block.ele('DbtrAgt').ele('FinInstnId').ele('Othr').ele('Id').txt('NOTPROVIDED');
    for (const tx of payment.transactions) transaction(block, tx);
  }
  return root.end({ prettyPrint: true });
}
