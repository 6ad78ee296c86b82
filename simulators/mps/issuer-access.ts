// Who may see an issuer's data: the tenant, or that issuer's own key (403 EB-FORBIDDEN-PARTY for
// another issuer's key). An unknown issuer is MPS 5002 ("issuer does not exist or user not
// authorised", efaktura-b2c.md §3 [C]).
import { issue } from '../../src/efaktura/index.ts';
import type { IssuerAgreement } from '../../src/efaktura/index.ts';
import { requireParty } from '../kernel/http.ts';
import type { HandlerContext } from '../kernel/types.ts';
import { efakturaState, refuse } from '../jtta/efaktura-store.ts';

export function accessibleIssuer(
  ctx: HandlerContext,
  orgNumber: string | undefined,
  path = 'orgNumber',
): IssuerAgreement {
  const org = (orgNumber ?? '').replace(/\s/g, '');
  requireParty(ctx, 'issuer', org);
  const issuer = efakturaState(ctx.tenant).issuers.get(org);
  if (!issuer) {
    refuse([
      issue(
        '5002',
        path,
        orgNumber,
        `No issuer agreement for ${JSON.stringify(orgNumber)}: register it with POST /mps/v1/issuers.`,
      ),
    ]);
  }
  return issuer;
}

/** The tenant sees every issuer's resources; an issuer key only its own. */
export function requireOwner(ctx: HandlerContext, issuerOrgNumber: string): void {
  requireParty(ctx, 'issuer', issuerOrgNumber);
}

export const ISSUER_OR_TENANT = ['tenant', 'issuer'] as const;
