// JTTA register routes `/jtta/v1` (ARCHITECTURE.md §5.2; tenant key: the consumer-side actions a
// nettbank performs). A thin adapter: decode, call src/efaktura, encode.
import { createLegacyAgreement, validatePersonInput } from '../../src/efaktura/index.ts';
import { osloIso } from '../../src/norway/oslo-time.ts';
import { readJson } from '../kernel/http.ts';
import type { Route } from '../kernel/types.ts';
import {
  nationalIdParam,
  personResponse,
  registeredPerson,
  setConsent,
  setReservation,
} from './consumer-actions.ts';
import { efakturaState, jttaSettings, unwrap } from './efaktura-store.ts';
import { legacyAgreementSchema, personSchema } from './schemas.ts';

export const jttaRoutes: Route[] = [
  {
    method: 'PUT',
    path: '/persons/:nationalId',
    handler: async (request, { tenant, params }) => {
      nationalIdParam(tenant, params.nationalId);
      const body = await readJson(request, personSchema);
      const checked = unwrap(validatePersonInput(params.nationalId ?? '', body, tenant.clock.today()));
      const { nationalId, ...input } = checked;
      const { person, created } = efakturaState(tenant).register.put(
        nationalId,
        input,
        osloIso(tenant.clock.now()),
      );
      return personResponse(tenant, person, created ? 201 : 200);
    },
  },
  {
    method: 'GET',
    path: '/persons/:nationalId',
    handler: async (_request, { tenant, params }) =>
      personResponse(tenant, registeredPerson(tenant, params.nationalId)),
  },
  {
    method: 'PUT',
    path: '/persons/:nationalId/consent',
    handler: async (_request, { tenant, params }) => setConsent(tenant, params.nationalId, true),
  },
  {
    method: 'DELETE',
    path: '/persons/:nationalId/consent',
    handler: async (_request, { tenant, params }) => setConsent(tenant, params.nationalId, false),
  },
  {
    method: 'PUT',
    path: '/persons/:nationalId/reservations/:issuerOrgNumber',
    handler: async (_request, { tenant, params }) =>
      setReservation(tenant, params.nationalId, params.issuerOrgNumber, true),
  },
  {
    method: 'DELETE',
    path: '/persons/:nationalId/reservations/:issuerOrgNumber',
    handler: async (_request, { tenant, params }) =>
      setReservation(tenant, params.nationalId, params.issuerOrgNumber, false),
  },
  {
    method: 'PUT',
    path: '/persons/:nationalId/legacy-agreements/:issuerOrgNumber',
    handler: async (request, { tenant, params }) => {
      const person = registeredPerson(tenant, params.nationalId);
      const body = await readJson(request, legacyAgreementSchema);
      const { register } = efakturaState(tenant);
      unwrap(
        createLegacyAgreement(
          register,
          person,
          params.issuerOrgNumber ?? '',
          body.efakturaReference,
          tenant.clock.now(),
          jttaSettings(tenant),
        ),
      );
      return personResponse(tenant, person);
    },
  },
  {
    method: 'DELETE',
    path: '/persons/:nationalId/legacy-agreements/:issuerOrgNumber',
    handler: async (_request, { tenant, params }) => {
      const person = registeredPerson(tenant, params.nationalId);
      efakturaState(tenant).register.removeLegacyAgreement(person, params.issuerOrgNumber ?? '');
      return personResponse(tenant, person);
    },
  },
];
