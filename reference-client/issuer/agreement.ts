// The issuer's local eFaktura agreements, kept in step with the register by the periodic search
// (efaktura-b2c.md §7.2–§7.3, §7.6; INFO-Subscription S42 [C]: create agreements "if not blocked",
// remove "cancelled/blocked" ones).
import type { MutantName } from '../mutants.ts';

export interface EfakturaAgreement {
  customerNumber: string;
  efakturaIdentifier: string;
  since: string;
}

export type SearchStatus = 'FOUND' | 'NOT_FOUND' | 'BLOCKED' | 'AMBIGUOUS' | 'INSUFFICIENT_KEYS';

export type AgreementDecision =
  | { action: 'create' | 'keep'; efakturaIdentifier: string; reason: string }
  | { action: 'remove'; reason: string }
  | { action: 'none'; reason: string };

/**
 * What one search result means for the customer's agreement. A FOUND person on the issuer's
 * blacklist counts as blocked (the blacklist may know before the search does, §2.4 [I]).
 */
export function decideAgreement(
  current: EfakturaAgreement | undefined,
  result: { status: SearchStatus; efakturaIdentifier?: string },
  isBlacklisted: (efakturaIdentifier: string) => boolean,
  mutant?: MutantName,
): AgreementDecision {
  const blocked =
    result.status === 'BLOCKED' ||
    (result.status === 'FOUND' &&
      result.efakturaIdentifier !== undefined &&
      isBlacklisted(result.efakturaIdentifier));
  if (blocked) {
    // MUTANT: ignores-blacklist — a reservation does not end the agreement.
    if (mutant === 'ignores-blacklist' && current) {
      return { action: 'keep', efakturaIdentifier: current.efakturaIdentifier, reason: 'BLOCKED ignored' };
    }
    return current
      ? { action: 'remove', reason: 'BLOCKED by JTTA reservation against this issuer' }
      : { action: 'none', reason: 'BLOCKED by JTTA reservation against this issuer' };
  }
  if (result.status === 'FOUND' && result.efakturaIdentifier !== undefined) {
    return current?.efakturaIdentifier === result.efakturaIdentifier
      ? {
          action: 'keep',
          efakturaIdentifier: result.efakturaIdentifier,
          reason: 'still FOUND in the JTTA register',
        }
      : {
          action: 'create',
          efakturaIdentifier: result.efakturaIdentifier,
          reason: 'FOUND in the JTTA register',
        };
  }
  const why: Record<Exclude<SearchStatus, 'FOUND' | 'BLOCKED'>, string> = {
    NOT_FOUND: 'NOT_FOUND: no JTTA consent (withdrawn or never given) or unknown person',
    AMBIGUOUS: 'AMBIGUOUS: the keys match several persons, so the legal recipient is not known',
    INSUFFICIENT_KEYS: 'INSUFFICIENT_KEYS: MPS needs more keys for this customer',
  };
  const reason =
    result.status === 'FOUND' || result.status === 'BLOCKED'
      ? 'FOUND without an identifier'
      : why[result.status];
  // MUTANT: sends-after-jtta-withdrawn — a person the register no longer finds keeps the agreement.
  if (mutant === 'sends-after-jtta-withdrawn' && current && result.status === 'NOT_FOUND') {
    return { action: 'keep', efakturaIdentifier: current.efakturaIdentifier, reason: 'NOT_FOUND ignored' };
  }
  return current ? { action: 'remove', reason } : { action: 'none', reason };
}
