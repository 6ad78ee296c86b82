// The asynchronous validation of one transaction when MPS processes its shipment (efaktura-b2c.md
// §10.5 [I]). Content rules come from the Vipps analogue and the ERP vendors (§4.3 [C]): issuerName
// ≤ 40, minAmount ≤ amount, due date ≥ 3 days and ≤ 1 year ahead, the account must be the issuer's
// (KAR check, asynchronous in Vipps), the KID must fit the issuer's KID set-up. Delivery rules come
// from the register (§2): the recipient must be known, have JTTA (or an honoured 1.0 agreement)
// and not have reserved against the issuer. The first failing check is the reason.
import { validateAccountNumber } from '../norway/account-number.ts';
import { validateKidForAgreement } from '../norway/kid.ts';
import { validateNationalId } from '../norway/national-id.ts';
import { addDays } from '../norway/oslo-time.ts';
import type { IssuerAgreement } from './issuer.ts';
import { legacyAgreementHonoured } from './legacy-agreement.ts';
import type { Person } from './person.ts';
import type { JttaRegister } from './register.ts';
import type { RejectionCode, RejectionReason } from './rejection-reason.ts';
import type { JttaSettings, MpsSettings } from './settings.ts';
import { involvesEfaktura } from './shipment.ts';
import type { TransactionInput } from './shipment.ts';
import { parseTrigger } from './trigger.ts';

export interface ValidationContext {
  register: JttaRegister;
  issuer: IssuerAgreement | undefined;
  /** The Oslo date of processing. */
  today: string;
  mps: MpsSettings;
  jtta: JttaSettings;
}

export type ValidationResult =
  { ok: true; recipient: Person | null } | { ok: false; reason: RejectionReason };

function reject(code: RejectionCode, message: string): ValidationResult {
  return { ok: false, reason: { code, message } };
}

function resolveRecipient(
  tx: TransactionInput,
  ctx: ValidationContext,
  issuerOrgNumber: string,
): ValidationResult {
  const { register } = ctx;
  let person: Person | undefined;
  if (tx.efakturaIdentifier !== undefined) {
    person = register.getByIdentifier(tx.efakturaIdentifier);
    if (!person) {
      return reject(
        'EB-EF-UNKNOWN-IDENTIFIER',
        `No consumer has eFaktura identifier ${tx.efakturaIdentifier}; search again (POST /mps/v1/efaktura-identifiers/search).`,
      );
    }
  } else if (tx.nationalId !== undefined) {
    const id = validateNationalId(tx.nationalId);
    if (!id.valid) {
      return reject(
        'EB-EF-UNKNOWN-IDENTIFIER',
        `National id ${tx.nationalId} is not a valid fødselsnummer (${id.reason}).`,
      );
    }
    person = register.get(id.value);
    // A person the register does not know has given no JTTA consent.
    if (!person)
      return reject(
        'EB-EF-NO-JTTA',
        `The person ${id.value} has not accepted eFaktura from all issuers (no JTTA).`,
      );
  } else if (tx.efakturaReference !== undefined) {
    person = register.getByLegacyReference(issuerOrgNumber, tx.efakturaReference);
    if (!person) {
      return reject(
        'EB-EF-UNKNOWN-IDENTIFIER',
        `No eFaktura 1.0 agreement with reference ${tx.efakturaReference} for issuer ${issuerOrgNumber}.`,
      );
    }
    if (!legacyAgreementHonoured(person, ctx.today, ctx.jtta)) {
      return reject(
        'EB-EF-LEGACY-RETIRED',
        `eFaktura 1.0 agreements of persons without JTTA stopped working on ${ctx.jtta.legacyAgreementsRetiredFrom}; send on paper or e-mail.`,
      );
    }
  }
  if (!person) return reject('EB-EF-UNKNOWN-IDENTIFIER', 'The transaction names no recipient.');
  if (!person.jtta && tx.efakturaReference === undefined) {
    return reject(
      'EB-EF-NO-JTTA',
      'The recipient has no JTTA consent (withdrawn or never given); send by another channel.',
    );
  }
  if (person.reservations.has(issuerOrgNumber)) {
    return reject(
      'EB-EF-RESERVED',
      `The recipient has reserved against issuer ${issuerOrgNumber}; send by another channel.`,
    );
  }
  return { ok: true, recipient: person };
}

export function validateTransaction(
  tx: TransactionInput,
  issuerOrgNumber: string,
  ctx: ValidationContext,
): ValidationResult {
  const trigger = parseTrigger(tx.invoiceNumber);
  if (trigger.kind === 'rejection') {
    return reject(trigger.code, `Forced by the trigger ${tx.invoiceNumber} (ARCHITECTURE.md §6).`);
  }
  const { issuer, mps } = ctx;
  if (issuer?.state !== 'CONFIRMED') {
    return reject(
      'EB-EF-ISSUER-NOT-CONFIRMED',
      `Issuer ${issuerOrgNumber} is ${issuer?.state ?? 'not registered'}; only a CONFIRMED agreement may send (POST /mps/v1/issuers/{orgNumber}/confirm).`,
    );
  }
  if (involvesEfaktura(tx.paymentType) && (tx.issuerName ?? '').length > mps.maxIssuerNameLength) {
    return reject(
      'EB-EF-ISSUER-NAME-TOO-LONG',
      `issuerName has ${(tx.issuerName ?? '').length} characters; at most ${mps.maxIssuerNameLength}.`,
    );
  }
  const account = validateAccountNumber(tx.accountNumber);
  if (!account.valid || account.value !== issuer.accountNumber) {
    return reject(
      'EB-EF-ACCOUNT-NOT-ISSUERS',
      `Account ${tx.accountNumber} is not the issuer's agreed account ${issuer.accountNumber}.`,
    );
  }
  if (tx.kid !== undefined) {
    const kid = validateKidForAgreement(tx.kid, {
      algorithm: issuer.kid.algorithm,
      lengths: issuer.kid.lengths,
    });
    if (!kid.valid) {
      return reject(
        'EB-EF-KID-INVALID',
        `${kid.message} (issuer KID set-up: ${issuer.kid.algorithm}, lengths ${issuer.kid.lengths.join('/')}).`,
      );
    }
  }
  if (tx.minAmount !== undefined && tx.minAmount > tx.amount) {
    return reject('EB-EF-MIN-AMOUNT', `minAmount ${tx.minAmount} øre is more than amount ${tx.amount} øre.`);
  }
  const earliest = addDays(ctx.today, mps.minDueDays);
  if (tx.dueDate < earliest) {
    return reject(
      'EB-EF-DUE-DATE-TOO-EARLY',
      `Due date ${tx.dueDate} is before ${earliest} (at least ${mps.minDueDays} days after ${ctx.today}).`,
    );
  }
  const latest = addDays(ctx.today, mps.maxDueDays);
  if (tx.dueDate > latest) {
    return reject(
      'EB-EF-DUE-DATE-TOO-LATE',
      `Due date ${tx.dueDate} is after ${latest} (at most ${mps.maxDueDays} days after ${ctx.today}).`,
    );
  }
  if (!involvesEfaktura(tx.paymentType)) return { ok: true, recipient: null };
  return resolveRecipient(tx, ctx, issuerOrgNumber);
}
