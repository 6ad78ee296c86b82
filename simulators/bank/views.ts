// The JSON shapes the bank answers with (ARCHITECTURE.md §4: amounts in øre, dates YYYY-MM-DD,
// timestamps with offset). Field names here are part of the v1 contract once published.
import { aggregateStatus } from '../../src/bank/status-aggregate.ts';
import { effectiveReasons } from '../../src/bank/status-reports.ts';
import { reasonTexts } from '../../src/bank/status-reason.ts';
import type { BankAccount } from '../../src/bank/bank-account.ts';
import type { StoredNotification, StoredStatusReport } from '../../src/bank/bank-state.ts';
import type { CustomerAgreement } from '../../src/bank/customer-agreement.ts';
import type { Finding } from '../../src/bank/finding.ts';
import type { PaymentFileRecord } from '../../src/bank/payment-file.ts';

export function accountView(account: BankAccount) {
  return {
    bban: account.bban,
    owner: account.owner,
    balance: account.balanceOre,
    currency: account.currency,
    status: account.status,
    ...(account.amountLimitOre === undefined ? {} : { amountLimit: account.amountLimitOre }),
    kidAgreement: { definitions: account.kidDefinitions },
  };
}

export function agreementView(agreement: CustomerAgreement) {
  return {
    ...agreement,
    accounts: [...agreement.accounts],
    users: agreement.users.map((user) => ({ ...user })),
  };
}

export function reasonView(finding: Finding) {
  return {
    code: finding.reason,
    text: reasonTexts(finding).join(' — '),
    path: finding.path,
    ...(finding.value === undefined ? {} : { value: finding.value }),
    ...(finding.line === undefined ? {} : { line: finding.line }),
  };
}

export function statusReportSummary(stored: StoredStatusReport, baseUrl: string) {
  return {
    id: stored.id,
    seq: stored.seq,
    fileId: stored.fileId,
    stage: stored.stage,
    groupStatus: stored.groupStatus,
    messageNameId: stored.report.messageNameId,
    createdAt: stored.createdAt,
    url: `${baseUrl}/bank/v1/status-reports/${encodeURIComponent(stored.id)}`,
  };
}

export function notificationSummary(stored: StoredNotification, baseUrl: string) {
  return {
    id: stored.id,
    seq: stored.seq,
    account: stored.account,
    direction: stored.direction,
    bookingDate: stored.bookingDate,
    entries: stored.entryCount,
    messageNameId: stored.document.messageNameId,
    createdAt: stored.createdAt,
    url: `${baseUrl}/bank/v1/notifications/${encodeURIComponent(stored.id)}`,
  };
}

/** `GET /payment-files/{fileId}`: the file, each block and each transaction with status and reasons. */
export function paymentFileView(file: PaymentFileRecord, reports: StoredStatusReport[], baseUrl: string) {
  const transactions = file.payments.flatMap((payment) => payment.transactions);
  return {
    fileId: file.fileId,
    customerId: file.customerId,
    messageId: file.messageId,
    messageNameId: file.messageNameId,
    receivedAt: file.receivedAt,
    groupStatus: file.groupRejected ? 'RJCT' : aggregateStatus(transactions.map((tx) => tx.status)),
    groupReasons: file.groupReasons.map(reasonView),
    numberOfTransactions: file.numberOfTransactionsText,
    controlSum: file.controlSumText,
    approvedBy: file.uploadApprovers,
    payments: file.payments.map((payment) => ({
      paymentInformationId: payment.paymentInformationId,
      debtorAccount: payment.debtorAccount ?? payment.debtorAccountWritten,
      requestedExecutionDate: payment.requestedExecutionDate,
      executionDate: payment.executionDate,
      status: file.groupRejected ? 'RJCT' : aggregateStatus(payment.transactions.map((tx) => tx.status)),
      reasons: payment.reasons.map(reasonView),
      approvedBy: payment.approvedBy,
      awaitingApproval: payment.awaitingApproval,
      transactions: payment.transactions.map((tx) => {
        const reasons = file.groupRejected ? file.groupReasons : effectiveReasons(payment, tx);
        return {
          endToEndId: tx.endToEndId,
          ...(tx.instructionId === undefined ? {} : { instructionId: tx.instructionId }),
          amount: tx.amountOre ?? null,
          amountText: tx.amountText,
          currency: tx.currency,
          creditorName: tx.creditorName,
          creditorAccount: tx.creditorAccount ?? tx.creditorAccountWritten,
          creditorInBank: tx.creditorHeld,
          kids: tx.kids,
          status: tx.status,
          ...(tx.pendingReason === undefined ? {} : { pendingReason: tx.pendingReason }),
          reasonCode: reasons[0]?.reason,
          reasons: reasons.map(reasonView),
          ...(tx.bookingDate === undefined ? {} : { bookingDate: tx.bookingDate }),
          ...(tx.accountServicerReference === undefined
            ? {}
            : { accountServicerReference: tx.accountServicerReference }),
        };
      }),
    })),
    statusReports: reports.map((stored) => statusReportSummary(stored, baseUrl)),
  };
}
