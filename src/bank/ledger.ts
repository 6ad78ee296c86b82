// The bank's books: accounts held in the simulated bank, and every booking on them. Money moves
// only by `transfer`, which debits one account and credits another by the same amount, so the sum
// of all balances (the external clearing account included) never changes (ARCHITECTURE.md §5.5;
// proven by a property test). Payments to accounts in other banks are credited to the external
// clearing account: the money leaves the simulated bank but stays on the books.
// Set-up (`putAccount`) may change a balance; that is recorded as an adjustment, never a booking.
import type { BankAccount } from './bank-account.ts';

/** The clearing account that stands for every other bank (never shown to customers). */
export const EXTERNAL_CLEARING_ACCOUNT = 'EXTERNAL-CLEARING';

export type CreditDebit = 'CRDT' | 'DBIT';

/** The other side of a booking, as a camt.054 RltdPties shows it. */
export interface Counterparty {
  name?: string;
  /** BBAN, IBAN (another bank) or undefined. */
  account?: string;
}

export interface Booking {
  /** The bank's archive reference (AcctSvcrRef), unique per booking. */
  reference: string;
  /** Shared by the debit and the credit of one transfer. */
  transferId: string;
  account: string;
  direction: CreditDebit;
  amountOre: number;
  currency: string;
  bookingDate: string;
  /** ISO instant with offset. */
  bookedAt: string;
  counterparty: Counterparty;
  endToEndId: string;
  instructionId?: string;
  /** KIDs (Strd/CdtrRefInf SCOR) carried to the creditor. */
  kids: string[];
  unstructured: string[];
}

export interface TransferInstruction {
  transferId: string;
  fromAccount: string;
  /** A BBAN held in the bank, or any account elsewhere (credited to the clearing account). */
  toAccount: string;
  amountOre: number;
  currency: string;
  debtorName?: string;
  creditorName?: string;
  endToEndId: string;
  instructionId?: string;
  kids: string[];
  unstructured: string[];
}

interface Adjustment {
  account: string;
  amountOre: number;
  date: string;
}

export class Ledger {
  private readonly accounts = new Map<string, BankAccount>();
  private clearingBalanceOre = 0;
  private readonly bookingsByAccount = new Map<string, Booking[]>();
  private readonly adjustmentsByAccount = new Map<string, Adjustment[]>();

  getAccount(bban: string): BankAccount | undefined {
    return this.accounts.get(bban);
  }

  holds(bban: string): boolean {
    return this.accounts.has(bban);
  }

  listAccounts(): BankAccount[] {
    return [...this.accounts.values()];
  }

  /** Creates or replaces an account's set-up; a balance change is an adjustment dated `date`. */
  putAccount(account: BankAccount, date: string): BankAccount {
    const previous = this.accounts.get(account.bban);
    const delta = account.balanceOre - (previous?.balanceOre ?? 0);
    if (delta !== 0)
      this.listOf(this.adjustmentsByAccount, account.bban).push({
        account: account.bban,
        amountOre: delta,
        date,
      });
    const stored: BankAccount = { ...account, kidDefinitions: [...account.kidDefinitions] };
    this.accounts.set(account.bban, stored);
    return stored;
  }

  /** Replaces the KID definitions of an account held in the bank. */
  setKidDefinitions(bban: string, definitions: BankAccount['kidDefinitions']): boolean {
    const account = this.accounts.get(bban);
    if (!account) return false;
    account.kidDefinitions = [...definitions];
    return true;
  }

  clearingBalance(): number {
    return this.clearingBalanceOre;
  }

  /** Sum of every balance, the external clearing account included (the conserved quantity). */
  totalOre(): number {
    let total = this.clearingBalanceOre;
    for (const account of this.accounts.values()) total += account.balanceOre;
    return total;
  }

  /**
   * Moves money; the caller has checked funds and account status. Returns the two bookings (the
   * credit of an external payment is on the clearing account).
   */
  transfer(
    instruction: TransferInstruction,
    when: { bookingDate: string; bookedAt: string },
    nextReference: () => string,
  ): { debit: Booking; credit: Booking } {
    const from = this.accounts.get(instruction.fromAccount);
    if (!from)
      throw new LedgerError(`transfer from ${instruction.fromAccount}, which the bank does not hold`);
    if (!Number.isSafeInteger(instruction.amountOre) || instruction.amountOre <= 0) {
      throw new LedgerError(`transfer of ${instruction.amountOre} øre: amounts are positive whole øre`);
    }
    const to = this.accounts.get(instruction.toAccount);
    from.balanceOre -= instruction.amountOre;
    if (to) to.balanceOre += instruction.amountOre;
    else this.clearingBalanceOre += instruction.amountOre;

    const common = {
      transferId: instruction.transferId,
      amountOre: instruction.amountOre,
      currency: instruction.currency,
      bookingDate: when.bookingDate,
      bookedAt: when.bookedAt,
      endToEndId: instruction.endToEndId,
      instructionId: instruction.instructionId,
      kids: instruction.kids,
      unstructured: instruction.unstructured,
    };
    const debit: Booking = {
      ...common,
      reference: nextReference(),
      account: from.bban,
      direction: 'DBIT',
      counterparty: { name: instruction.creditorName, account: instruction.toAccount },
    };
    const credit: Booking = {
      ...common,
      reference: nextReference(),
      account: to ? to.bban : EXTERNAL_CLEARING_ACCOUNT,
      direction: 'CRDT',
      counterparty: { name: instruction.debtorName ?? from.owner.name, account: from.bban },
    };
    this.listOf(this.bookingsByAccount, debit.account).push(debit);
    this.listOf(this.bookingsByAccount, credit.account).push(credit);
    return { debit, credit };
  }

  /** Bookings of an account, oldest first. */
  bookings(bban: string): readonly Booking[] {
    return this.bookingsByAccount.get(bban) ?? [];
  }

  /** Bookings of an account on one booking date. */
  bookingsOn(bban: string, date: string): Booking[] {
    return this.bookings(bban).filter((booking) => booking.bookingDate === date);
  }

  /** The balance at the end of `date` (bookings and set-up adjustments up to and including it). */
  balanceAtEndOf(bban: string, date: string): number {
    let balance = 0;
    for (const adjustment of this.adjustmentsByAccount.get(bban) ?? []) {
      if (adjustment.date <= date) balance += adjustment.amountOre;
    }
    for (const booking of this.bookings(bban)) {
      if (booking.bookingDate <= date)
        balance += booking.direction === 'CRDT' ? booking.amountOre : -booking.amountOre;
    }
    return balance;
  }

  private listOf<T>(map: Map<string, T[]>, key: string): T[] {
    let list = map.get(key);
    if (!list) {
      list = [];
      map.set(key, list);
    }
    return list;
  }
}

/** A bug in the bench: the ledger was asked for something its callers must have ruled out. */
export class LedgerError extends Error {
  constructor(message: string) {
    super(`bench bug in the ledger: ${message}`);
    this.name = 'LedgerError';
  }
}
