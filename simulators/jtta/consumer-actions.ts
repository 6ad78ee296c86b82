// The consumer-side actions on the register (consent, reservations), shared by the JTTA routes and
// the online bank's routes (ARCHITECTURE.md §5.2, §5.4: "same effect as the JTTA routes"), so both
// surfaces change one register.
import {
  checkNationalId,
  giveConsent,
  liftReservation,
  reserveAgainstIssuer,
  withdrawConsent,
} from '../../src/efaktura/index.ts';
import type { Person } from '../../src/efaktura/index.ts';
import { json, notFound } from '../kernel/http.ts';
import type { Tenant } from '../kernel/types.ts';
import { efakturaState, jttaSettings, unwrap } from './efaktura-store.ts';
import { personView } from './person-view.ts';

/** The national id from the path, checked (400 EB-EF-NATIONAL-ID-INVALID) and normalised. */
export function nationalIdParam(tenant: Tenant, raw: string | undefined): string {
  return unwrap(checkNationalId(raw ?? '', tenant.clock.today()));
}

/** The registered person for a path national id, or 404 EB-NOT-FOUND. */
export function registeredPerson(tenant: Tenant, raw: string | undefined): Person {
  const nationalId = nationalIdParam(tenant, raw);
  return efakturaState(tenant).register.get(nationalId) ?? notFound('JTTA person', nationalId);
}

export function personResponse(tenant: Tenant, person: Person, status = 200): Response {
  return json(personView(person, tenant.clock.today(), jttaSettings(tenant)), status);
}

export function setConsent(tenant: Tenant, rawNationalId: string | undefined, on: boolean): Response {
  const person = registeredPerson(tenant, rawNationalId);
  if (on) giveConsent(person, tenant.clock.now());
  else withdrawConsent(person, tenant.clock.now());
  return personResponse(tenant, person);
}

export function setReservation(
  tenant: Tenant,
  rawNationalId: string | undefined,
  issuerOrgNumber: string | undefined,
  on: boolean,
): Response {
  const person = registeredPerson(tenant, rawNationalId);
  const { register } = efakturaState(tenant);
  const org = issuerOrgNumber ?? '';
  if (on) unwrap(reserveAgainstIssuer(register, person, org, tenant.clock.now()));
  else unwrap(liftReservation(register, person, org, tenant.clock.now()));
  return personResponse(tenant, person);
}
