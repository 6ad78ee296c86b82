// Reads a pain.002.001.03 or .001.10 status report back into the Pain002Report model: the
// reference client reads its status reports with it, and tests use it for round trips. AddtlInf
// pieces are returned as they are in the file (one array item per AddtlInf element).
import {
  PAIN002_NAMESPACES,
  type GroupStatus,
  type NumberOfTransactionsPerStatus,
  type OriginalGroupStatus,
  type OriginalTransactionReference,
  type Pain002MessageId,
  type Pain002Report,
  type PaymentStatusReport,
  type ReportAccount,
  type StatusReason,
  type TransactionStatus,
  type TransactionStatusReport,
} from './pain002-model.ts';
import { childOf, childText, scanXml, type LightElement } from './xml/light-xml.ts';

export type Pain002ReadResult =
  | { ok: true; report: Pain002Report }
  | { ok: false; reason: 'not-xml' | 'not-pain002'; message: string; line?: number };

export function readPain002(text: string): Pain002ReadResult {
  const scan = scanXml(text);
  if (!scan.ok) return { ok: false, reason: 'not-xml', message: scan.message, line: scan.line };
  const root = scan.root;
  const namespace = root.attrs?.[root.prefix ? `xmlns:${root.prefix}` : 'xmlns'];
  const messageNameId = (Object.keys(PAIN002_NAMESPACES) as Pain002MessageId[]).find(
    (id) => PAIN002_NAMESPACES[id] === namespace,
  );
  const body = childOf(root, 'CstmrPmtStsRpt');
  if (root.name !== 'Document' || !messageNameId || !body) {
    return {
      ok: false,
      reason: 'not-pain002',
      message: `Not a pain.002.001.03 or .001.10 document (namespace "${namespace ?? ''}").`,
      line: root.line,
    };
  }
  const header = childOf(body, 'GrpHdr');
  const report: Pain002Report = {
    messageNameId,
    messageId: (header && childText(header, 'MsgId')) ?? '',
    creationDateTime: (header && childText(header, 'CreDtTm')) ?? '',
    group: readGroup(childOf(body, 'OrgnlGrpInfAndSts')),
    payments: body.children.filter((c) => c.name === 'OrgnlPmtInfAndSts').map(readPayment),
  };
  const initiatingPartyName = header && childOf(header, 'InitgPty');
  const name = initiatingPartyName && childText(initiatingPartyName, 'Nm');
  if (name !== undefined) report.initiatingPartyName = name;
  const agent = header && childOf(header, 'DbtrAgt');
  const institution = agent && childOf(agent, 'FinInstnId');
  const bic = institution && (childText(institution, 'BIC') ?? childText(institution, 'BICFI'));
  if (bic !== undefined) report.debtorAgentBic = bic;
  return { ok: true, report };
}

function readGroup(el: LightElement | undefined): OriginalGroupStatus {
  const group: OriginalGroupStatus = { originalMessageId: '', originalMessageNameId: '' };
  if (!el) return group;
  const reasons: StatusReason[] = [];
  const counts: NumberOfTransactionsPerStatus[] = [];
  for (const c of el.children) {
    switch (c.name) {
      case 'OrgnlMsgId':
        group.originalMessageId = c.text;
        break;
      case 'OrgnlMsgNmId':
        group.originalMessageNameId = c.text;
        break;
      case 'OrgnlCreDtTm':
        group.originalCreationDateTime = c.text;
        break;
      case 'OrgnlNbOfTxs':
        group.originalNumberOfTransactions = c.text;
        break;
      case 'OrgnlCtrlSum':
        group.originalControlSum = c.text;
        break;
      case 'GrpSts':
        group.status = c.text as GroupStatus;
        break;
      case 'StsRsnInf':
        reasons.push(readReason(c));
        break;
      case 'NbOfTxsPerSts':
        counts.push(readCount(c));
        break;
    }
  }
  if (reasons.length > 0) group.reasons = reasons;
  if (counts.length > 0) group.numberOfTransactionsPerStatus = counts;
  return group;
}

function readPayment(el: LightElement): PaymentStatusReport {
  const payment: PaymentStatusReport = { originalPaymentInformationId: '' };
  const reasons: StatusReason[] = [];
  const counts: NumberOfTransactionsPerStatus[] = [];
  const transactions: TransactionStatusReport[] = [];
  for (const c of el.children) {
    switch (c.name) {
      case 'OrgnlPmtInfId':
        payment.originalPaymentInformationId = c.text;
        break;
      case 'OrgnlNbOfTxs':
        payment.originalNumberOfTransactions = c.text;
        break;
      case 'OrgnlCtrlSum':
        payment.originalControlSum = c.text;
        break;
      case 'PmtInfSts':
        payment.status = c.text as GroupStatus;
        break;
      case 'StsRsnInf':
        reasons.push(readReason(c));
        break;
      case 'NbOfTxsPerSts':
        counts.push(readCount(c));
        break;
      case 'TxInfAndSts':
        transactions.push(readTransaction(c));
        break;
    }
  }
  if (reasons.length > 0) payment.reasons = reasons;
  if (counts.length > 0) payment.numberOfTransactionsPerStatus = counts;
  if (transactions.length > 0) payment.transactions = transactions;
  return payment;
}

function readTransaction(el: LightElement): TransactionStatusReport {
  const tx: TransactionStatusReport = {};
  const reasons: StatusReason[] = [];
  for (const c of el.children) {
    switch (c.name) {
      case 'StsId':
        tx.statusId = c.text;
        break;
      case 'OrgnlInstrId':
        tx.originalInstructionId = c.text;
        break;
      case 'OrgnlEndToEndId':
        tx.originalEndToEndId = c.text;
        break;
      case 'OrgnlUETR':
        tx.originalUetr = c.text;
        break;
      case 'TxSts':
        tx.status = c.text as TransactionStatus;
        break;
      case 'StsRsnInf':
        reasons.push(readReason(c));
        break;
      case 'AccptncDtTm':
        tx.acceptanceDateTime = c.text;
        break;
      case 'AcctSvcrRef':
        tx.accountServicerReference = c.text;
        break;
      case 'OrgnlTxRef':
        tx.originalTransactionReference = readOriginalReference(c);
        break;
    }
  }
  if (reasons.length > 0) tx.reasons = reasons;
  return tx;
}

function readOriginalReference(el: LightElement): OriginalTransactionReference {
  const ref: OriginalTransactionReference = {};
  for (const c of el.children) {
    switch (c.name) {
      case 'Amt': {
        const amount = childOf(c, 'InstdAmt');
        if (amount) ref.amount = { text: amount.text, currency: amount.attrs?.['Ccy'] ?? '' };
        break;
      }
      case 'ReqdExctnDt':
        ref.requestedExecutionDate =
          c.children.length === 0 ? c.text : (childText(c, 'Dt') ?? childText(c, 'DtTm') ?? '');
        break;
      case 'Dbtr': {
        const name = partyName(c);
        if (name !== undefined) ref.debtorName = name;
        break;
      }
      case 'DbtrAcct':
        ref.debtorAccount = readAccount(c);
        break;
      case 'Cdtr': {
        const name = partyName(c);
        if (name !== undefined) ref.creditorName = name;
        break;
      }
      case 'CdtrAcct':
        ref.creditorAccount = readAccount(c);
        break;
    }
  }
  return ref;
}

/** .03 `Cdtr/Nm`, .10 `Cdtr/Pty/Nm`. */
function partyName(el: LightElement): string | undefined {
  const party = childOf(el, 'Pty') ?? el;
  return childText(party, 'Nm');
}

function readAccount(el: LightElement): ReportAccount {
  const id = childOf(el, 'Id');
  const iban = id && childText(id, 'IBAN');
  if (iban !== undefined) return { iban };
  const other = id && childOf(id, 'Othr');
  if (!other) return {};
  const scheme = childOf(other, 'SchmeNm');
  const schemeCode = scheme && childText(scheme, 'Cd');
  return { other: { id: childText(other, 'Id') ?? '', ...(schemeCode !== undefined ? { schemeCode } : {}) } };
}

function readReason(el: LightElement): StatusReason {
  const reason: StatusReason = {};
  const info: string[] = [];
  for (const c of el.children) {
    if (c.name === 'Rsn') {
      const code = childText(c, 'Cd');
      const proprietary = childText(c, 'Prtry');
      if (code !== undefined) reason.code = code;
      if (proprietary !== undefined) reason.proprietary = proprietary;
    } else if (c.name === 'AddtlInf') {
      info.push(c.text);
    } else if (c.name === 'Orgtr') {
      const name = childText(c, 'Nm');
      if (name !== undefined) reason.originatorName = name;
    }
  }
  if (info.length > 0) reason.additionalInfo = info;
  return reason;
}

function readCount(el: LightElement): NumberOfTransactionsPerStatus {
  const count: NumberOfTransactionsPerStatus = {
    count: Number(childText(el, 'DtldNbOfTxs') ?? '0'),
    status: (childText(el, 'DtldSts') ?? '') as TransactionStatus,
  };
  const sum = childText(el, 'DtldCtrlSum');
  if (sum !== undefined) count.controlSum = sum;
  return count;
}
