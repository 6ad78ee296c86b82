// The pain.002 reports the bank writes for a payment file, over virtual time
// (iso20022-norway.md §3.3 [I] message sequence):
// 1. on receipt: GrpSts ACTC, or RJCT with the group reason (FF01 schema, NARR/FF02 initiating
//    party, DU01, AM18, AM10);
// 2. after business validation: every payment block's status (ACSP, ACWC, PDNG, RJCT or PART)
//    and the transactions' statuses where they differ within a block;
// 3. later progress (netbank approval, execution): the transactions that changed (ACSP, ACSC,
//    PDNG for missing funds, RJCT AM04…), with PmtInfSts and GrpSts giving the current overall state.
// Versions: pain.002.001.03 answers pain.001.001.03 and pain.002.001.10 answers .09 (ARCHITECTURE.md
// §4); PART appears only at group and payment level (.03 has no PART for a transaction, §3.1).
import { aggregateStatus } from './status-aggregate.ts';
import { toStatusReason } from './status-reason.ts';
import { BANK_REASON_CODES } from './bank-reason-codes.ts';
import type { Finding } from './finding.ts';
import type {
  PaymentFileRecord,
  PaymentRecord,
  TransactionRecord,
  TransactionState,
} from './payment-file.ts';
import type {
  NumberOfTransactionsPerStatus,
  OriginalGroupStatus,
  Pain002MessageId,
  Pain002Report,
  PaymentStatusReport,
  ReportAccount,
  TransactionStatusReport,
} from '../iso20022/pain002-model.ts';

export interface ReportHeader {
  /** GrpHdr/MsgId of the report. */
  messageId: string;
  /** ISO date-time with offset. */
  creationDateTime: string;
}

export function pain002VersionFor(file: Pick<PaymentFileRecord, 'messageNameId'>): Pain002MessageId {
  return file.messageNameId === 'pain.001.001.09' ? 'pain.002.001.10' : 'pain.002.001.03';
}

function allTransactions(file: PaymentFileRecord): TransactionRecord[] {
  return file.payments.flatMap((payment) => payment.transactions);
}

function originalGroup(file: PaymentFileRecord): OriginalGroupStatus {
  return {
    originalMessageId: file.messageId,
    originalMessageNameId: file.messageNameId,
    originalCreationDateTime: file.creationDateTime,
    originalNumberOfTransactions: file.numberOfTransactionsText,
    originalControlSum: file.controlSumText,
  };
}

function reportAccount(written: string | undefined, isIban: boolean): ReportAccount | undefined {
  if (written === undefined || written === '') return undefined;
  return isIban ? { iban: written } : { other: { id: written, schemeCode: 'BBAN' } };
}

function transactionReport(
  payment: PaymentRecord,
  tx: TransactionRecord,
  statusId: number,
  acceptedAt: string | undefined,
): TransactionStatusReport {
  const report: TransactionStatusReport = {
    statusId: String(statusId),
    originalInstructionId: tx.instructionId,
    originalEndToEndId: tx.endToEndId,
    originalUetr: tx.uetr,
    status: tx.status,
    originalTransactionReference: {
      amount: tx.amountText === '' ? undefined : { text: tx.amountText, currency: tx.currency },
      requestedExecutionDate: payment.requestedExecutionDate,
      creditorName: tx.creditorName,
      creditorAccount: reportAccount(tx.creditorAccountWritten, tx.creditorAccountIsIban),
    },
  };
  if (tx.reasons.length > 0) report.reasons = tx.reasons.map(toStatusReason);
  if (tx.status === 'ACSC') {
    report.acceptanceDateTime = tx.settledAt ?? acceptedAt;
    report.accountServicerReference = tx.accountServicerReference;
  }
  return report;
}

function perStatus(transactions: readonly TransactionRecord[]): NumberOfTransactionsPerStatus[] {
  const counts = new Map<TransactionState, number>();
  for (const tx of transactions) counts.set(tx.status, (counts.get(tx.status) ?? 0) + 1);
  return [...counts].map(([status, count]) => ({ status, count }));
}

/** A block whose transactions all share its status and have no reasons of their own is reported compactly. */
function isUniform(payment: PaymentRecord): boolean {
  const first = payment.transactions[0];
  return payment.transactions.every((tx) => tx.status === first?.status && tx.reasons.length === 0);
}

function paymentReport(
  payment: PaymentRecord,
  transactions: readonly TransactionRecord[] | 'auto',
  nextStatusId: () => number,
  acceptedAt: string | undefined,
): PaymentStatusReport {
  const listed = transactions === 'auto' ? (isUniform(payment) ? [] : payment.transactions) : transactions;
  const report: PaymentStatusReport = {
    originalPaymentInformationId: payment.paymentInformationId,
    originalNumberOfTransactions: payment.numberOfTransactionsText,
    originalControlSum: payment.controlSumText,
    status: aggregateStatus(payment.transactions.map((tx) => tx.status)),
  };
  const reasons = transactions === 'auto' ? payment.reasons : [];
  if (reasons.length > 0) report.reasons = reasons.map(toStatusReason);
  if (listed.length > 0)
    report.transactions = listed.map((tx) => transactionReport(payment, tx, nextStatusId(), acceptedAt));
  return report;
}

function statusIds(): () => number {
  let id = 0;
  return () => {
    id += 1;
    return id;
  };
}

/** Report 1: receipt (ACTC, or RJCT with the group reasons). */
export function receiptReport(file: PaymentFileRecord, header: ReportHeader): Pain002Report {
  const group = originalGroup(file);
  group.status = file.groupRejected ? 'RJCT' : 'ACTC';
  if (file.groupReasons.length > 0) group.reasons = file.groupReasons.map(toStatusReason);
  return { messageNameId: pain002VersionFor(file), ...header, group, payments: [] };
}

/** Report 2: the outcome of business validation for every payment block. */
export function validationReport(file: PaymentFileRecord, header: ReportHeader): Pain002Report {
  const transactions = allTransactions(file);
  const group = originalGroup(file);
  group.status = aggregateStatus(transactions.map((tx) => tx.status));
  group.numberOfTransactionsPerStatus = perStatus(transactions);
  const nextStatusId = statusIds();
  const payments = file.payments.map((payment) => paymentReport(payment, 'auto', nextStatusId, undefined));
  return { messageNameId: pain002VersionFor(file), ...header, group, payments };
}

/** Report 3: progress of some transactions (approval in the netbank, execution). */
export function progressReport(
  file: PaymentFileRecord,
  changed: ReadonlySet<TransactionRecord>,
  header: ReportHeader,
): Pain002Report {
  const group = originalGroup(file);
  group.status = aggregateStatus(allTransactions(file).map((tx) => tx.status));
  const nextStatusId = statusIds();
  const payments = file.payments
    .map((payment) => ({ payment, listed: payment.transactions.filter((tx) => changed.has(tx)) }))
    .filter(({ listed }) => listed.length > 0)
    .map(({ payment, listed }) => paymentReport(payment, listed, nextStatusId, header.creationDateTime));
  return { messageNameId: pain002VersionFor(file), ...header, group, payments };
}

/** The reasons to show for a transaction: its own, or those of its rejected block. */
export function effectiveReasons(payment: PaymentRecord, tx: TransactionRecord): Finding[] {
  if (tx.reasons.length > 0) return tx.reasons;
  if (tx.status === 'RJCT')
    return payment.reasons.filter((finding) => BANK_REASON_CODES[finding.reason].rejects);
  return payment.reasons;
}
