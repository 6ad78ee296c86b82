// The KID credits in a camt.054 credit notification (iso20022-norway.md §4.1, §4.2): one per
// transaction (TxDtls) with a SCOR creditor reference, with its amount in øre. Read with the ISO
// layer's camt reader (src/iso20022/camt-reader.ts); the notification is the bank's own output.
import { readCamt } from '../../src/iso20022/camt-reader.ts';

export interface KidCredit {
  notificationId: string;
  account: string;
  kid: string;
  amountOre: number | null;
  bookingDate?: string;
  accountServicerReference?: string;
}

export function readKidCredits(xml: string, notificationId: string): KidCredit[] | { error: string } {
  const read = readCamt(xml);
  if (!read.ok) return { error: read.message };
  const credits: KidCredit[] = [];
  for (const entry of read.document.entries) {
    if (entry.creditDebit !== 'CRDT') continue;
    // A batch entry carries one TxDtls per payment; an entry without details is one payment.
    const parts =
      entry.transactions.length > 0
        ? entry.transactions.map((tx) => ({
            kids: tx.kids,
            amountOre: tx.amountOre ?? (entry.transactions.length === 1 ? entry.amountOre : null),
            reference: tx.accountServicerReference ?? entry.accountServicerReference,
          }))
        : [{ kids: entry.kids, amountOre: entry.amountOre, reference: entry.accountServicerReference }];
    for (const part of parts) {
      for (const kid of part.kids) {
        credits.push({
          notificationId,
          account: entry.account,
          kid,
          amountOre: part.amountOre,
          bookingDate: entry.bookingDate,
          accountServicerReference: part.reference,
        });
      }
    }
  }
  return credits;
}
