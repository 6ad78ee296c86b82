// One execution run of the bank (iso20022-norway.md §2.5, §3.3 step 3): on a banking day, every
// scheduled payment whose execution date has come is checked once more (accounts may have been
// closed or blocked since), then booked if the debit account has the money. Without funds the
// payment waits (PDNG) and is retried at every run until `fundsRetryBankingDays` banking days have
// passed since the first miss, then rejected with AM04 ([I]). Payments run in the order they were
// scheduled, so an earlier payment gets the money first. Pure: the caller passes the time.
import { osloIso } from '../norway/oslo-time.ts';
import { validateKid, validateKidForAgreement } from '../norway/kid.ts';
import { validateAccountNumber } from '../norway/account-number.ts';
import { validateIban } from '../norway/iban.ts';
import type { BankSettings } from './bank-settings.ts';
import type { BankState } from './bank-state.ts';
import type { BankingCalendar } from './banking-calendar.ts';
import type { Booking } from './ledger.ts';
import type { ScheduledPayment } from './scheduled-payment.ts';

export interface ExecutionContext {
  now: Date;
  calendar: BankingCalendar;
  settings: BankSettings;
}

export interface ExecutionResult {
  /** The Oslo date of the run. */
  date: string;
  booked: Array<{ payment: ScheduledPayment; debit: Booking; credit: Booking }>;
  /** Payments that found no money for the first time (now PDNG). */
  awaitingFunds: ScheduledPayment[];
  rejected: ScheduledPayment[];
}

/** The reason a due payment cannot be booked whatever the balance, if any. */
function accountProblem(state: BankState, payment: ScheduledPayment): string | undefined {
  const { instruction } = payment;
  const debtor = state.ledger.getAccount(instruction.fromAccount);
  if (!debtor) return 'AC02';
  if (debtor.status === 'closed') return 'AC05';
  if (debtor.status === 'blocked') return 'AC06';
  const creditor = state.ledger.getAccount(instruction.toAccount);
  if (creditor?.status === 'closed') return 'AC04';
  if (creditor?.status === 'blocked') return 'AC06';
  if (payment.origin.kind === 'file') return undefined;
  // A ledger-port transfer was not validated on receipt like a pain.001: check it here (§2.3, §5.1).
  if (!creditor) {
    const valid = /^[A-Z]{2}/i.test(instruction.toAccount)
      ? validateIban(instruction.toAccount).valid
      : validateAccountNumber(instruction.toAccount).valid;
    if (!valid) return 'AC03';
  }
  // The KID of an eFaktura was checked by MPS against the issuer's KID set-up, and accounts opened
  // through ensureAccount carry no KID definitions: only a KID agreement the account does have binds.
  for (const kid of instruction.kids) {
    const definitions = creditor?.kidDefinitions ?? [];
    const result = definitions.length > 0 ? validateKidForAgreement(kid, definitions) : validateKid(kid);
    if (!result.valid) return 'RR09';
  }
  return undefined;
}

function reject(
  state: BankState,
  payment: ScheduledPayment,
  reasonCode: string,
  result: ExecutionResult,
): void {
  payment.state = 'rejected';
  payment.reasonCode = reasonCode;
  state.openPayments.delete(payment.id);
  result.rejected.push(payment);
}

export function runExecution(state: BankState, context: ExecutionContext): ExecutionResult {
  const bookedAt = osloIso(context.now);
  const date = bookedAt.slice(0, 10);
  const result: ExecutionResult = { date, booked: [], awaitingFunds: [], rejected: [] };
  if (!context.calendar.isBankingDay(date)) return result;

  for (const payment of [...state.openPayments.values()]) {
    if (payment.executionDate > date) continue;
    const problem = accountProblem(state, payment);
    if (problem) {
      reject(state, payment, problem, result);
      continue;
    }
    if (payment.forceInsufficientFunds) {
      reject(state, payment, 'AM04', result);
      continue;
    }
    const debtor = state.ledger.getAccount(payment.instruction.fromAccount);
    if (debtor && debtor.balanceOre >= payment.instruction.amountOre) {
      const { debit, credit } = state.ledger.transfer(
        payment.instruction,
        { bookingDate: date, bookedAt },
        () => state.nextReference(),
      );
      payment.state = 'booked';
      payment.bookingDate = date;
      payment.debitReference = debit.reference;
      state.openPayments.delete(payment.id);
      result.booked.push({ payment, debit, credit });
      continue;
    }
    if (payment.fundsMissingSince === undefined) {
      payment.fundsMissingSince = date;
      payment.state = 'awaiting-funds';
      result.awaitingFunds.push(payment);
    }
    const triedDays = context.calendar.bankingDaysBetween(payment.fundsMissingSince, date) + 1;
    if (triedDays > context.settings.fundsRetryBankingDays) reject(state, payment, 'AM04', result);
  }
  return result;
}
