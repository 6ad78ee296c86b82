// eFaktura 1.0 ("ja takk til bestemte"): per-issuer agreements the consumer made by typing the
// issuer's eFakturareferanse (efaktura-b2c.md §3 [C]). No new ones from 2021-12-01; from 2022-05-15
// the 1.0 agreements of persons without JTTA no longer work (§2.2 [C] S2, S5–S7). Both dates are
// settings (jtta.legacyAgreementsClosedFrom / legacyAgreementsRetiredFrom) read against the
// tenant's virtual date.
import { osloDate, osloIso } from '../norway/oslo-time.ts';
import { issue } from './issue.ts';
import type { Outcome } from './issue.ts';
import type { LegacyAgreement, Person } from './person.ts';
import type { JttaRegister } from './register.ts';
import { checkOrganisationNumber } from './reservation.ts';
import type { JttaSettings } from './settings.ts';

/** AgreementService addAgreement: eInvoiceReference is 2–50 characters (§3 [C-part] S17). */
export const LEGACY_REFERENCE_MIN = 2;
export const LEGACY_REFERENCE_MAX = 50;

export function createLegacyAgreement(
  register: JttaRegister,
  person: Person,
  issuerOrgNumber: string,
  efakturaReference: string,
  now: Date,
  settings: JttaSettings,
): Outcome<LegacyAgreement> {
  const org = checkOrganisationNumber(issuerOrgNumber, 'issuerOrgNumber');
  if (!org.ok) return org;
  const reference = efakturaReference.trim();
  if (reference.length < LEGACY_REFERENCE_MIN || reference.length > LEGACY_REFERENCE_MAX) {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-LEGACY-REFERENCE-INVALID',
          'efakturaReference',
          efakturaReference,
          `An eFaktura reference has ${LEGACY_REFERENCE_MIN}–${LEGACY_REFERENCE_MAX} characters; this one has ${reference.length}.`,
        ),
      ],
    };
  }
  const today = osloDate(now);
  if (today >= settings.legacyAgreementsClosedFrom) {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-LEGACY-CLOSED',
          'efakturaReference',
          efakturaReference,
          `No new eFaktura 1.0 agreements from ${settings.legacyAgreementsClosedFrom} (virtual date is ${today}). ` +
            'Give the person JTTA consent instead (PUT /jtta/v1/persons/{nationalId}/consent), or set the clock back.',
        ),
      ],
    };
  }
  const holder = register.getByLegacyReference(org.value, reference);
  if (holder && holder.nationalId !== person.nationalId) {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-LEGACY-REFERENCE-TAKEN',
          'efakturaReference',
          efakturaReference,
          `Issuer ${org.value} already has a 1.0 agreement with reference ${JSON.stringify(reference)} for another person; ` +
            'an eFaktura reference identifies one customer of one issuer.',
        ),
      ],
    };
  }
  const agreement: LegacyAgreement = {
    issuerOrgNumber: org.value,
    efakturaReference: reference,
    createdAt: osloIso(now),
  };
  register.setLegacyAgreement(person, agreement);
  person.updatedAt = osloIso(now);
  return { ok: true, value: agreement };
}

/**
 * Whether a 1.0 agreement still delivers on `today`: before the retirement date always; from it
 * only for persons with JTTA, whose agreements carried over (§2.2 [C]).
 */
export function legacyAgreementHonoured(person: Person, today: string, settings: JttaSettings): boolean {
  return person.jtta || today < settings.legacyAgreementsRetiredFrom;
}
