// Issuer agreements `/mps/v1/issuers` (ARCHITECTURE.md §5.3; ERP service createIssuer / getIssuer
// / deleteIssuer, efaktura-b2c.md §4.1, §5): PENDING → CONFIRMED → DISABLED, one per org number,
// each with its own key.
import { confirmIssuer, disableIssuer, registerIssuer } from '../../src/efaktura/index.ts';
import { json, readJson } from '../kernel/http.ts';
import type { Route } from '../kernel/types.ts';
import { efakturaState, unwrap } from '../jtta/efaktura-store.ts';
import { accessibleIssuer, ISSUER_OR_TENANT } from './issuer-access.ts';
import { issuerSchema } from './schemas.ts';
import { issuerView } from './views.ts';

export const issuerRoutes: Route[] = [
  {
    method: 'POST',
    path: '/issuers',
    handler: async (request, { tenant }) => {
      const body = await readJson(request, issuerSchema);
      const issuer = unwrap(
        registerIssuer(
          efakturaState(tenant).issuers,
          { ...body, kid: { algorithm: body.kid.algorithm as 'MOD10' | 'MOD11', lengths: body.kid.lengths } },
          (orgNumber) => tenant.issueKey({ kind: 'issuer', id: orgNumber }),
          tenant.clock.now(),
        ),
      );
      return json({ ...issuerView(issuer, true) }, 201);
    },
  },
  {
    method: 'GET',
    path: '/issuers/:orgNumber',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) =>
      json(issuerView(accessibleIssuer(ctx, ctx.params.orgNumber), ctx.party.kind !== 'issuer')),
  },
  {
    // The bank / MPS confirms the agreement; in the bench the tenant plays that part.
    method: 'POST',
    path: '/issuers/:orgNumber/confirm',
    handler: async (_request, ctx) => {
      const issuer = unwrap(
        confirmIssuer(accessibleIssuer(ctx, ctx.params.orgNumber), ctx.tenant.clock.now()),
      );
      return json(issuerView(issuer, true));
    },
  },
  {
    method: 'DELETE',
    path: '/issuers/:orgNumber',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) => {
      const issuer = unwrap(
        disableIssuer(accessibleIssuer(ctx, ctx.params.orgNumber), ctx.tenant.clock.now()),
      );
      return json(issuerView(issuer, ctx.party.kind !== 'issuer'));
    },
  },
];
