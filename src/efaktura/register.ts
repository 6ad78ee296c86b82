// The JTTA register ("Ja takk til alle", eFaktura 2.0): persons keyed by national id, with the
// indexes the issuer search needs (efaktura-b2c.md §2.3) and the reverse look-ups for delivery
// (efakturaIdentifier, eFaktura 1.0 references) and for the blacklist (reservations per issuer).
// This file keeps the indexes consistent; the rules live in consent.ts, reservation.ts and
// legacy-agreement.ts.
import { makeEfakturaIdentifier } from './efaktura-identifier.ts';
import { KeyIndex } from './key-index.ts';
import { addressKey, emailKey, nameKey } from './normalise.ts';
import type { LegacyAgreement, Person, PersonInput, Reservation } from './person.ts';

export class JttaRegister {
  readonly tenantSeed: number;
  private readonly persons = new Map<string, Person>();
  private readonly identifiers = new Map<string, string>();
  readonly names = new KeyIndex<Person>();
  readonly addresses = new KeyIndex<Person>();
  readonly emails = new KeyIndex<Person>();
  readonly phones = new KeyIndex<Person>();
  /** issuer org number → national id → reservation (the issuer's blacklist, §2.4). */
  private readonly reservationsByIssuer = new Map<string, Map<string, Reservation>>();
  /** `${issuerOrgNumber}|${efakturaReference}` → national id. */
  private readonly legacyReferences = new Map<string, string>();

  constructor(tenantSeed: number) {
    this.tenantSeed = tenantSeed;
  }

  get size(): number {
    return this.persons.size;
  }

  get(nationalId: string): Person | undefined {
    return this.persons.get(nationalId);
  }

  getByIdentifier(efakturaIdentifier: string): Person | undefined {
    const nationalId = this.identifiers.get(efakturaIdentifier);
    return nationalId === undefined ? undefined : this.persons.get(nationalId);
  }

  getByLegacyReference(issuerOrgNumber: string, efakturaReference: string): Person | undefined {
    const nationalId = this.legacyReferences.get(`${issuerOrgNumber}|${efakturaReference}`);
    return nationalId === undefined ? undefined : this.persons.get(nationalId);
  }

  all(): IterableIterator<Person> {
    return this.persons.values();
  }

  /** Creates or replaces a person's contact data; consent, reservations and 1.0 agreements stay. */
  put(nationalId: string, input: PersonInput, timestamp: string): { person: Person; created: boolean } {
    const existing = this.persons.get(nationalId);
    if (existing) {
      this.unindex(existing);
      Object.assign(existing, {
        firstName: input.firstName,
        lastName: input.lastName,
        addresses: input.addresses,
        emails: input.emails,
        mobiles: input.mobiles,
        updatedAt: timestamp,
      });
      this.index(existing);
      return { person: existing, created: false };
    }
    const person: Person = {
      nationalId,
      ...input,
      efakturaIdentifier: makeEfakturaIdentifier(this.tenantSeed, nationalId),
      jtta: false,
      jttaSince: null,
      jttaWithdrawnAt: null,
      reservations: new Map(),
      legacyAgreements: new Map(),
      createdAt: timestamp,
      updatedAt: timestamp,
    };
    this.persons.set(nationalId, person);
    this.identifiers.set(person.efakturaIdentifier, nationalId);
    this.index(person);
    return { person, created: true };
  }

  setReservation(person: Person, reservation: Reservation): void {
    person.reservations.set(reservation.issuerOrgNumber, reservation);
    let byPerson = this.reservationsByIssuer.get(reservation.issuerOrgNumber);
    if (!byPerson) {
      byPerson = new Map();
      this.reservationsByIssuer.set(reservation.issuerOrgNumber, byPerson);
    }
    byPerson.set(person.nationalId, reservation);
  }

  removeReservation(person: Person, issuerOrgNumber: string): boolean {
    if (!person.reservations.delete(issuerOrgNumber)) return false;
    const byPerson = this.reservationsByIssuer.get(issuerOrgNumber);
    byPerson?.delete(person.nationalId);
    if (byPerson?.size === 0) this.reservationsByIssuer.delete(issuerOrgNumber);
    return true;
  }

  /** Whether anyone reserved against this issuer (lets a search skip the per-person check). */
  hasReservationsAgainst(issuerOrgNumber: string): boolean {
    return this.reservationsByIssuer.has(issuerOrgNumber);
  }

  /** The reservations against one issuer, with the reserving person. */
  *reservationsAgainst(issuerOrgNumber: string): Generator<{ person: Person; reservation: Reservation }> {
    const byPerson = this.reservationsByIssuer.get(issuerOrgNumber);
    if (!byPerson) return;
    for (const [nationalId, reservation] of byPerson) {
      const person = this.persons.get(nationalId);
      if (person) yield { person, reservation };
    }
  }

  setLegacyAgreement(person: Person, agreement: LegacyAgreement): void {
    const previous = person.legacyAgreements.get(agreement.issuerOrgNumber);
    if (previous) this.legacyReferences.delete(`${previous.issuerOrgNumber}|${previous.efakturaReference}`);
    person.legacyAgreements.set(agreement.issuerOrgNumber, agreement);
    this.legacyReferences.set(
      `${agreement.issuerOrgNumber}|${agreement.efakturaReference}`,
      person.nationalId,
    );
  }

  removeLegacyAgreement(person: Person, issuerOrgNumber: string): boolean {
    const previous = person.legacyAgreements.get(issuerOrgNumber);
    if (!previous) return false;
    person.legacyAgreements.delete(issuerOrgNumber);
    this.legacyReferences.delete(`${previous.issuerOrgNumber}|${previous.efakturaReference}`);
    return true;
  }

  private index(person: Person): void {
    for (const [index, key] of this.keysOf(person)) index.add(key, person);
  }

  private unindex(person: Person): void {
    for (const [index, key] of this.keysOf(person)) index.remove(key, person);
  }

  private *keysOf(person: Person): Generator<[KeyIndex<Person>, string]> {
    const name = nameKey(person.firstName, person.lastName);
    if (name !== undefined) yield [this.names, name];
    for (const address of person.addresses) {
      const key = addressKey(address);
      if (key !== undefined) yield [this.addresses, key];
    }
    for (const email of person.emails) {
      const key = emailKey(email);
      if (key !== undefined) yield [this.emails, key];
    }
    // Mobiles are stored in E.164 already (person.ts), which is the phone key.
    for (const mobile of person.mobiles) yield [this.phones, mobile];
  }
}
