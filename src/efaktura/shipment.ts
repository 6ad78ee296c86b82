// Shipments and their transactions, modelled on the ATG/Kombo addShipment (efaktura-b2c.md §4.2
// [C-part]): a UUID shipmentId, at most 1,000 transactions, each with a UUID transactionId, a
// payment type and a document type. The shipment is IN_PROGRESS until MPS has validated it, then
// PROCESSED, or STOPPED when no transaction could be processed [C]. The per-transaction statuses
// are ours [I] (the eFaktura status list is not public, §4.2 [U]); after delivery they follow the
// consumer's actions in the online bank (§8: Sbanken/Vipps state machines [C]).
import type { DocumentType, PaymentType } from './settings.ts';
import type { RejectionReason } from './rejection-reason.ts';

export type ShipmentStatus = 'IN_PROGRESS' | 'PROCESSED' | 'STOPPED';

export type TransactionStatus =
  | 'IN_PROGRESS'
  | 'REJECTED'
  /** In the consumer's online bank, waiting for approval. */
  | 'DELIVERED'
  /** An AvtaleGiro-only claim: validated, waiting for the payer's bank (§4.2 AvtaleGiro part [C]). */
  | 'PENDING'
  | 'APPROVED'
  | 'PAID'
  | 'DELETED'
  | 'CANCELLED'
  | 'EXPIRED';

/** The AvtaleGiro part of a combined transaction (§6.2 [C]: bank notification J/N, 02 vs 21). */
export interface AvtaleGiroInfo {
  notifyPayer: boolean;
}

/** One transaction of POST /mps/v1/shipments (ARCHITECTURE.md §5.3). */
export interface TransactionInput {
  transactionId: string;
  paymentType: PaymentType;
  documentType: DocumentType;
  invoiceNumber: string;
  efakturaIdentifier?: string;
  efakturaReference?: string;
  nationalId?: string;
  kid?: string;
  /** øre */
  amount: number;
  /** øre; at most `amount` */
  minAmount?: number;
  dueDate: string;
  issuerName?: string;
  accountNumber: string;
  subject?: string;
  avtaleGiro?: AvtaleGiroInfo;
}

export interface ShipmentInput {
  shipmentId: string;
  issuerOrgNumber: string;
  transactions: TransactionInput[];
}

export interface Approval {
  fromAccount: string;
  /** øre */
  amount: number;
  approvedAt: string;
  executionDate: string;
  transferId: string;
}

export interface EfakturaTransaction extends TransactionInput {
  shipmentId: string;
  issuerOrgNumber: string;
  status: TransactionStatus;
  reason: RejectionReason | null;
  receivedAt: string;
  processedAt: string | null;
  /** The person the transaction was delivered to (never "on behalf of": §2.1 [C] S1, S8). */
  recipientNationalId: string | null;
  deliveredAt: string | null;
  approval: Approval | null;
  paidAt: string | null;
  lastPaymentFailure: { reasonCode: string; at: string } | null;
  deletedAt: string | null;
  cancelledAt: string | null;
  expiredAt: string | null;
}

export interface Shipment {
  shipmentId: string;
  issuerOrgNumber: string;
  status: ShipmentStatus;
  receivedAt: string;
  receivedAtMs: number;
  processedAt: string | null;
  cancelledAt: string | null;
  transactionIds: string[];
  /** The clock job that processes it, while IN_PROGRESS. */
  processingJobId: string | null;
}

/** Statuses from which nothing moves any more. */
export const FINAL_TRANSACTION_STATUSES: ReadonlySet<TransactionStatus> = new Set([
  'REJECTED',
  'PAID',
  'DELETED',
  'CANCELLED',
  'EXPIRED',
]);

export function involvesEfaktura(paymentType: PaymentType): boolean {
  return paymentType !== 'AVTALEGIRO';
}

/** AvtaleGiro claims carried in the shipment itself (the EXTERNAL variant travels as a file, §4.2). */
export function carriesAvtaleGiro(paymentType: PaymentType): boolean {
  return paymentType === 'AVTALEGIRO' || paymentType === 'EFAKTURA_AND_AVTALEGIRO';
}

export function involvesAvtaleGiro(paymentType: PaymentType): boolean {
  return paymentType !== 'EFAKTURA';
}
