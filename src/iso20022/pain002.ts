// Writes a pain.002 (CustomerPaymentStatusReport) .001.03 or .001.10 from the report model,
// element order as in the XSD sequences (iso20022-norway.md §3.1).
// Version rules (§3.1): .03 types the statuses as closed enums — TransactionGroupStatus3Code for
// GrpSts/PmtInfSts and TransactionIndividualStatus3Code for TxSts/DtldSts (no PART, no RCVD) —
// so asking for anything else in .03 is a bench bug (BenchBugError). .10 uses the external code
// strings, adds OrgnlUETR, writes OrgnlTxRef/ReqdExctnDt as <Dt> and parties as <Pty>.
import { BenchBugError } from './bench-bug-error.ts';
import { splitAddtlInf } from './addtl-inf.ts';
import {
  PAIN002_NAMESPACES,
  type GroupStatus,
  type NumberOfTransactionsPerStatus,
  type OriginalTransactionReference,
  type Pain002MessageId,
  type Pain002Report,
  type PaymentStatusReport,
  type ReportAccount,
  type StatusReason,
  type TransactionStatus,
  type TransactionStatusReport,
} from './pain002-model.ts';
import { leaf, startDocument, type XmlNode } from './xml/xml-writer.ts';

export { splitAddtlInf } from './addtl-inf.ts';

/** TransactionGroupStatus3Code (pain.002.001.03). */
export const V03_GROUP_STATUSES: readonly GroupStatus[] = [
  'ACTC',
  'RCVD',
  'PART',
  'RJCT',
  'PDNG',
  'ACCP',
  'ACSP',
  'ACSC',
  'ACWC',
];
/** TransactionIndividualStatus3Code (pain.002.001.03): no PART, no RCVD. */
export const V03_TRANSACTION_STATUSES: readonly TransactionStatus[] = [
  'ACTC',
  'RJCT',
  'PDNG',
  'ACCP',
  'ACSP',
  'ACSC',
  'ACWC',
];

export interface WritePain002Options {
  /** Indent the XML (default true: readable in training; the size cost is small). */
  pretty?: boolean;
}

export function writePain002(report: Pain002Report, options: WritePain002Options = {}): string {
  const version = report.messageNameId;
  if (!(version in PAIN002_NAMESPACES))
    throw new BenchBugError(`writePain002: unknown version ${String(version)}`);
  const { root, end } = startDocument(PAIN002_NAMESPACES[version], 'CstmrPmtStsRpt', options.pretty ?? true);

  const header = root.ele('GrpHdr');
  leaf(header, 'MsgId', report.messageId);
  leaf(header, 'CreDtTm', report.creationDateTime);
  if (report.initiatingPartyName !== undefined)
    header.ele('InitgPty').ele('Nm').txt(report.initiatingPartyName);
  if (report.debtorAgentBic !== undefined) {
    header
      .ele('DbtrAgt')
      .ele('FinInstnId')
      .ele(version === 'pain.002.001.03' ? 'BIC' : 'BICFI')
      .txt(report.debtorAgentBic);
  }

  const group = report.group;
  const groupNode = root.ele('OrgnlGrpInfAndSts');
  leaf(groupNode, 'OrgnlMsgId', group.originalMessageId);
  leaf(groupNode, 'OrgnlMsgNmId', group.originalMessageNameId);
  leaf(groupNode, 'OrgnlCreDtTm', group.originalCreationDateTime);
  leaf(groupNode, 'OrgnlNbOfTxs', group.originalNumberOfTransactions);
  leaf(groupNode, 'OrgnlCtrlSum', group.originalControlSum);
  leaf(groupNode, 'GrpSts', checkGroupStatus(version, group.status, 'GrpSts'));
  writeReasons(groupNode, group.reasons);
  writePerStatus(groupNode, version, group.numberOfTransactionsPerStatus);

  for (const payment of report.payments) writePayment(root.ele('OrgnlPmtInfAndSts'), version, payment);
  return end();
}

function writePayment(node: XmlNode, version: Pain002MessageId, payment: PaymentStatusReport): void {
  leaf(node, 'OrgnlPmtInfId', payment.originalPaymentInformationId);
  leaf(node, 'OrgnlNbOfTxs', payment.originalNumberOfTransactions);
  leaf(node, 'OrgnlCtrlSum', payment.originalControlSum);
  leaf(node, 'PmtInfSts', checkGroupStatus(version, payment.status, 'PmtInfSts'));
  writeReasons(node, payment.reasons);
  writePerStatus(node, version, payment.numberOfTransactionsPerStatus);
  for (const tx of payment.transactions ?? []) writeTransaction(node.ele('TxInfAndSts'), version, tx);
}

function writeTransaction(node: XmlNode, version: Pain002MessageId, tx: TransactionStatusReport): void {
  leaf(node, 'StsId', tx.statusId);
  leaf(node, 'OrgnlInstrId', tx.originalInstructionId);
  leaf(node, 'OrgnlEndToEndId', tx.originalEndToEndId);
  // OrgnlUETR exists only from pain.002.001.10 on (§3.1).
  if (version === 'pain.002.001.10') leaf(node, 'OrgnlUETR', tx.originalUetr);
  leaf(node, 'TxSts', checkTransactionStatus(version, tx.status, 'TxSts'));
  writeReasons(node, tx.reasons);
  leaf(node, 'AccptncDtTm', tx.acceptanceDateTime);
  leaf(node, 'AcctSvcrRef', tx.accountServicerReference);
  if (tx.originalTransactionReference)
    writeOriginalReference(node.ele('OrgnlTxRef'), version, tx.originalTransactionReference);
}

function writeOriginalReference(
  node: XmlNode,
  version: Pain002MessageId,
  ref: OriginalTransactionReference,
): void {
  // XSD order: Amt, ReqdExctnDt, …, Dbtr, DbtrAcct, …, Cdtr, CdtrAcct.
  if (ref.amount) node.ele('Amt').ele('InstdAmt', { Ccy: ref.amount.currency }).txt(ref.amount.text);
  if (ref.requestedExecutionDate !== undefined) {
    const date = node.ele('ReqdExctnDt');
    if (version === 'pain.002.001.03') date.txt(ref.requestedExecutionDate);
    else date.ele('Dt').txt(ref.requestedExecutionDate);
  }
  if (ref.debtorName !== undefined) partyName(node.ele('Dbtr'), version, ref.debtorName);
  if (ref.debtorAccount) writeAccount(node.ele('DbtrAcct'), ref.debtorAccount);
  if (ref.creditorName !== undefined) partyName(node.ele('Cdtr'), version, ref.creditorName);
  if (ref.creditorAccount) writeAccount(node.ele('CdtrAcct'), ref.creditorAccount);
}

/** .03 Dbtr/Cdtr are PartyIdentification32; .10 wraps them in Party40Choice `Pty`. */
function partyName(node: XmlNode, version: Pain002MessageId, name: string): void {
  (version === 'pain.002.001.03' ? node : node.ele('Pty')).ele('Nm').txt(name);
}

function writeAccount(node: XmlNode, account: ReportAccount): void {
  const id = node.ele('Id');
  if (account.iban !== undefined) {
    id.ele('IBAN').txt(account.iban);
  } else if (account.other) {
    const other = id.ele('Othr');
    other.ele('Id').txt(account.other.id);
    if (account.other.schemeCode !== undefined) other.ele('SchmeNm').ele('Cd').txt(account.other.schemeCode);
  } else {
    throw new BenchBugError('writePain002: an echoed account needs an IBAN or an Othr/Id');
  }
}

function writeReasons(node: XmlNode, reasons: StatusReason[] | undefined): void {
  for (const reason of reasons ?? []) {
    const info = node.ele('StsRsnInf');
    if (reason.originatorName !== undefined) info.ele('Orgtr').ele('Nm').txt(reason.originatorName);
    if (reason.code !== undefined) info.ele('Rsn').ele('Cd').txt(reason.code);
    else if (reason.proprietary !== undefined) info.ele('Rsn').ele('Prtry').txt(reason.proprietary);
    for (const text of reason.additionalInfo ?? []) {
      for (const piece of splitAddtlInf(text)) info.ele('AddtlInf').txt(piece);
    }
  }
}

function writePerStatus(
  node: XmlNode,
  version: Pain002MessageId,
  counts: NumberOfTransactionsPerStatus[] | undefined,
): void {
  for (const count of counts ?? []) {
    const entry = node.ele('NbOfTxsPerSts');
    entry.ele('DtldNbOfTxs').txt(String(count.count));
    entry.ele('DtldSts').txt(checkTransactionStatus(version, count.status, 'DtldSts') ?? '');
    leaf(entry, 'DtldCtrlSum', count.controlSum);
  }
}

function checkGroupStatus(
  version: Pain002MessageId,
  status: GroupStatus | undefined,
  element: string,
): string | undefined {
  if (status === undefined) return undefined;
  if (version === 'pain.002.001.03' && !V03_GROUP_STATUSES.includes(status)) {
    throw new BenchBugError(
      `pain.002.001.03 ${element} cannot be ${status} (TransactionGroupStatus3Code, iso20022-norway.md §3.1)`,
    );
  }
  return status;
}

function checkTransactionStatus(
  version: Pain002MessageId,
  status: TransactionStatus | undefined,
  element: string,
): string | undefined {
  if (status === undefined) return undefined;
  if (version === 'pain.002.001.03' && !V03_TRANSACTION_STATUSES.includes(status)) {
    throw new BenchBugError(
      `pain.002.001.03 ${element} cannot be ${status}: TransactionIndividualStatus3Code has no PART or RCVD (iso20022-norway.md §3.1); use PART only at group/payment level`,
    );
  }
  return status;
}
