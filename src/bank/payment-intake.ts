// Receiving a pain.001 for real (ARCHITECTURE.md §5.4 `POST /payment-files`): process it, keep the
// file and its reports, consume its MsgId when the bank accepted it on receipt (DU01 guards
// re-sends, decision 001), and schedule every accepted transaction of an approved payment block
// for execution. Blocks waiting for netbank approval (RGB off) are scheduled on approval.
import { processPaymentFile } from './process-payment-file.ts';
import { storeStatusReport } from './status-report-store.ts';
import { scheduleFileTransaction } from './file-scheduling.ts';
import { parseTrigger } from './triggers.ts';
import type { BankState, StoredStatusReport } from './bank-state.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { ProcessingContext } from './process-payment-file.ts';
import type { UnusableInput } from './payment-file-parse.ts';
import type { PaymentFileRecord } from './payment-file.ts';

export type IntakeContext = Omit<ProcessingContext, 'ledger' | 'isMessageIdUsed'>;

export type IntakeResult =
  UnusableInput | { kind: 'received'; file: PaymentFileRecord; reports: StoredStatusReport[] };

export function receivePaymentFile(
  state: BankState,
  input: string | Uint8Array,
  agreement: CustomerAgreement,
  context: IntakeContext,
): IntakeResult {
  const result = processPaymentFile(input, agreement, {
    ...context,
    ledger: state.ledger,
    isMessageIdUsed: (messageId) => state.isMessageIdUsed(agreement.customerId, messageId),
  });
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
