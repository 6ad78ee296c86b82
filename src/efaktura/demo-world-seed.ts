// Puts a planned demo world (demo-world.ts) into the eFaktura state. Bank accounts are opened by
// the simulators (the bank's ledger port), not here: src/ does no cross-simulator work.
import { osloIso } from '../norway/oslo-time.ts';
import type { DemoWorld } from './demo-world.ts';
import type { IssuerAgreement } from './issuer.ts';
import type { EfakturaState } from './state.ts';

export function seedDemoPersons(state: EfakturaState, world: DemoWorld, now: Date): void {
  const timestamp = osloIso(now);
  for (const demo of world.persons) {
    const { person } = state.register.put(
      demo.nationalId,
      {
        firstName: demo.firstName,
        lastName: demo.lastName,
        addresses: demo.addresses,
        emails: demo.emails,
        mobiles: demo.mobiles,
      },
      timestamp,
    );
    person.jtta = demo.jttaSince !== null;
    person.jttaSince = demo.jttaSince;
    person.jttaWithdrawnAt = demo.jttaWithdrawnAt;
    for (const r of demo.reservations) {
      state.register.setReservation(person, {
        issuerOrgNumber: r.issuerOrgNumber,
        reservedAt: r.reservedAt,
        reservedAtMs: Date.parse(r.reservedAt),
      });
    }
    if (demo.legacy) state.register.setLegacyAgreement(person, { ...demo.legacy });
  }
}

export function seedDemoIssuers(
  state: EfakturaState,
  world: DemoWorld,
  apiKey: (orgNumber: string) => string,
  now: Date,
): IssuerAgreement[] {
  const timestamp = osloIso(now);
  return world.issuers.map((demo) => {
    const agreement: IssuerAgreement = {
      orgNumber: demo.orgNumber,
      name: demo.name,
      accountNumber: demo.accountNumber,
      kid: { algorithm: demo.kid.algorithm, lengths: [...demo.kid.lengths] },
      contactEmail: demo.contactEmail,
      state: demo.confirmed ? 'CONFIRMED' : 'PENDING',
      apiKey: apiKey(demo.orgNumber),
      createdAt: timestamp,
      confirmedAt: demo.confirmed ? timestamp : null,
      disabledAt: null,
    };
    state.issuers.set(agreement.orgNumber, agreement);
    return agreement;
  });
}
