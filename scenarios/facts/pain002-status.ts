// What a pain.002 status report says, level by level (iso20022-norway.md §3.1, §3.3): the group
// status, each payment block's status and each transaction's status with its reason codes.
// Read with the bench's light XML scanner; the report is the bank's own output.
import { childOf, childText, scanXml } from '../../src/iso20022/xml/light-xml.ts';
import type { LightElement } from '../../src/iso20022/xml/light-xml.ts';

export interface StatusReason {
  code: string;
  info: string[];
}

export interface TransactionStatus {
  pmtInfId: string;
  endToEndId: string;
  status: string;
  reasons: StatusReason[];
}

export interface PaymentStatus {
  pmtInfId: string;
  status?: string;
  reasons: StatusReason[];
}

export interface Pain002Status {
  originalMessageId: string;
  groupStatus?: string;
  groupReasons: StatusReason[];
  payments: PaymentStatus[];
  transactions: TransactionStatus[];
}

export function readPain002Status(xml: string): Pain002Status | { error: string } {
  const scan = scanXml(xml);
  if (!scan.ok) return { error: `line ${scan.line}: ${scan.message}` };
  const report = childOf(scan.root, 'CstmrPmtStsRpt');
  const group = report && childOf(report, 'OrgnlGrpInfAndSts');
  if (!report || !group) return { error: 'not a pain.002 (no CstmrPmtStsRpt/OrgnlGrpInfAndSts)' };
  const payments: PaymentStatus[] = [];
  const transactions: TransactionStatus[] = [];
  for (const payment of report.children.filter((child) => child.name === 'OrgnlPmtInfAndSts')) {
    const pmtInfId = childText(payment, 'OrgnlPmtInfId') ?? '';
    payments.push({ pmtInfId, status: childText(payment, 'PmtInfSts'), reasons: reasonsOf(payment) });
    for (const tx of payment.children.filter((child) => child.name === 'TxInfAndSts')) {
      transactions.push({
        pmtInfId,
        endToEndId: childText(tx, 'OrgnlEndToEndId') ?? '',
        status: childText(tx, 'TxSts') ?? '',
        reasons: reasonsOf(tx),
      });
    }
  }
  return {
    originalMessageId: childText(group, 'OrgnlMsgId') ?? '',
    groupStatus: childText(group, 'GrpSts'),
    groupReasons: reasonsOf(group),
    payments,
    transactions,
  };
}

function reasonsOf(element: LightElement): StatusReason[] {
  return element.children
    .filter((child) => child.name === 'StsRsnInf')
    .map((info) => {
      const reason = childOf(info, 'Rsn');
      const code = (reason && (childText(reason, 'Cd') ?? childText(reason, 'Prtry'))) ?? '';
      return { code, info: info.children.filter((c) => c.name === 'AddtlInf').map((c) => c.text) };
    });
}

/** Every reason code on a transaction, including those given for its payment block and the group. */
export function effectiveReasons(report: Pain002Status, tx: TransactionStatus): string[] {
  const payment = report.payments.find((p) => p.pmtInfId === tx.pmtInfId);
  return [
    ...tx.reasons.map((r) => r.code),
    ...(payment?.reasons.map((r) => r.code) ?? []),
    ...report.groupReasons.map((r) => r.code),
  ].filter((code) => code !== '');
}
