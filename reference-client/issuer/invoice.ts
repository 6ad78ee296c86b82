// The issuer's invoices and how each one went out. Every invoice goes out by exactly one channel
// at a time; a fallback (eFaktura rejected, or not approved in time) moves it to the next channel
// and is recorded in `channelHistory`, so no invoice is ever lost (efaktura-b2c.md §7.4–§7.7).

export type Channel = 'efaktura' | 'email' | 'print';

export type InvoiceStatus =
  /** Sent as eFaktura; MPS has not validated the shipment yet. */
  | 'sending'
  /** Delivered by its channel (e-mail or print sent, eFaktura in the online bank). */
  | 'sent'
  | 'partially-paid'
  | 'paid';

export type EfakturaState =
  | 'IN_PROGRESS'
  | 'DELIVERED'
  | 'APPROVED'
  | 'PAID'
  | 'REJECTED'
  | 'DELETED'
  | 'CANCELLED'
  | 'EXPIRED'
  | 'UNKNOWN';

/** One eFaktura transaction the issuer sent (an invoice or a reminder). */
export interface EfakturaSend {
  transactionId: string;
  shipmentId: string;
  documentType: 'INVOICE' | 'REMINDER';
  invoiceNumber: string;
  efakturaIdentifier: string;
  status: EfakturaState;
  reason?: { code: string; message?: string };
  /** When the client learnt it was delivered (MPS's deliveredAt when it says so). */
  deliveredAt?: string;
}

export interface ChannelChange {
  at: string;
  channel: Channel;
  reason: string;
}

export interface Payment {
  /** The dedup key: the bank's AcctSvcrRef, or notification id + entry index. */
  reference: string;
  notificationId: string;
  amount: number;
  bookingDate?: string;
}

export interface Reminder {
  at: string;
  channel: Channel;
  reason: string;
  transactionId?: string;
}

export interface Invoice {
  invoiceNumber: string;
  customerNumber: string;
  subscriptionId?: string;
  period?: string;
  issueDate: string;
  dueDate: string;
  kid: string;
  /** øre */
  amount: number;
  channel: Channel;
  channelHistory: ChannelChange[];
  status: InvoiceStatus;
  paidAmount: number;
  payments: Payment[];
  /** The invoice's eFaktura, while or after it went by eFaktura. */
  efaktura?: EfakturaSend;
  reminders: Reminder[];
  /** Set once the "not approved within N days" check has run for the current eFaktura. */
  approvalChecked?: boolean;
}

export function isOpen(invoice: Invoice): boolean {
  return invoice.status !== 'paid';
}

/** The public view: GET /driver/v1/invoices/{invoiceNumber} (the §5.6 fields first). */
export function invoiceView(invoice: Invoice) {
  return {
    status: invoice.status,
    channel: invoice.channel,
    kid: invoice.kid,
    remindersSent: invoice.reminders.length,
    invoiceNumber: invoice.invoiceNumber,
    customerNumber: invoice.customerNumber,
    amount: invoice.amount,
    paidAmount: invoice.paidAmount,
    dueDate: invoice.dueDate,
    issueDate: invoice.issueDate,
    subscriptionId: invoice.subscriptionId,
    channelHistory: invoice.channelHistory,
    efaktura: invoice.efaktura
      ? {
          transactionId: invoice.efaktura.transactionId,
          shipmentId: invoice.efaktura.shipmentId,
          status: invoice.efaktura.status,
          reason: invoice.efaktura.reason,
          deliveredAt: invoice.efaktura.deliveredAt,
        }
      : undefined,
    reminders: invoice.reminders,
    payments: invoice.payments,
  };
}
