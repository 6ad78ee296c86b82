// Who a bank request acts for (ARCHITECTURE.md §3, §5.4): an agreement key acts for its own
// customer agreement and sees only its own files, reports, notifications and accounts; the tenant
// key sees everything and may act for any agreement by naming it in `X-Agreement-Id`.
import { notFound } from '../kernel/http.ts';
import { ProblemError } from '../kernel/problem.ts';
import { bankState } from './bank-store.ts';
import type { CustomerAgreement } from '../../src/bank/customer-agreement.ts';
import type { HandlerContext } from '../kernel/types.ts';

export const AGREEMENT_HEADER = 'x-agreement-id';

function lookup(ctx: HandlerContext, customerId: string): CustomerAgreement {
  const agreement = bankState(ctx.tenant).agreements.get(customerId);
  if (!agreement) notFound('agreement', customerId);
  return agreement;
}

/** The agreement a request acts for, or undefined for the tenant key without X-Agreement-Id. */
export function scopedAgreement(request: Request, ctx: HandlerContext): CustomerAgreement | undefined {
  if (ctx.party.kind === 'agreement') return lookup(ctx, ctx.party.id);
  const named = request.headers.get(AGREEMENT_HEADER)?.trim();
  return named ? lookup(ctx, named) : undefined;
}

/** The agreement a request must act for (uploads, approvals). */
export function requireAgreement(request: Request, ctx: HandlerContext): CustomerAgreement {
  const agreement = scopedAgreement(request, ctx);
  if (agreement) return agreement;
  throw new ProblemError(
    400,
    'EB-BANK-AGREEMENT-REQUIRED',
    'The tenant key acts on behalf of an agreement only when the request names it: add "X-Agreement-Id: <customerId>", or use the agreement\'s own key.',
  );
}

/** Throws 403 unless the scope may see the account (the tenant key without scope sees all). */
export function requireAccountInScope(agreement: CustomerAgreement | undefined, bban: string): void {
  if (!agreement || agreement.accounts.includes(bban)) return;
  throw new ProblemError(
    403,
    'EB-BANK-ACCOUNT-NOT-IN-AGREEMENT',
    `Account ${bban} is not one of agreement ${agreement.customerId}'s accounts (${agreement.accounts.join(', ')}).`,
  );
}
