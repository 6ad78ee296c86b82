// Turns the payables due for payment into the payments of one pain.001 (iso20022-norway.md §2):
// - one payment-information block per debtor account and execution date (§2.1, PmtInf);
// - execution dates on banking days: a date in the past becomes the run date, a weekend or
//   holiday the next banking day (§2.5), so the bank never has to move it (DT06) or refuse it;
// - a KID invoice is paid alone with the KID as SCOR, the only information the payee gets (§2.2.1);
// - credit notes are settled against invoices of the same creditor in one payment WITHOUT KID,
//   with structured CINV/CREN references ("KID cannot be used for credit memos", §2.2.1 S26),
//   never with a negative or zero net (§2.2.2 S27), and at most the bank's limit of structured
//   references per payment (§2.2.2, [I] default 25).
import type { MutantName } from '../mutants.ts';
import type { Payable } from './payable.ts';

export interface DocumentReference {
  type: 'CINV' | 'CREN';
  number: string;
  /** øre */
  amount: number;
}

export interface PlannedTransaction {
  creditorName: string;
  creditorAccount: string;
  /** øre (the net for a settlement) */
  amount: number;
  kid?: string;
  references: DocumentReference[];
  payableIds: string[];
}

export interface PlannedPayment {
  debtorAccount: string;
  executionDate: string;
  transactions: PlannedTransaction[];
}

export interface PaymentPlan {
  payments: PlannedPayment[];
  held: Array<{ payableId: string; reason: string }>;
}

export interface PlanOptions {
  runDate: string;
  debtorAccount: string;
  structuredReferenceLimit: number;
  nextBankingDay: (date: string) => string;
  mutant?: MutantName;
}

function single(payable: Payable): PlannedTransaction {
  return {
    creditorName: payable.creditorName,
    creditorAccount: payable.creditorAccount,
    amount: payable.amount,
    // §2.2.1: with a KID the KID is the only reference; otherwise the invoice number as CINV.
    kid: payable.kid,
    references:
      payable.kid === undefined && payable.invoiceNumber !== undefined
        ? [{ type: 'CINV', number: payable.invoiceNumber, amount: payable.amount }]
        : [],
    payableIds: [payable.id],
  };
}

interface Chunk {
  invoices: Payable[];
  notes: Payable[];
  net: number;
}

/** Greedy settlement: each chunk stays within the limit and keeps a positive net. */
function settle(
  invoices: Payable[],
  notes: Payable[],
  limit: number,
): { chunks: Chunk[]; leftover: Payable[] } {
  const openNotes = [...notes].sort((a, b) => b.amount - a.amount || a.id.localeCompare(b.id));
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  for (const invoice of invoices) {
    if (!current || current.invoices.length + current.notes.length >= limit) {
      current = { invoices: [], notes: [], net: 0 };
      chunks.push(current);
    }
    current.invoices.push(invoice);
    current.net += invoice.amount;
    for (let i = 0; i < openNotes.length && current.invoices.length + current.notes.length < limit;) {
      const note = openNotes[i] as Payable;
      if (current.net - note.amount > 0) {
        current.notes.push(note);
        current.net -= note.amount;
        openNotes.splice(i, 1);
      } else i += 1;
    }
  }
  return { chunks, leftover: openNotes };
}

export function planPayments(payables: readonly Payable[], options: PlanOptions): PaymentPlan {
  const held: PaymentPlan['held'] = [];
  const transactions: Array<{ debtorAccount: string; executionDate: string; tx: PlannedTransaction }> = [];
  const executionDate = (dueDate: string): string =>
    options.nextBankingDay(dueDate < options.runDate ? options.runDate : dueDate);

  const byCreditor = new Map<string, Payable[]>();
  for (const payable of payables) {
    const key = `${payable.debtorAccount ?? options.debtorAccount}|${payable.creditorAccount}`;
    byCreditor.set(key, [...(byCreditor.get(key) ?? []), payable]);
  }

  for (const group of byCreditor.values()) {
    const debtorAccount = group[0]?.debtorAccount ?? options.debtorAccount;
    const notes = group.filter((p) => p.type === 'credit-note');
    const invoices = group.filter((p) => p.type === 'invoice');
    const add = (tx: PlannedTransaction, date: string): void => {
      transactions.push({ debtorAccount, executionDate: date, tx });
    };
    if (notes.length === 0) {
      for (const invoice of invoices) add(single(invoice), executionDate(invoice.dueDate));
      continue;
    }
    // Invoices known only by their KID cannot be referenced without it: they are paid alone.
    const nettable = invoices
      .filter((p) => p.invoiceNumber !== undefined)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || b.amount - a.amount || a.id.localeCompare(b.id));
    for (const invoice of invoices.filter((p) => p.invoiceNumber === undefined)) {
      add(single(invoice), executionDate(invoice.dueDate));
    }
    const { chunks, leftover } = settle(nettable, notes, options.structuredReferenceLimit);
    for (const chunk of chunks) {
      const date = executionDate(chunk.invoices[0]?.dueDate ?? options.runDate);
      if (chunk.notes.length === 0) {
        for (const invoice of chunk.invoices) add(single(invoice), executionDate(invoice.dueDate));
        continue;
      }
      const first = chunk.invoices[0] as Payable;
      const tx: PlannedTransaction = {
        creditorName: first.creditorName,
        creditorAccount: first.creditorAccount,
        amount: chunk.net,
        references: [
          ...chunk.invoices.map((p): DocumentReference => ({
            type: 'CINV',
            number: p.invoiceNumber ?? p.id,
            amount: p.amount,
          })),
          ...chunk.notes.map((p): DocumentReference => ({
            type: 'CREN',
            number: p.invoiceNumber ?? p.id,
            amount: p.amount,
          })),
        ],
        payableIds: [...chunk.invoices, ...chunk.notes].map((p) => p.id),
      };
      // MUTANT: credit-note-with-kid — keeps an invoice's KID (SCOR) next to the CREN reference.
      if (options.mutant === 'credit-note-with-kid') tx.kid = chunk.invoices.find((p) => p.kid)?.kid;
      add(tx, date);
    }
    for (const note of leftover) {
      held.push({
        payableId: note.id,
        reason: `credit note ${note.invoiceNumber ?? note.id} (${note.amount} øre) is larger than what is open to ${note.creditorName}: kept until there is an invoice to settle it against (a payment may not be negative, iso20022-norway.md §2.2)`,
      });
    }
  }

  const payments = new Map<string, PlannedPayment>();
  for (const { debtorAccount, executionDate: date, tx } of transactions) {
    const key = `${debtorAccount}|${date}`;
    const payment = payments.get(key) ?? { debtorAccount, executionDate: date, transactions: [] };
    payment.transactions.push(tx);
    payments.set(key, payment);
  }
  return {
    payments: [...payments.values()].sort(
      (a, b) =>
        a.executionDate.localeCompare(b.executionDate) || a.debtorAccount.localeCompare(b.debtorAccount),
    ),
    held,
  };
}
