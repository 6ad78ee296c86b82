// Field rules for one eFaktura shipment (ARCHITECTURE.md §5.3; efaktura-b2c.md §4.2, §4.3, §10.4),
// shared by EF-SHIP-002 and the passive shipment check. Returns every problem found.
import { validateAccountNumber } from '../../src/norway/account-number.ts';
import { validateKid } from '../../src/norway/kid.ts';
import { addDays } from '../../src/norway/oslo-time.ts';
import type { ShipmentPost, ShipmentTransactionSent } from '../traffic/mps-traffic.ts';
import type { WorldIssuer } from '../world/world-info.ts';
import { describeTx } from './evidence.ts';

/** MPS Combo API: "max 1000 per shipment" — efaktura-b2c.md §4.2 [C-part] S15. */
export const MAX_TRANSACTIONS_PER_SHIPMENT = 1000;

/** shipmentId / transactionId: UUID, 36 characters, lower-case hex — §4.2 [C-part] S15. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const PAYMENT_TYPES = new Set([
  'EFAKTURA',
  'EFAKTURA_AND_AVTALEGIRO',
  'EFAKTURA_AND_EXTERNAL_AVTALEGIRO',
  'AVTALEGIRO',
]);
const DOCUMENT_TYPES = new Set([
  'INVOICE',
  'CREDIT_NOTE',
  'REMINDER',
  'COLLECTION_NOTICE',
  'DUNNING',
  'PAYMENT_REQUEST',
  'ENFORCEMENT_WARNING',
]);

export interface ShipmentProblem {
  message: string;
  fix: string;
  codes: string[];
  excerpt?: string;
}

export function shipmentLimitProblem(shipment: ShipmentPost): ShipmentProblem | undefined {
  // MPS enforces the limit itself (EB-EF-SHIPMENT-TOO-LARGE); a body too large for any limit is a 413.
  const refused = shipment.entry.code === 'EB-EF-SHIPMENT-TOO-LARGE' || shipment.entry.status === 413;
  const over = shipment.countKnown && shipment.transactionCount > MAX_TRANSACTIONS_PER_SHIPMENT;
  if (!refused && !over) return undefined;
  const what = over
    ? `carries ${shipment.transactionCount} transactions`
    : `was refused by MPS as too large (${shipment.entry.code ?? shipment.entry.status})`;
  return {
    message: `Shipment ${shipment.shipmentId ?? '?'} ${what}; MPS takes at most ${MAX_TRANSACTIONS_PER_SHIPMENT} transactions per shipment.`,
    fix: 'Split the billing run into shipments of at most 1,000 transactions, each with its own UUID.',
    codes: ['EB-EF-SHIPMENT-TOO-LARGE'],
  };
}

function amountOk(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function recipientCount(tx: ShipmentTransactionSent): number {
  return [tx.efakturaIdentifier, tx.efakturaReference, tx.nationalId].filter(
    (v) => v !== undefined && v !== null && v !== '',
  ).length;
}

/** Every field problem of one transaction; `today` is the virtual date it was sent on. */
export function transactionProblems(
  tx: ShipmentTransactionSent,
  issuer: WorldIssuer | undefined,
  today: string,
): ShipmentProblem[] {
  const problems: ShipmentProblem[] = [];
  const add = (message: string, fix: string, codes: string[] = []): void => {
    problems.push({
      message: `Transaction ${tx.transactionId ?? '?'} (invoice ${tx.invoiceNumber ?? '?'}): ${message}`,
      fix,
      codes,
      excerpt: describeTx(tx),
    });
  };
  if (typeof tx.transactionId !== 'string' || !UUID.test(tx.transactionId))
    add(
      `transactionId ${JSON.stringify(tx.transactionId)} is not a lower-case UUID.`,
      'Give every transaction a new UUID (36 characters, lower-case hex).',
      ['3003'],
    );
  if (typeof tx.paymentType !== 'string' || !PAYMENT_TYPES.has(tx.paymentType))
    add(
      `paymentType ${JSON.stringify(tx.paymentType)} is not one of ${[...PAYMENT_TYPES].join(', ')}.`,
      'Use paymentType EFAKTURA for a plain eFaktura.',
    );
  if (typeof tx.documentType !== 'string' || !DOCUMENT_TYPES.has(tx.documentType))
    add(
      `documentType ${JSON.stringify(tx.documentType)} is not one of ${[...DOCUMENT_TYPES].join(', ')}.`,
      'Use INVOICE for an invoice and REMINDER for a reminder.',
      ['3100'],
    );
  if (typeof tx.invoiceNumber !== 'string' || tx.invoiceNumber.length < 1 || tx.invoiceNumber.length > 100)
    add(
      `invoiceNumber ${JSON.stringify(tx.invoiceNumber)} must be 1–100 characters.`,
      'Send the invoice number (unique for the issuer).',
    );
  if (recipientCount(tx) !== 1)
    add(
      'must name exactly one of efakturaIdentifier, efakturaReference or nationalId.',
      'Address the eFaktura by the identifier the search returned (or the national id).',
      ['5003'],
    );
  if (!amountOk(tx.amount))
    add(
      `amount ${JSON.stringify(tx.amount)} must be a whole positive number of øre.`,
      'Send amounts as integers in øre (ARCHITECTURE.md §4).',
    );
  if (
    tx.minAmount !== undefined &&
    (!amountOk(tx.minAmount) || (amountOk(tx.amount) && tx.minAmount > tx.amount))
  )
    add(
      `minAmount ${JSON.stringify(tx.minAmount)} must be whole øre and at most the amount.`,
      'Leave minAmount out, or keep it ≤ amount.',
      ['EB-EF-MIN-AMOUNT'],
    );
  if (typeof tx.dueDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(tx.dueDate)) {
    add(
      `dueDate ${JSON.stringify(tx.dueDate)} is not a YYYY-MM-DD date.`,
      'Send the due date as YYYY-MM-DD.',
    );
  } else if (tx.documentType === 'INVOICE' && tx.dueDate < addDays(today, 3)) {
    add(
      `dueDate ${tx.dueDate} is less than 3 days after the send date ${today}.`,
      'Give eFaktura invoices a due date at least 3 days ahead (§4.3).',
      ['EB-EF-DUE-DATE-TOO-EARLY'],
    );
  } else if (tx.dueDate > addDays(today, 365)) {
    add(`dueDate ${tx.dueDate} is more than a year after ${today}.`, 'Keep the due date within one year.', [
      'EB-EF-DUE-DATE-TOO-LATE',
    ]);
  }
  if (typeof tx.issuerName !== 'string' || tx.issuerName.trim() === '' || tx.issuerName.length > 40)
    add(
      `issuerName ${JSON.stringify(tx.issuerName)} must be 1–40 characters.`,
      'Send the issuer name, at most 40 characters (§4.3).',
      ['EB-EF-ISSUER-NAME-TOO-LONG'],
    );
  const account = validateAccountNumber(tx.accountNumber);
  if (!account.valid) {
    add(
      `accountNumber ${JSON.stringify(tx.accountNumber)} is not a valid kontonummer.`,
      "Send the issuer's own 11-digit account.",
      ['EB-EF-ACCOUNT-NOT-ISSUERS'],
    );
  } else if (issuer && account.value !== issuer.accountNumber) {
    add(
      `accountNumber ${tx.accountNumber} is not the issuer's account ${issuer.accountNumber}.`,
      "Send the issuer's own account (MPS checks the owner, KAR).",
      ['EB-EF-ACCOUNT-NOT-ISSUERS'],
    );
  }
  if (tx.kid !== undefined && tx.kid !== null) {
    const kid = validateKid(
      tx.kid,
      issuer ? { algorithm: issuer.kid.algorithm, lengths: issuer.kid.lengths } : {},
    );
    if (!kid.valid)
      add(
        `KID ${JSON.stringify(tx.kid)}: ${kid.message}`,
        "Compute the KID with the issuer agreement's algorithm and length (iso20022-norway.md §5.1).",
        ['EB-EF-KID-INVALID', 'RR09'],
      );
  }
  return problems;
}

/** Shipment-level problems (ids, issuer) plus the problems of every transaction. */
export function shipmentProblems(
  shipment: ShipmentPost,
  issuer: WorldIssuer | undefined,
  today: string,
): ShipmentProblem[] {
  const problems: ShipmentProblem[] = [];
  if (typeof shipment.shipmentId !== 'string' || !UUID.test(shipment.shipmentId)) {
    problems.push({
      message: `shipmentId ${JSON.stringify(shipment.shipmentId)} is not a lower-case UUID.`,
      fix: 'Give every shipment a new UUID (36 characters, lower-case hex).',
      codes: ['3002'],
    });
  }
  if (issuer && shipment.issuerOrgNumber !== issuer.orgNumber) {
    problems.push({
      message: `issuerOrgNumber ${JSON.stringify(shipment.issuerOrgNumber)} is not the issuer's organisation number ${issuer.orgNumber}.`,
      fix: "Send the issuer's own 9-digit organisation number.",
      codes: ['5002'],
    });
  }
  const limit = shipmentLimitProblem(shipment);
  if (limit) problems.push(limit);
  for (const tx of shipment.transactions) problems.push(...transactionProblems(tx, issuer, today));
  return problems;
}
