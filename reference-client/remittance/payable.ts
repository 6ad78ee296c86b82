// Payables: supplier invoices and credit notes the company pays (driver PUT /payables/{id},
// ARCHITECTURE.md §5.6), and their life through payment files and status reports.

export type PayableType = 'invoice' | 'credit-note';

export type PayableStatus =
  /** New or corrected: goes into the next payment run. */
  | 'open'
  /** Cannot be paid yet (e.g. a credit note with nothing to settle against); says why. */
  | 'held'
  /** In a payment file the bank has not reported on yet. */
  | 'sent'
  /** Accepted by the bank (ACTC/ACCP/ACSP/ACWC), waiting for execution. */
  | 'accepted'
  /** PDNG: waiting for funds or netbank approval. */
  | 'pending'
  | 'rejected'
  /** ACSC: settled on the debtor account. */
  | 'paid';

export interface Payable {
  id: string;
  creditorName: string;
  creditorAccount: string;
  /** øre */
  amount: number;
  kid?: string;
  invoiceNumber?: string;
  type: PayableType;
  dueDate: string;
  /** Pay from this account instead of the configured debtor account. */
  debtorAccount?: string;
  /** Bumped by each PUT; a corrected payable goes out with a new EndToEndId. */
  version: number;
  status: PayableStatus;
  reasonCode?: string;
  reason?: string;
  fileId?: string;
  messageId?: string;
  endToEndId?: string;
  history: Array<{ at: string; status: PayableStatus; note: string }>;
}

/** The statuses a PUT may replace: nothing the bank holds or has paid may change underneath it. */
export const CORRECTABLE: ReadonlySet<PayableStatus> = new Set(['open', 'held', 'rejected']);

/** Statuses a payment run picks up. */
export const PAYABLE_NOW: ReadonlySet<PayableStatus> = new Set(['open', 'held']);
