// Reservations: under JTTA a consumer can block single issuers ("AvtaleGiro/eFaktura –
// Reservasjoner", efaktura-b2c.md §2.1 [C] S1, S4). A reservation makes the issuer's search answer
// BLOCKED and its deliveries fail; the issuer reads it from its blacklist (§2.4, getBlackList [I]).
import { osloIso } from '../norway/oslo-time.ts';
import { validateOrganisationNumber } from '../norway/organisation-number.ts';
import { issue } from './issue.ts';
import type { Outcome } from './issue.ts';
import type { Person, Reservation } from './person.ts';
import type { JttaRegister } from './register.ts';

export function checkOrganisationNumber(orgNumber: string, path: string): Outcome<string> {
  const result = validateOrganisationNumber(orgNumber);
  if (result.valid) return { ok: true, value: result.value };
  return {
    ok: false,
    issues: [
      issue(
        'EB-EF-ORG-NUMBER-INVALID',
        path,
        orgNumber,
        `${result.message} (reason ${result.reason}). Check it with \`efaktura-bench numbers check orgnr ${orgNumber}\`.`,
      ),
    ],
  };
}

/** Reserves the person against an issuer; idempotent (the first `reservedAt` is kept). */
export function reserveAgainstIssuer(
  register: JttaRegister,
  person: Person,
  issuerOrgNumber: string,
  now: Date,
): Outcome<Reservation> {
  const org = checkOrganisationNumber(issuerOrgNumber, 'issuerOrgNumber');
  if (!org.ok) return org;
  const existing = person.reservations.get(org.value);
  if (existing) return { ok: true, value: existing };
  const reservation: Reservation = {
    issuerOrgNumber: org.value,
    reservedAt: osloIso(now),
    reservedAtMs: now.getTime(),
  };
  register.setReservation(person, reservation);
  person.updatedAt = osloIso(now);
  return { ok: true, value: reservation };
}

/** Lifts a reservation; idempotent. */
export function liftReservation(
  register: JttaRegister,
  person: Person,
  issuerOrgNumber: string,
  now: Date,
): Outcome<boolean> {
  const org = checkOrganisationNumber(issuerOrgNumber, 'issuerOrgNumber');
  if (!org.ok) return org;
  const lifted = register.removeReservation(person, org.value);
  if (lifted) person.updatedAt = osloIso(now);
  return { ok: true, value: lifted };
}

export interface BlacklistEntry {
  efakturaIdentifier: string;
  reservedAt: string;
}

/**
 * The issuer's blacklist: the identifiers of every person who currently reserves against it,
 * reserved at or after `sinceMs`, oldest first. A lifted reservation leaves the list [I].
 */
export function blacklistFor(
  register: JttaRegister,
  issuerOrgNumber: string,
  sinceMs?: number,
): BlacklistEntry[] {
  const rows: Array<{ ms: number; entry: BlacklistEntry }> = [];
  for (const { person, reservation } of register.reservationsAgainst(issuerOrgNumber)) {
    if (sinceMs !== undefined && reservation.reservedAtMs < sinceMs) continue;
    rows.push({
      ms: reservation.reservedAtMs,
      entry: { efakturaIdentifier: person.efakturaIdentifier, reservedAt: reservation.reservedAt },
    });
  }
  rows.sort((a, b) => a.ms - b.ms || a.entry.efakturaIdentifier.localeCompare(b.entry.efakturaIdentifier));
  return rows.map((row) => row.entry);
}
