// The JSON view of a JTTA person (GET /jtta/v1/persons/{nationalId}).
import { legacyAgreementHonoured } from '../../src/efaktura/index.ts';
import type { JttaSettings, Person } from '../../src/efaktura/index.ts';

export function personView(person: Person, today: string, settings: JttaSettings) {
  return {
    nationalId: person.nationalId,
    firstName: person.firstName,
    lastName: person.lastName,
    addresses: person.addresses,
    emails: person.emails,
    mobiles: person.mobiles,
    jtta: person.jtta,
    jttaSince: person.jttaSince,
    jttaWithdrawnAt: person.jttaWithdrawnAt,
    efakturaIdentifier: person.efakturaIdentifier,
    reservations: [...person.reservations.values()].map((r) => ({
      issuerOrgNumber: r.issuerOrgNumber,
      reservedAt: r.reservedAt,
    })),
    legacyAgreements: [...person.legacyAgreements.values()].map((a) => ({
      issuerOrgNumber: a.issuerOrgNumber,
      efakturaReference: a.efakturaReference,
      createdAt: a.createdAt,
      honoured: legacyAgreementHonoured(person, today, settings),
    })),
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
  };
}
