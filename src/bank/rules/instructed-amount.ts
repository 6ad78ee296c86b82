// CdtTrfTxInf/Amt/InstdAmt (iso20022-norway.md §2.1, §3.4): not representable in whole øre →
// AM12 (amount invalid; the ledger keeps whole øre, ARCHITECTURE.md §4); a currency other than NOK
// → AM03 (domestic agreement); zero → AM01 [I]; above the debit account's amount limit → AM02
// (Aritma: "the transaction amount exceeds the allowed maximum", S41).
import { xsDecimalToOre } from '../exact-decimal.ts';
import type { BankAccount } from '../bank-account.ts';
import type { Finding } from '../finding.ts';
import type { Pain001Transaction } from '../../iso20022/pain001-model.ts';

export interface InstructedAmountCheck {
  /** Whole øre, when the amount is usable. */
  ore?: number;
  currency: string;
  finding?: Finding;
}

export function checkInstructedAmount(
  transaction: Pain001Transaction,
  debtorAccount: BankAccount | undefined,
): InstructedAmountCheck {
  const amount = transaction.amount;
  const path = `${transaction.path}/Amt/InstdAmt`;
  if (!amount) {
    return {
      currency: '',
      finding: {
        reason: 'AM12',
        level: 'transaction',
        path,
        line: transaction.line,
        text: 'InstdAmt is missing',
      },
    };
  }
  const at = { level: 'transaction' as const, path, value: amount.text, line: amount.line };
  const ore = amount.ore ?? xsDecimalToOre(amount.text);
  if (ore === undefined) {
    return {
      currency: amount.currency,
      finding: { ...at, reason: 'AM12', text: `InstdAmt ${amount.text} is not a whole number of øre` },
    };
  }
  if (amount.currency !== 'NOK') {
    return {
      ore,
      currency: amount.currency,
      finding: {
        ...at,
        reason: 'AM03',
        value: amount.currency,
        text: `Currency ${amount.currency} cannot be processed under a domestic NOK agreement`,
      },
    };
  }
  if (ore === 0)
    return { ore, currency: amount.currency, finding: { ...at, reason: 'AM01', text: 'InstdAmt is zero' } };
  const limit = debtorAccount?.amountLimitOre;
  if (limit !== undefined && ore > limit) {
    return {
      ore,
      currency: amount.currency,
      finding: {
        ...at,
        reason: 'AM02',
        text: `InstdAmt ${amount.text} is above the account's limit of ${(limit / 100).toFixed(2)} NOK`,
      },
    };
  }
  return { ore, currency: amount.currency };
}
