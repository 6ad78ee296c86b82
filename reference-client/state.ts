// Everything the reference client remembers, in one plain object per client (the in-process driver
// keeps one per tenant, in the tenant's store). Dropped by POST /driver/v1/reset.
import type { Customer } from './issuer/customer.ts';
import type { EfakturaAgreement } from './issuer/agreement.ts';
import type { EfakturaSend, Invoice } from './issuer/invoice.ts';
import type { Subscription } from './issuer/subscription.ts';
import type { Payable } from './remittance/payable.ts';

export interface TrackedShipment {
  shipmentId: string;
  transactionIds: string[];
  status: 'IN_PROGRESS' | 'PROCESSED' | 'STOPPED';
  submittedAt: string;
  polls: number;
  /** Virtual ms before which the shipment is not polled again (back-off). */
  nextPollAtMs: number;
}

/** What an eFaktura transaction id stands for. */
export interface TrackedTransaction {
  invoiceNumber: string;
  kind: 'invoice' | 'reminder';
  shipmentId: string;
  /** The send record (for an invoice it is also `invoice.efaktura`). */
  send: EfakturaSend;
}

export interface PaymentFile {
  fileId: string | undefined;
  messageId: string;
  sentAt: string;
  /** EndToEndId → the payables it pays (a settlement pays several). */
  payablesByEndToEndId: Map<string, string[]>;
  /** PmtInfId → the EndToEndIds in it. */
  endToEndIdsByPmtInf: Map<string, string[]>;
}

export interface IssuerState {
  customers: Map<string, Customer>;
  kidParts: Set<string>;
  /** Invoices issued per customer (the KID counter). */
  kidCounters: Map<string, number>;
  subscriptions: Map<string, Subscription>;
  agreements: Map<string, EfakturaAgreement>;
  /** Why a customer has no agreement (last scan or rejection). */
  noAgreementReasons: Map<string, string>;
  /** eFaktura identifiers that reserved against the issuer (GET .../blacklist). */
  blacklist: Set<string>;
  blacklistSince: string | undefined;
  invoices: Map<string, Invoice>;
  invoiceSeq: number;
  shipments: Map<string, TrackedShipment>;
  transactions: Map<string, TrackedTransaction>;
  processedNotifications: Set<string>;
  paymentReferences: Set<string>;
  notificationCursor: string | undefined;
  /** The key that may read the issuer account's camt.054 (the agreement's, or the tenant's). */
  notificationKey: string | undefined;
}

export interface RemittanceState {
  payables: Map<string, Payable>;
  files: Map<string, PaymentFile>;
  processedReports: Set<string>;
  reportCursor: string | undefined;
  runs: number;
}

export interface ClientState {
  issuer: IssuerState;
  remittance: RemittanceState;
}

export function createState(): ClientState {
  return {
    issuer: {
      customers: new Map(),
      kidParts: new Set(),
      kidCounters: new Map(),
      subscriptions: new Map(),
      agreements: new Map(),
      noAgreementReasons: new Map(),
      blacklist: new Set(),
      blacklistSince: undefined,
      invoices: new Map(),
      invoiceSeq: 0,
      shipments: new Map(),
      transactions: new Map(),
      processedNotifications: new Set(),
      paymentReferences: new Set(),
      notificationCursor: undefined,
      notificationKey: undefined,
    },
    remittance: {
      payables: new Map(),
      files: new Map(),
      processedReports: new Set(),
      reportCursor: undefined,
      runs: 0,
    },
  };
}
