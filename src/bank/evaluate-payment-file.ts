// The bank's rule pass over a parsed, schema-valid pain.001 (iso20022-norway.md §2–§3, §6): group
// checks on receipt (trigger, initiating party, MsgId, control totals), then per payment block
// (control totals, debit account, execution date, RGB approvals) and per transaction
// (evaluate-transaction.ts), then the agreement's rejection granularity. Linear in the number of
// transactions: every lookup is a map or a set, nothing re-scans the file (100,000 transactions
// is the benchmark, bench/bank.bench.ts).
import { osloIso } from '../norway/oslo-time.ts';
import { cutOffTime } from './bank-settings.ts';
import { checkRgbApprovers } from './rgb-approvals.ts';
import { evaluateTransaction, transactionRecord } from './evaluate-transaction.ts';
import { forcedFinding } from './forced-finding.ts';
import { approvalFinding } from './rules/approval.ts';
import { checkControlTotals } from './rules/control-totals.ts';
import { checkDebtorAccount } from './rules/debtor-account.ts';
import { checkExecutionDate } from './rules/execution-date.ts';
import { checkInitiatingParty } from './rules/initiating-party.ts';
import { checkMessageIdUnique } from './rules/message-id.ts';
import { spreadRejections } from './rejection-granularity.ts';
import { acceptedStatus } from './accepted-status.ts';
import { BANK_REASON_CODES } from './bank-reason-codes.ts';
import { isGroupLevel, parseTrigger } from './triggers.ts';
import type { ForcedReason } from './triggers.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import type { Finding } from './finding.ts';
import type { PaymentFileRecord, PaymentRecord, TransactionRecord } from './payment-file.ts';
import type { Pain001Document, Pain001Payment } from '../iso20022/pain001-model.ts';

export interface FileEvaluation {
  file: PaymentFileRecord;
  /** Transactions accepted for execution, with what the execution run needs to know. */
  accepted: Array<{ paymentIndex: number; transactionIndex: number }>;
}

function paymentRecord(payment: Pain001Payment): PaymentRecord {
  return {
    path: payment.path,
    line: payment.line,
    paymentInformationId: payment.paymentInformationId,
    numberOfTransactionsText: payment.numberOfTransactions?.value,
    controlSumText: payment.controlSum?.text,
    debtorName: payment.debtor.name,
    debtorAccountWritten: payment.debtorAccount.id,
    debtorAccountIsIban: payment.debtorAccount.kind === 'iban',
    requestedExecutionDate: payment.requestedExecutionDate.date,
    executionDate: payment.requestedExecutionDate.date,
    reasons: [],
    approvedBy: [],
    awaitingApproval: false,
    transactions: [],
  };
}

/** Group-level checks: a MsgId trigger for a group code, else the natural ones in order. */
function groupFindings(
  document: Pain001Document,
  agreement: CustomerAgreement,
  context: EvaluationContext,
  forced: ForcedReason | undefined,
  totals: Finding[],
): Finding[] {
  const messageId = document.groupHeader.messageId;
  if (forced && isGroupLevel(forced.reason)) {
    return [
      forcedFinding(
        forced,
        { level: 'group', path: 'GrpHdr/MsgId', value: messageId.value, line: messageId.line },
        { approverId: context.approvers[0] },
      ),
    ];
  }
  const initiatingParty = checkInitiatingParty(document.groupHeader, agreement);
  if (initiatingParty) return [initiatingParty];
  const duplicate = checkMessageIdUnique(messageId, context.isMessageIdUsed);
  if (duplicate) return [duplicate];
  return totals;
}

export function evaluatePaymentFile(
  document: Pain001Document,
  agreement: CustomerAgreement,
  context: EvaluationContext,
  fileId: string,
): FileEvaluation {
  const { groupHeader } = document;
  const file: PaymentFileRecord = {
    fileId,
    customerId: agreement.customerId,
    messageId: groupHeader.messageId.value,
    messageNameId: document.messageNameId,
    creationDateTime: groupHeader.creationDateTime.value,
    numberOfTransactionsText: groupHeader.numberOfTransactions.value,
    controlSumText: groupHeader.controlSum?.text,
    receivedAt: osloIso(context.now),
    groupRejected: false,
    groupReasons: [],
    payments: document.payments.map(paymentRecord),
    statusReportIds: [],
    uploadApprovers: [...context.approvers],
  };
  const accepted: FileEvaluation['accepted'] = [];
  const forcedGroup = parseTrigger(groupHeader.messageId.value);
  const totals = checkControlTotals(document);

  file.groupReasons = groupFindings(document, agreement, context, forcedGroup, totals.group);
  if (file.groupReasons.length > 0) {
    file.groupRejected = true;
    document.payments.forEach((payment, index) => {
      const record = file.payments[index];
      if (record) record.transactions = payment.transactions.map(transactionRecord);
    });
    return { file, accepted };
  }

  const osloNow = osloIso(context.now);
  const dateContext = {
    today: osloNow.slice(0, 10),
    timeOfDay: osloNow.slice(11, 16),
    cutOff: cutOffTime(context.settings),
    policy: agreement.executionDatePolicy,
    calendar: context.calendar,
    settings: context.settings,
  };
  const ownRejections: Array<{ record: TransactionRecord; finding: Finding }> = [];
  const paymentRejections: Array<{ payment: PaymentRecord; finding: Finding }> = [];

  document.payments.forEach((payment, paymentIndex) => {
    const record = file.payments[paymentIndex] as PaymentRecord;
    const debtor = checkDebtorAccount(payment, agreement, context.ledger);
    record.debtorAccount = debtor.bban;
    const date = checkExecutionDate(payment, dateContext);
    record.executionDate = date.executionDate;

    const blockFindings: Finding[] = [...(totals.payments[paymentIndex] ?? [])];
    if (forcedGroup) {
      const at = {
        level: 'payment' as const,
        path: 'GrpHdr/MsgId',
        value: groupHeader.messageId.value,
        line: groupHeader.messageId.line,
      };
      blockFindings.push(
        forcedFinding(forcedGroup, at, { approverId: context.approvers[0], bban: debtor.bban }),
      );
    }
    if (debtor.finding) blockFindings.push(debtor.finding);
    if (date.finding) blockFindings.push(date.finding);
    if (agreement.rgb && debtor.bban !== undefined && !debtor.finding) {
      const approval = checkRgbApprovers(agreement, debtor.bban, context.approvers);
      if (approval.ok) record.approvedBy = approval.authorised;
      else blockFindings.push(approvalFinding(approval.failure, payment, debtor.bban));
    }
    const blockRejections = blockFindings.filter((finding) => BANK_REASON_CODES[finding.reason].rejects);
    // A rejected block reports only why it was rejected; an accepted one keeps its changes (DT06).
    record.reasons = blockRejections.length > 0 ? blockRejections : blockFindings;
    if (blockRejections.length > 0) {
      record.transactions = payment.transactions.map(transactionRecord);
      paymentRejections.push({ payment: record, finding: blockRejections[0] as Finding });
      return;
    }
    record.awaitingApproval = !agreement.rgb;
    const debtorAccount = debtor.bban === undefined ? undefined : context.ledger.getAccount(debtor.bban);
    const transactionContext = {
      ledger: context.ledger,
      structuredReferenceLimit: context.settings.structuredReferenceLimit,
      approverId: context.approvers[0],
    };
    record.transactions = payment.transactions.map((transaction) => {
      const evaluation = evaluateTransaction(
        transaction,
        { account: debtorAccount, bban: debtor.bban },
        transactionContext,
      );
      const tx = evaluation.record;
      if (evaluation.rejection) {
        tx.status = 'RJCT';
        tx.reasons = [evaluation.rejection];
        ownRejections.push({ record: tx, finding: evaluation.rejection });
        return tx;
      }
      if (evaluation.forceInsufficientFunds) tx.forceInsufficientFunds = true;
      if (agreement.rgb) tx.status = acceptedStatus(record, tx);
      else {
        tx.status = 'PDNG';
        tx.pendingReason = 'approval';
      }
      return tx;
    });
  });

  spreadRejections(agreement.rejectGranularity, file.payments, ownRejections, paymentRejections);

  file.payments.forEach((payment, paymentIndex) => {
    payment.transactions.forEach((tx, transactionIndex) => {
      if (tx.status !== 'RJCT') accepted.push({ paymentIndex, transactionIndex });
    });
  });
  return { file, accepted };
}
