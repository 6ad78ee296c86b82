// Reads a pain.002 status report (.001.03 or .001.10) into what the payment client needs: the
// group, payment-information and transaction statuses with their reason codes
// (iso20022-norway.md §3.1–§3.3).
import { child, children, parseRoot, text, XmlReadError } from './read-xml.ts';
import type { XmlElement } from './read-xml.ts';

export interface StatusReasonRead {
  code?: string;
  proprietary?: string;
  additionalInfo: string[];
}

export interface TransactionStatusRead {
  endToEndId?: string;
  status?: string;
  reasons: StatusReasonRead[];
}

export interface PaymentStatusRead {
  pmtInfId?: string;
  status?: string;
  reasons: StatusReasonRead[];
  transactions: TransactionStatusRead[];
}

export interface Pain002Read {
  messageId?: string;
  originalMessageId?: string;
  groupStatus?: string;
  groupReasons: StatusReasonRead[];
  payments: PaymentStatusRead[];
}

function reasons(element: XmlElement | undefined): StatusReasonRead[] {
  return children(element, 'StsRsnInf').map((info) => ({
    code: text(info, 'Rsn', 'Cd'),
    proprietary: text(info, 'Rsn', 'Prtry'),
    additionalInfo: children(info, 'AddtlInf')
      .map((node) => node.text().trim())
      .filter((line) => line !== ''),
  }));
}

export function readPain002(xml: string): Pain002Read {
  const root = parseRoot(xml);
  const body = child(root, 'CstmrPmtStsRpt');
  if (!body) throw new XmlReadError(`expected a pain.002 (CstmrPmtStsRpt), got <${root.name()}>`);
  const group = child(body, 'OrgnlGrpInfAndSts');
  return {
    messageId: text(body, 'GrpHdr', 'MsgId'),
    originalMessageId: text(group, 'OrgnlMsgId'),
    groupStatus: text(group, 'GrpSts'),
    groupReasons: reasons(group),
    payments: children(body, 'OrgnlPmtInfAndSts').map((payment) => ({
      pmtInfId: text(payment, 'OrgnlPmtInfId'),
      status: text(payment, 'PmtInfSts'),
      reasons: reasons(payment),
      transactions: children(payment, 'TxInfAndSts').map((tx) => ({
        endToEndId: text(tx, 'OrgnlEndToEndId'),
        status: text(tx, 'TxSts'),
        reasons: reasons(tx),
      })),
    })),
  };
}

/** The first reason code of a list ("NARR" only when nothing better is given). */
export function firstReasonCode(list: readonly StatusReasonRead[]): string | undefined {
  return (
    list.find((reason) => reason.code && reason.code !== 'NARR')?.code ??
    list.find((reason) => reason.code)?.code
  );
}
