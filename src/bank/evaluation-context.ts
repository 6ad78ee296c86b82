// What the rule pass needs to know besides the file and the agreement: the time, the calendar, the
// settings, the bank's books and who approved the upload. Everything is passed in (src/ reads no
// clock, ARCHITECTURE.md §2).
import type { BankSettings } from './bank-settings.ts';
import type { BankingCalendar } from './banking-calendar.ts';
import type { Ledger } from './ledger.ts';

export interface EvaluationContext {
  /** The moment the file arrived. */
  now: Date;
  calendar: BankingCalendar;
  settings: BankSettings;
  /** The bank's accounts (read only during evaluation). */
  ledger: Ledger;
  /** Whether this agreement has already had a file with this MsgId accepted (DU01). */
  isMessageIdUsed: (messageId: string) => boolean;
  /** `X-Approved-By` user ids, distinct (RGB, iso20022-norway.md §6). */
  approvers: readonly string[];
}
