// A credit transfer the bank will execute on a banking day (ARCHITECTURE.md §5.5): a transaction
// of an accepted pain.001, or a transfer scheduled through the ledger port (a consumer approving
// an eFaktura in the nettbank). The execution run books it, keeps it waiting for funds (PDNG) or
// rejects it (iso20022-norway.md §3.3 step 3).
import type { TransferInstruction } from './ledger.ts';

export type ScheduledPaymentOrigin =
  { kind: 'file'; fileId: string; paymentIndex: number; transactionIndex: number } | { kind: 'transfer' };

export type ScheduledPaymentState = 'scheduled' | 'awaiting-funds' | 'booked' | 'rejected' | 'cancelled';

export type SettlementOutcome =
  { status: 'BOOKED'; bookingDate: string } | { status: 'REJECTED'; reasonCode: string };

export interface ScheduledPayment {
  /** Also the ledger's transferId. */
  id: string;
  origin: ScheduledPaymentOrigin;
  instruction: TransferInstruction;
  /** The first date the bank may execute it (a banking day, or rolled forward on the day). */
  executionDate: string;
  state: ScheduledPaymentState;
  /** First banking day an attempt found too little money. */
  fundsMissingSince?: string;
  /** EndToEndId TRIGGER-AM04: rejected for missing funds at the first attempt. */
  forceInsufficientFunds?: boolean;
  bookingDate?: string;
  /** The debit booking's archive reference (AcctSvcrRef). */
  debitReference?: string;
  reasonCode?: string;
  /** Told once, when the payment is booked or finally rejected. */
  onSettled?: (outcome: SettlementOutcome) => void;
}
