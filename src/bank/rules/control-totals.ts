// Control totals of a pain.001 (iso20022-norway.md §2.1, CGI rule [I]): NbOfTxs must equal the
// number of CdtTrfTxInf (AM18) and CtrlSum, when present, the sum of InstdAmt (AM10), both in the
// group header (the whole file) and in each PmtInf (its own transactions). A group-level mismatch
// rejects the file; a PmtInf-level one rejects that payment block. Sums are exact (exact-decimal.ts).
import { scaledToText, toScaled } from '../exact-decimal.ts';
import type { Finding, FindingLevel } from '../finding.ts';
import type {
  LocatedAmount,
  LocatedText,
  Pain001Document,
  Pain001Payment,
} from '../../iso20022/pain001-model.ts';

/** Sum of the InstdAmt of a payment block in units of 10⁻⁵ (undefined if an amount is not a decimal). */
export function paymentSum(payment: Pain001Payment): bigint | undefined {
  // The usual case first: every amount in whole øre (the reader's exact `ore`), non-negative, so
  // the Number sum is exact while it stays a safe integer. Anything else takes the bigint path.
  let ore = 0;
  for (const transaction of payment.transactions) {
    const amount = transaction.amount?.ore;
    if (amount === null || amount === undefined) return exactPaymentSum(payment);
    ore += amount;
  }
  return Number.isSafeInteger(ore) ? BigInt(ore) * 1000n : exactPaymentSum(payment);
}

function exactPaymentSum(payment: Pain001Payment): bigint | undefined {
  let sum = 0n;
  for (const transaction of payment.transactions) {
    const scaled = transaction.amount ? toScaled(transaction.amount.text) : undefined;
    if (scaled === undefined) return undefined;
    sum += scaled;
  }
  return sum;
}

function countFinding(
  level: FindingLevel,
  path: string,
  written: LocatedText,
  actual: number,
): Finding | undefined {
  const text = written.value.trim();
  if (/^[0-9]+$/.test(text) && BigInt(text) === BigInt(actual)) return undefined;
  return {
    reason: 'AM18',
    level,
    path: `${path}/NbOfTxs`,
    value: written.value,
    line: written.line,
    text: `NbOfTxs is ${written.value} but ${path === 'GrpHdr' ? 'the file' : path} holds ${actual} CdtTrfTxInf`,
  };
}

function sumFinding(
  level: FindingLevel,
  path: string,
  written: LocatedAmount,
  actual: bigint | undefined,
): Finding | undefined {
  const expected = toScaled(written.text);
  if (expected !== undefined && actual !== undefined && expected === actual) return undefined;
  const actualText = actual === undefined ? 'not computable' : scaledToText(actual);
  return {
    reason: 'AM10',
    level,
    path: `${path}/CtrlSum`,
    value: written.text,
    line: written.line,
    text: `CtrlSum is ${written.text} but the sum of InstdAmt is ${actualText}`,
  };
}

/** Group header totals against the whole file. */
export function checkGroupTotals(
  document: Pain001Document,
  paymentSums: readonly (bigint | undefined)[],
): Finding[] {
  const findings: Finding[] = [];
  const { groupHeader } = document;
  const count = countFinding('group', 'GrpHdr', groupHeader.numberOfTransactions, document.transactionCount);
  if (count) findings.push(count);
  if (groupHeader.controlSum) {
    let total: bigint | undefined = 0n;
    for (const sum of paymentSums) total = total === undefined || sum === undefined ? undefined : total + sum;
    const mismatch = sumFinding('group', 'GrpHdr', groupHeader.controlSum, total);
    if (mismatch) findings.push(mismatch);
  }
  return findings;
}

/** One payment block's own totals (both optional in the XSD). */
export function checkPaymentTotals(payment: Pain001Payment, sum: bigint | undefined): Finding[] {
  const findings: Finding[] = [];
  if (payment.numberOfTransactions) {
    const count = countFinding(
      'payment',
      payment.path,
      payment.numberOfTransactions,
      payment.transactions.length,
    );
    if (count) findings.push(count);
  }
  if (payment.controlSum) {
    const mismatch = sumFinding('payment', payment.path, payment.controlSum, sum);
    if (mismatch) findings.push(mismatch);
  }
  return findings;
}

/** Every control-total finding of a file, computing each block's sum once. */
export function checkControlTotals(document: Pain001Document): { group: Finding[]; payments: Finding[][] } {
  const sums = document.payments.map(paymentSum);
  return {
    group: checkGroupTotals(document, sums),
    payments: document.payments.map((payment, index) => checkPaymentTotals(payment, sums[index])),
  };
}
