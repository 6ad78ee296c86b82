// What a pain.002 status report says, level by level (iso20022-norway.md §3.1, §3.3): the group
// status, each payment block's status and each transaction's status with its reason codes.
// Read with the ISO layer's reader (src/iso20022/pain002-reader.ts); the report is the bank's own.
import { readPain002 } from '../../src/iso20022/pain002-reader.ts';
import type { StatusReason } from '../../src/iso20022/pain002-model.ts';

export interface TransactionStatus {
  pmtInfId: string;
  endToEndId: string;
  status: string;
  reasons: string[];
}

export interface PaymentStatus {
  pmtInfId: string;
  status?: string;
  reasons: string[];
}

export interface Pain002Status {
  originalMessageId: string;
  groupStatus?: string;
  groupReasons: string[];
  payments: PaymentStatus[];
  transactions: TransactionStatus[];
}

function codes(reasons: readonly StatusReason[] | undefined): string[] {
  return (reasons ?? []).map((r) => r.code ?? r.proprietary ?? '').filter((code) => code !== '');
}

export function readPain002Status(xml: string): Pain002Status | { error: string } {
  const read = readPain002(xml);
  if (!read.ok) return { error: read.message };
  const { report } = read;
  return {
    originalMessageId: report.group.originalMessageId,
    groupStatus: report.group.status,
    groupReasons: codes(report.group.reasons),
    payments: report.payments.map((p) => ({
      pmtInfId: p.originalPaymentInformationId,
      status: p.status,
      reasons: codes(p.reasons),
    })),
    transactions: report.payments.flatMap((p) =>
      (p.transactions ?? []).map((tx) => ({
        pmtInfId: p.originalPaymentInformationId,
        endToEndId: tx.originalEndToEndId ?? '',
        status: tx.status ?? '',
        reasons: codes(tx.reasons),
      })),
    ),
  };
}

/** Every reason code on a transaction, including those given for its payment block and the group. */
export function effectiveReasons(report: Pain002Status, tx: TransactionStatus): string[] {
  const payment = report.payments.find((p) => p.pmtInfId === tx.pmtInfId);
  return [...tx.reasons, ...(payment?.reasons ?? []), ...report.groupReasons];
}
