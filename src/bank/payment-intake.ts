// Receiving a pain.001 for real (ARCHITECTURE.md §5.4 `POST /payment-files`): process it, keep the
// file and its reports, consume its MsgId when the bank accepted it on receipt (DU01 guards
// re-sends, decision 001), and schedule every accepted transaction of an approved payment block
// for execution. Blocks waiting for netbank approval (RGB off) are scheduled on approval.
// Processing uses both cores (processPaymentFileConcurrently), so other requests may be served
// while the XSD check finishes: an upload of the same MsgId stored meanwhile is caught here.
import { processPaymentFile, processPaymentFileConcurrently } from './process-payment-file.ts';
import { storeStatusReport } from './status-report-store.ts';
import { scheduleFileTransaction } from './file-scheduling.ts';
import { parseTrigger } from './triggers.ts';
import type { BankState, StoredStatusReport } from './bank-state.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { ProcessingContext, ProcessingResult } from './process-payment-file.ts';
import type { UnusableInput } from './payment-file-parse.ts';
import type { PaymentFileRecord } from './payment-file.ts';

export type IntakeContext = Omit<ProcessingContext, 'ledger' | 'isMessageIdUsed'>;

export type IntakeResult =
  UnusableInput | { kind: 'received'; file: PaymentFileRecord; reports: StoredStatusReport[] };

function processingFor(state: BankState, agreement: CustomerAgreement, context: IntakeContext) {
  return {
    ...context,
    ledger: state.ledger,
    isMessageIdUsed: (messageId: string) => state.isMessageIdUsed(agreement.customerId, messageId),
  };
}

/** Receives a file on this thread (tests, and callers without a second core to spare). */
export function receivePaymentFile(
  state: BankState,
  input: string | Uint8Array,
  agreement: CustomerAgreement,
  context: IntakeContext,
): IntakeResult {
  const result = processPaymentFile(input, agreement, processingFor(state, agreement, context));
  return keepReceivedFile(state, agreement, context, result);
}

/** Receives a file with its XSD check on the schema worker (the bank's `POST /payment-files`). */
export async function receivePaymentFileConcurrently(
  state: BankState,
  input: string | Uint8Array,
  agreement: CustomerAgreement,
  context: IntakeContext,
): Promise<IntakeResult> {
  const processing = processingFor(state, agreement, context);
  let result = await processPaymentFileConcurrently(input, agreement, processing);
  if (
    result.kind === 'processed' &&
    !result.evaluation.file.groupRejected &&
    processing.isMessageIdUsed(result.evaluation.file.messageId)
  ) {
    // The same MsgId was stored while this file's XSD check ran: judge it again. The rule pass runs
    // before the next await, so this time it sees the stored MsgId (DU01).
    result = await processPaymentFileConcurrently(input, agreement, processing);
  }
  return keepReceivedFile(state, agreement, context, result);
}

function keepReceivedFile(
  state: BankState,
  agreement: CustomerAgreement,
  context: IntakeContext,
  result: ProcessingResult,
): IntakeResult {
  if (result.kind === 'unusable') return result;
  const { file, accepted } = result.evaluation;
  state.files.set(file.fileId, file);
  // A trigger MsgId is never consumed, so the same training file shows its code every time.
  if (!file.groupRejected && !parseTrigger(file.messageId))
    state.useMessageId(agreement.customerId, file.messageId);
  const reports = result.reports.map(({ stage, report }) => storeStatusReport(state, file, stage, report));
  for (const { paymentIndex, transactionIndex } of accepted) {
    if (file.payments[paymentIndex]?.awaitingApproval === false) {
      scheduleFileTransaction(state, file, paymentIndex, transactionIndex, context.nextId);
    }
  }
  return { kind: 'received', file, reports };
}
