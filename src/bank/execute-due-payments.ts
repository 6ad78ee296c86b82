// An execution run and everything that follows from it (iso20022-norway.md §3.3 step 3, §4;
// ARCHITECTURE.md §5.5): the file transactions it touched change status (ACSC, PDNG for missing
// funds, RJCT), each file gets one pain.002 naming them, every booked account gets its camt.054
// (debit notification for the payer, credit notification with the KID for the payee), and
// ledger-port transfers hear how they ended.
import { osloIso } from '../norway/oslo-time.ts';
import { runExecution } from './execution-run.ts';
import { notificationDrafts } from './camt-notifications.ts';
import { progressReport } from './status-reports.ts';
import { storeStatusReport } from './status-report-store.ts';
import { isBankReasonCode } from './bank-reason-codes.ts';
import type { NextId } from './bank-ids.ts';
import type { BankState, StoredNotification, StoredStatusReport } from './bank-state.ts';
import type { ExecutionContext, ExecutionResult } from './execution-run.ts';
import type { Finding } from './finding.ts';
import type { PaymentFileRecord, TransactionRecord } from './payment-file.ts';
import type { ScheduledPayment, SettlementOutcome } from './scheduled-payment.ts';

export interface ExecutionStep {
  run: ExecutionResult;
  reports: StoredStatusReport[];
  notifications: StoredNotification[];
}

const REJECTION_TEXT: Record<string, (payment: ScheduledPayment) => string> = {
  AM04: (p) => `Insufficient funds on ${p.instruction.fromAccount}; the payment was not executed`,
  AC02: (p) => `Debit account ${p.instruction.fromAccount} is not held in the bank`,
  AC05: (p) => `Debit account ${p.instruction.fromAccount} is closed`,
  AC06: (p) => `Account ${p.instruction.fromAccount} or ${p.instruction.toAccount} is blocked`,
  AC04: (p) => `Creditor account ${p.instruction.toAccount} is closed`,
  AC03: (p) => `Creditor account ${p.instruction.toAccount} is invalid or has no KID agreement`,
  RR09: (p) => `KID ${p.instruction.kids.join(', ')} does not fit the creditor's KID agreement`,
};

function executionFinding(
  payment: ScheduledPayment,
  tx: TransactionRecord,
  reason: string,
  text: string,
): Finding | undefined {
  if (!isBankReasonCode(reason)) return undefined;
  return { reason, level: 'transaction', path: tx.path, value: tx.endToEndId, line: tx.line, text };
}

function fileTransaction(
  state: BankState,
  payment: ScheduledPayment,
): { file: PaymentFileRecord; tx: TransactionRecord } | undefined {
  if (payment.origin.kind !== 'file') return undefined;
  const file = state.files.get(payment.origin.fileId);
  const tx = file?.payments[payment.origin.paymentIndex]?.transactions[payment.origin.transactionIndex];
  return file && tx ? { file, tx } : undefined;
}

export function executeDuePayments(
  state: BankState,
  context: ExecutionContext & { nextId: NextId },
): ExecutionStep {
  const run = runExecution(state, context);
  const now = osloIso(context.now);
  const changedByFile = new Map<PaymentFileRecord, Set<TransactionRecord>>();
  const outcomes: Array<[ScheduledPayment, SettlementOutcome]> = [];
  const touch = (file: PaymentFileRecord, tx: TransactionRecord): void => {
    const set = changedByFile.get(file) ?? new Set<TransactionRecord>();
    set.add(tx);
    changedByFile.set(file, set);
  };

  for (const { payment, debit } of run.booked) {
    outcomes.push([payment, { status: 'BOOKED', bookingDate: run.date }]);
    const found = fileTransaction(state, payment);
    if (!found) continue;
    Object.assign(found.tx, { status: 'ACSC', reasons: [], pendingReason: undefined });
    found.tx.bookingDate = run.date;
    found.tx.accountServicerReference = debit.reference;
    found.tx.settledAt = now;
    touch(found.file, found.tx);
  }
  for (const payment of run.awaitingFunds) {
    const found = fileTransaction(state, payment);
    if (!found || payment.state === 'rejected') continue;
    const last = context.calendar.addBankingDays(run.date, context.settings.fundsRetryBankingDays - 1);
    const finding = executionFinding(
      payment,
      found.tx,
      'AM04',
      `Insufficient funds on ${payment.instruction.fromAccount}; the bank retries until ${last}`,
    );
    found.tx.status = 'PDNG';
    found.tx.pendingReason = 'funds';
    found.tx.reasons = finding ? [finding] : [];
    touch(found.file, found.tx);
  }
  for (const payment of run.rejected) {
    const reason = payment.reasonCode ?? 'AM04';
    outcomes.push([payment, { status: 'REJECTED', reasonCode: reason }]);
    const found = fileTransaction(state, payment);
    if (!found) continue;
    const finding = executionFinding(
      payment,
      found.tx,
      reason,
      (REJECTION_TEXT[reason] ?? (() => 'Rejected at execution'))(payment),
    );
    Object.assign(found.tx, { status: 'RJCT', pendingReason: undefined, reasons: finding ? [finding] : [] });
    touch(found.file, found.tx);
  }

  const reports = [...changedByFile].map(([file, changed]) =>
    storeStatusReport(
      state,
      file,
      'execution',
      progressReport(file, changed, { messageId: context.nextId('pain002'), creationDateTime: now }),
    ),
  );
  const bookings = run.booked.flatMap(({ debit, credit }) => [debit, credit]);
  const drafts = notificationDrafts(bookings, state.ledger, (bban) => state.agreementsWithAccount(bban), {
    creationDateTime: now,
    nextMessageId: () => context.nextId('camt054'),
  });
  const notifications = drafts.map((draft): StoredNotification => {
    const stored: StoredNotification = {
      id: draft.document.messageId,
      seq: state.nextSeq(),
      account: draft.account,
      direction: draft.direction,
      createdAt: now,
      bookingDate: draft.bookingDate,
      entryCount: draft.document.notifications[0]?.entries.length ?? 0,
      document: draft.document,
    };
    state.notifications.set(stored.id, stored);
    return stored;
  });

  // Callbacks run last, on a consistent bank; a failing one must not hide the others.
  const errors: unknown[] = [];
  for (const [payment, outcome] of outcomes) {
    try {
      payment.onSettled?.(outcome);
    } catch (error) {
      errors.push(error);
    }
  }
  if (errors.length > 0) throw errors[0];
  return { run, reports, notifications };
}
