// A person in the JTTA register: the consumer record of efaktura-b2c.md §10.1 [I] — national id,
// names, addresses, e-mails, mobiles, the JTTA consent flag ("Ja takk til alle", §2.1 [C]),
// reservations against single issuers and eFaktura 1.0 legacy agreements (§3).
import { validateNationalId } from '../norway/national-id.ts';
import { phoneForMatching } from '../norway/mobile.ts';
import { issue } from './issue.ts';
import type { EfakturaIssue, Outcome } from './issue.ts';

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

/** The body of PUT /jtta/v1/persons/{nationalId} (ARCHITECTURE.md §5.2). */
export interface PersonInput {
  firstName: string;
  lastName: string;
  addresses: PostalAddress[];
  emails: string[];
  mobiles: string[];
}

/** A reservation ("reservasjon", §2.1 [C]) blocks one issuer; `reservedAt` feeds the blacklist. */
export interface Reservation {
  issuerOrgNumber: string;
  /** ISO 8601 with the Oslo offset. */
  reservedAt: string;
  reservedAtMs: number;
}

/** An eFaktura 1.0 per-issuer agreement: the consumer typed the issuer's eFakturareferanse (§3 [C]). */
export interface LegacyAgreement {
  issuerOrgNumber: string;
  efakturaReference: string;
  createdAt: string;
}

export interface Person {
  nationalId: string;
  firstName: string;
  lastName: string;
  addresses: PostalAddress[];
  emails: string[];
  /** E.164 (`+4791234567`), normalised on the way in (§10.1). */
  mobiles: string[];
  efakturaIdentifier: string;
  /** JTTA consent; tied to the national id, not to a bank (§2.1 [C] S4). */
  jtta: boolean;
  jttaSince: string | null;
  jttaWithdrawnAt: string | null;
  reservations: Map<string, Reservation>;
  legacyAgreements: Map<string, LegacyAgreement>;
  createdAt: string;
  updatedAt: string;
}

// A plain shape check, not RFC 5322: one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkNationalId(nationalId: string, today: string, path = 'nationalId'): Outcome<string> {
  const result = validateNationalId(nationalId, { today });
  if (result.valid) return { ok: true, value: result.value };
  return {
    ok: false,
    issues: [
      issue(
        'EB-EF-NATIONAL-ID-INVALID',
        path,
        nationalId,
        `${result.message} (reason ${result.reason}). A JTTA person is keyed by a valid fødselsnummer or D-number: ` +
          'check it with `efaktura-bench numbers check nationalid <id>`.',
      ),
    ],
  };
}

/** Validates and normalises a person record; collects every issue. */
export function validatePersonInput(
  nationalId: string,
  input: PersonInput,
  today: string,
): Outcome<PersonInput & { nationalId: string }> {
  const issues: EfakturaIssue[] = [];
  const id = checkNationalId(nationalId, today);
  if (!id.ok) issues.push(...id.issues);

  const emails: string[] = [];
  input.emails.forEach((email, index) => {
    const trimmed = email.trim();
    if (!EMAIL.test(trimmed)) {
      issues.push(
        issue(
          'EB-EF-EMAIL-INVALID',
          `emails[${index}]`,
          email,
          `${JSON.stringify(email)} is not an e-mail address (name@domain.tld).`,
        ),
      );
    } else if (!emails.includes(trimmed)) emails.push(trimmed);
  });

  const mobiles: string[] = [];
  input.mobiles.forEach((mobile, index) => {
    const normalised = phoneForMatching(mobile);
    if (normalised === null) {
      issues.push(
        issue(
          'EB-EF-MOBILE-INVALID',
          `mobiles[${index}]`,
          mobile,
          `${JSON.stringify(mobile)} is not a phone number: use +47XXXXXXXX, 0047…, 47XXXXXXXX or 8 digits.`,
        ),
      );
    } else if (!mobiles.includes(normalised)) mobiles.push(normalised);
  });

  if (!id.ok || issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      nationalId: id.value,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      addresses: input.addresses.map((a) => ({
        street: a.street.trim(),
        postalCode: a.postalCode.trim(),
        city: a.city.trim(),
        country: a.country.trim().toUpperCase(),
      })),
      emails,
      mobiles,
    },
  };
}
