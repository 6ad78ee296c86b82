// camt.053 day statement of one account (iso20022-norway.md §4.1, §4.2): Stmt Id `<BBAN>.<yyyymmdd>`
// (SpareBank 1 shape, S28), OPBD = the balance at the end of the previous day, CLBD = at the end of
// the date, and the day's bookings as entries. Set-up changes of a balance (PUT /accounts) are not
// bookings: one made on the date is folded into OPBD, so CLBD = OPBD + credits − debits holds.
import { addDays } from '../norway/oslo-time.ts';
import { bookingEntry, camtVersionFor } from './camt-notifications.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { Ledger } from './ledger.ts';
import type { Camt053Document } from '../iso20022/camt-model.ts';
import { statementId } from '../iso20022/camt-model.ts';

export function dayStatement(
  ledger: Ledger,
  bban: string,
  date: string,
  agreements: readonly CustomerAgreement[],
  header: { messageId: string; creationDateTime: string },
): Camt053Document | undefined {
  const account = ledger.getAccount(bban);
  if (!account) return undefined;
  const bookings = ledger.bookingsOn(bban, date);
  const opening = ledger.balanceAtEndOf(bban, addDays(date, -1));
  const movements = bookings.reduce(
    (sum, b) => sum + (b.direction === 'CRDT' ? b.amountOre : -b.amountOre),
    0,
  );
  const closingFromBookings = opening + movements;
  const closing = ledger.balanceAtEndOf(bban, date);
  // A set-up change on the date is folded into the opening balance, so CLBD = OPBD ± entries holds.
  const adjustedOpening = opening + (closing - closingFromBookings);
  return {
    messageNameId: camtVersionFor(agreements) === '08' ? 'camt.053.001.08' : 'camt.053.001.02',
    messageId: header.messageId,
    creationDateTime: header.creationDateTime,
    recipientName: account.owner.name,
    recipientCustomerId: agreements[0]?.customerId,
    statements: [
      {
        id: statementId(bban, date),
        creationDateTime: header.creationDateTime,
        date,
        account: { bban, currency: account.currency, ownerName: account.owner.name },
        openingBalanceOre: adjustedOpening,
        closingBalanceOre: closing,
        entries: bookings.map(bookingEntry),
      },
    ],
  };
}
