// Everything one tenant's simulated bank holds (ARCHITECTURE.md §3: state lives per tenant, behind
// the tenant's store, never in module globals): the ledger, customer agreements, received payment
// files, the payments waiting for execution, and every document the bank has written, each with a
// sequence number so clients can poll with `since=`.
import { Ledger } from './ledger.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { PaymentFileRecord } from './payment-file.ts';
import type { ScheduledPayment } from './scheduled-payment.ts';
import type { Pain002Report, GroupStatus } from '../iso20022/pain002-model.ts';
import type { Camt054Document } from '../iso20022/camt-model.ts';

export interface StoredStatusReport {
  id: string;
  seq: number;
  fileId: string;
  customerId: string;
  /** ISO with offset. */
  createdAt: string;
  /** Why it was written: on receipt, after business validation, or later progress. */
  stage: 'receipt' | 'validation' | 'approval' | 'execution';
  groupStatus?: GroupStatus;
  report: Pain002Report;
  /** The written XML, filled on first read. */
  xml?: string;
}

export interface StoredNotification {
  id: string;
  seq: number;
  /** The account notified (BBAN). */
  account: string;
  direction: 'debit' | 'credit';
  createdAt: string;
  bookingDate: string;
  entryCount: number;
  document: Camt054Document;
  /** The written XML, filled on first read. */
  xml?: string;
}

export class BankState {
  readonly ledger = new Ledger();
  readonly agreements = new Map<string, CustomerAgreement>();
  readonly files = new Map<string, PaymentFileRecord>();
  readonly statusReports = new Map<string, StoredStatusReport>();
  readonly notifications = new Map<string, StoredNotification>();
  /** Payments not yet booked, rejected or cancelled, in the order they were scheduled. */
  readonly openPayments = new Map<string, ScheduledPayment>();
  /** Every payment ever scheduled (ledger-port transfers are looked up here). */
  readonly payments = new Map<string, ScheduledPayment>();
  private readonly messageIds = new Map<string, Set<string>>();
  private sequence = 0;
  private referenceCounter = 0;

  nextSeq(): number {
    this.sequence += 1;
    return this.sequence;
  }

  /** The bank's archive reference for a booking (AcctSvcrRef): 11 digits, like Norwegian banks'. */
  nextReference(): string {
    this.referenceCounter += 1;
    return `5${String(this.referenceCounter).padStart(10, '0')}`;
  }

  isMessageIdUsed(customerId: string, messageId: string): boolean {
    return this.messageIds.get(customerId)?.has(messageId) ?? false;
  }

  useMessageId(customerId: string, messageId: string): void {
    let used = this.messageIds.get(customerId);
    if (!used) {
      used = new Set();
      this.messageIds.set(customerId, used);
    }
    used.add(messageId);
  }

  schedule(payment: ScheduledPayment): void {
    this.payments.set(payment.id, payment);
    this.openPayments.set(payment.id, payment);
  }

  /** The customer agreements that include an account. */
  agreementsWithAccount(bban: string): CustomerAgreement[] {
    return [...this.agreements.values()].filter((agreement) => agreement.accounts.includes(bban));
  }
}
