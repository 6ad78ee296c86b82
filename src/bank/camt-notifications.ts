// camt.054 debit and credit notifications for the bookings of one execution run
// (iso20022-norway.md §4.1, §4.2: Bits names both uses, CustomerDebitNotification for executed
// outgoing payments and CustomerCreditNotification for incoming ones, KID payments included).
// One document per account and direction, one Ntry per booking with one TxDtls carrying the
// EndToEndId, the bank's archive reference, the counterparty and the KID as Strd/CdtrRefInf SCOR
// (§4.3). The external clearing account (other banks) gets no notification.
import { EXTERNAL_CLEARING_ACCOUNT } from './ledger.ts';
import type { Booking, Ledger } from './ledger.ts';
import type { CamtMessageVersion, CustomerAgreement } from './customer-agreement.ts';
import type { Camt054Document, CamtAccountId, CamtEntry } from '../iso20022/camt-model.ts';

export interface NotificationDraft {
  account: string;
  direction: 'debit' | 'credit';
  bookingDate: string;
  document: Camt054Document;
}

/** An account as camt shows a counterparty: a BBAN (11 digits) or an IBAN. */
export function camtAccountId(account: string | undefined): CamtAccountId | undefined {
  if (account === undefined || account === EXTERNAL_CLEARING_ACCOUNT) return undefined;
  return /^[0-9]{11}$/.test(account) ? { bban: account } : { iban: account };
}

/** A booking as a camt Ntry (shared by camt.054 and camt.053). */
export function bookingEntry(booking: Booking): CamtEntry {
  const counterparty = camtAccountId(booking.counterparty.account);
  const credit = booking.direction === 'CRDT';
  return {
    amountOre: booking.amountOre,
    currency: booking.currency,
    creditDebit: booking.direction,
    status: 'BOOK',
    bookingDate: booking.bookingDate,
    valueDate: booking.bookingDate,
    accountServicerReference: booking.reference,
    transactions: [
      {
        endToEndId: booking.endToEndId,
        instructionId: booking.instructionId,
        accountServicerReference: booking.reference,
        amountOre: booking.amountOre,
        currency: booking.currency,
        ...(credit
          ? { debtorName: booking.counterparty.name, debtorAccount: counterparty }
          : { creditorName: booking.counterparty.name, creditorAccount: counterparty }),
        remittance:
          booking.kids.length > 0
            ? { kids: booking.kids }
            : booking.unstructured.length > 0
              ? { unstructured: booking.unstructured }
              : undefined,
      },
    ],
  };
}

/** The camt version for an account: that of the first agreement holding it, else .001.02. */
export function camtVersionFor(agreements: readonly CustomerAgreement[]): CamtMessageVersion {
  return agreements[0]?.messageVersion ?? '02';
}

export function notificationDrafts(
  bookings: readonly Booking[],
  ledger: Ledger,
  agreementsFor: (bban: string) => CustomerAgreement[],
  header: { creationDateTime: string; nextMessageId: () => string },
): NotificationDraft[] {
  const groups = new Map<string, Booking[]>();
  for (const booking of bookings) {
    if (booking.account === EXTERNAL_CLEARING_ACCOUNT) continue;
    const key = `${booking.account}\u0000${booking.direction}`;
    const list = groups.get(key);
    if (list) list.push(booking);
    else groups.set(key, [booking]);
  }
  const drafts: NotificationDraft[] = [];
  for (const list of groups.values()) {
    const first = list[0] as Booking;
    const account = ledger.getAccount(first.account);
    const agreements = agreementsFor(first.account);
    const messageId = header.nextMessageId();
    drafts.push({
      account: first.account,
      direction: first.direction === 'CRDT' ? 'credit' : 'debit',
      bookingDate: first.bookingDate,
      document: {
        messageNameId: camtVersionFor(agreements) === '08' ? 'camt.054.001.08' : 'camt.054.001.02',
        messageId,
        creationDateTime: header.creationDateTime,
        recipientName: account?.owner.name,
        recipientCustomerId: agreements[0]?.customerId,
        notifications: [
          {
            id: `${messageId}-1`,
            creationDateTime: header.creationDateTime,
            account: {
              bban: first.account,
              currency: account?.currency ?? first.currency,
              ownerName: account?.owner.name,
            },
            entries: list.map(bookingEntry),
          },
        ],
      },
    });
  }
  return drafts;
}
