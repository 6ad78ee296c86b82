// What the bank keeps of a received pain.001: each payment block and transaction with its status
// and reasons, as the JSON status view (`GET /payment-files/{fileId}`) and later pain.002 reports
// show them. Status codes are the ISO ones (iso20022-norway.md §3.2).
import type { Finding } from './finding.ts';
import type { Pain001MessageId } from '../iso20022/pain001-model.ts';

/** A transaction's status: RJCT, accepted (ACSP, ACWC with a changed date), PDNG, booked (ACSC). */
export type TransactionState = 'RJCT' | 'ACSP' | 'ACWC' | 'PDNG' | 'ACSC';

/** Why a transaction is PDNG. */
export type PendingReason = 'approval' | 'funds';

export interface TransactionRecord {
  path: string;
  line: number;
  endToEndId: string;
  instructionId?: string;
  uetr?: string;
  amountText: string;
  amountOre?: number;
  currency: string;
  creditorName?: string;
  /** Creditor account as written (`Othr/Id` or IBAN). */
  creditorAccountWritten?: string;
  creditorAccountIsIban: boolean;
  /** The BBAN, or a foreign IBAN, when valid. */
  creditorAccount?: string;
  /** The simulated bank holds the creditor account. */
  creditorHeld: boolean;
  kids: string[];
  unstructured: string[];
  status: TransactionState;
  /** The reasons behind the current status (DT06 on an ACWC, the rejection's codes on an RJCT). */
  reasons: Finding[];
  pendingReason?: PendingReason;
  /** EndToEndId TRIGGER-AM04: rejected for missing funds at the first execution attempt. */
  forceInsufficientFunds?: boolean;
  /** ScheduledPayment id while accepted. */
  scheduledPaymentId?: string;
  bookingDate?: string;
  accountServicerReference?: string;
  /** The time the status became final (ACSC), ISO with offset. */
  settledAt?: string;
}

export interface PaymentRecord {
  path: string;
  line: number;
  paymentInformationId: string;
  numberOfTransactionsText?: string;
  controlSumText?: string;
  debtorName?: string;
  /** Debit account as written. */
  debtorAccountWritten: string;
  debtorAccountIsIban: boolean;
  /** Its BBAN, when valid. */
  debtorAccount?: string;
  requestedExecutionDate: string;
  /** After a DT06 roll-forward; equals the requested date otherwise. */
  executionDate: string;
  /** Payment-level reasons (AC02, AG01, AG08, DT05, CH03, TM01, AM18/AM10 of the block). */
  reasons: Finding[];
  /** Users who approved it: RGB approvers on receipt, or netbank approvals (RGB off). */
  approvedBy: string[];
  /** RGB off: waiting in the netbank for approval. */
  awaitingApproval: boolean;
  transactions: TransactionRecord[];
}

export interface PaymentFileRecord {
  fileId: string;
  customerId: string;
  messageId: string;
  messageNameId: Pain001MessageId;
  creationDateTime?: string;
  numberOfTransactionsText?: string;
  controlSumText?: string;
  /** ISO with offset. */
  receivedAt: string;
  /** RJCT when the file was rejected as a whole (schema, group checks, or granularity 'file'). */
  groupRejected: boolean;
  groupReasons: Finding[];
  payments: PaymentRecord[];
  /** Ids of the pain.002 reports written for it, oldest first. */
  statusReportIds: string[];
  /** The approvers named in X-Approved-By on upload. */
  uploadApprovers: string[];
}
