// The register search and the blacklist (MPS getEfakturaIdentifiers / getBlackList, efaktura-b2c.md
// §2.3, §2.4, §10.2–§10.3 [I]).
import { blacklistFor, issue, MAX_CUSTOMERS_PER_SEARCH, searchRegister } from '../../src/efaktura/index.ts';
import { fastAccept } from '../kernel/fast-accept.ts';
import { json, readJson } from '../kernel/http.ts';
import type { Route } from '../kernel/types.ts';
import { efakturaState, mpsSettings, refuse } from '../jtta/efaktura-store.ts';
import { accessibleIssuer, ISSUER_OR_TENANT } from './issuer-access.ts';
import { instantParam } from './query.ts';
import { searchSchema } from './schemas.ts';

// Search bodies are large (up to 1,000 customers) and only shaped and length-limited: valid ones
// are taken as parsed, without zod's copy (fast-accept.ts).
const acceptSearch = fastAccept(searchSchema);

export const searchRoutes: Route[] = [
  {
    method: 'POST',
    path: '/efaktura-identifiers/search',
    allow: [...ISSUER_OR_TENANT],
    maxBodyBytes: 2 * 1024 * 1024,
    handler: async (request, ctx) => {
      const body = await readJson(request, searchSchema, { fastAccept: acceptSearch });
      const issuer = accessibleIssuer(ctx, body.issuerOrgNumber, 'issuerOrgNumber');
      if (body.customers.length > MAX_CUSTOMERS_PER_SEARCH) {
        refuse([
          issue(
            'EB-EF-SEARCH-TOO-MANY',
            'customers',
            body.customers.length,
            `One search takes at most ${MAX_CUSTOMERS_PER_SEARCH} customers; this one has ${body.customers.length}. Split it.`,
          ),
        ]);
      }
      if (issuer.state === 'DISABLED') {
        refuse([
          issue(
            'EB-EF-ISSUER-STATE',
            'issuerOrgNumber',
            issuer.orgNumber,
            `Issuer ${issuer.orgNumber} is DISABLED and may not search the register.`,
          ),
        ]);
      }
      const results = searchRegister(
        efakturaState(ctx.tenant).register,
        issuer.orgNumber,
        body.customers,
        mpsSettings(ctx.tenant),
      );
      return json({ results });
    },
  },
  {
    method: 'GET',
    path: '/issuers/:orgNumber/blacklist',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) => {
      const issuer = accessibleIssuer(ctx, ctx.params.orgNumber);
      const since = instantParam(ctx.url, 'since');
      return json({ entries: blacklistFor(efakturaState(ctx.tenant).register, issuer.orgNumber, since) });
    },
  },
];
