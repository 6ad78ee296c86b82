// The periodic eFaktura search (driver POST /efaktura-scan; efaktura-b2c.md §7.2–§7.3, §7.6):
// every customer is looked up with the best keys it holds (customer.ts), in batches of at most
// 1,000 (POST /mps/v1/efaktura-identifiers/search); a local agreement is created when the person
// is FOUND and not blocked, and removed when they are now BLOCKED or no longer found.
import { decide, nowIso } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { benchFailure } from '../driver/problems.ts';
import { decideAgreement } from './agreement.ts';
import type { SearchStatus } from './agreement.ts';
import { endAgreement } from './agreement-ended.ts';
import { refreshBlacklist } from './blacklist.ts';
import { searchPlan } from './customer.ts';
import type { SearchCustomer } from './customer.ts';

/** The search takes at most 1,000 customers per call (src/efaktura/settings.ts, [I] like shipments). */
export const MAX_CUSTOMERS_PER_SEARCH = 1000;

export interface ScanResult {
  found: number;
  blocked: number;
  notFound: number;
  ambiguous: number;
  insufficientKeys: number;
  agreementsCreated: number;
  agreementsRemoved: number;
  searches: number;
}

interface SearchBody {
  results?: Array<{ customerNumber?: unknown; status?: unknown; efakturaIdentifier?: unknown }>;
}

const STATUSES: readonly SearchStatus[] = ['FOUND', 'NOT_FOUND', 'BLOCKED', 'AMBIGUOUS', 'INSUFFICIENT_KEYS'];

export async function runScan(ctx: ClientContext): Promise<ScanResult> {
  const { issuer } = ctx.state;
  const result: ScanResult = {
    found: 0,
    blocked: 0,
    notFound: 0,
    ambiguous: 0,
    insufficientKeys: 0,
    agreementsCreated: 0,
    agreementsRemoved: 0,
    searches: 0,
  };
  // The blacklist first, so a FOUND person who reserved against the issuer counts as blocked.
  await refreshBlacklist(ctx, { full: true });

  const entries: SearchCustomer[] = [];
  for (const customer of [...issuer.customers.values()].sort((a, b) =>
    a.customerNumber.localeCompare(b.customerNumber),
  )) {
    const plan = searchPlan(customer);
    if (plan.ok) {
      entries.push(plan.entry);
      continue;
    }
    result.notFound += 1;
    result.insufficientKeys += 1;
    if (issuer.agreements.has(customer.customerNumber)) {
      result.agreementsRemoved += 1;
      await endAgreement(ctx, customer.customerNumber, `not searchable: ${plan.reason}`);
    } else {
      issuer.noAgreementReasons.set(customer.customerNumber, 'too few keys for the eFaktura search');
      decide(ctx, 'scan', `customer ${customer.customerNumber}`, `not searched: ${plan.reason}`);
    }
  }

  for (let start = 0; start < entries.length; start += MAX_CUSTOMERS_PER_SEARCH) {
    const batch = entries.slice(start, start + MAX_CUSTOMERS_PER_SEARCH);
    let body: SearchBody;
    try {
      // A search changes nothing at MPS, so a transient failure may be repeated.
      const response = await ctx.bench.call('POST', '/mps/v1/efaktura-identifiers/search', {
        key: ctx.config.issuer.apiKey,
        json: { issuerOrgNumber: ctx.config.issuer.orgNumber, customers: batch },
        retry: true,
      });
      body = (response.json ?? {}) as SearchBody;
    } catch (error) {
      throw benchFailure(error, `eFaktura search of ${batch.length} customers`);
    }
    result.searches += 1;
    const byCustomer = new Map((body.results ?? []).map((r) => [String(r.customerNumber), r]));
    for (const entry of batch) {
      const raw = byCustomer.get(entry.customerNumber);
      const status = STATUSES.find((s) => s === raw?.status);
      const subject = `customer ${entry.customerNumber}`;
      if (!raw || !status) {
        decide(ctx, 'scan', subject, 'no usable search result; agreement left as it was');
        continue;
      }
      const identifier = typeof raw.efakturaIdentifier === 'string' ? raw.efakturaIdentifier : undefined;
      const current = issuer.agreements.get(entry.customerNumber);
      const blacklisted = identifier !== undefined && issuer.blacklist.has(identifier);
      if (status === 'BLOCKED' || (status === 'FOUND' && blacklisted)) result.blocked += 1;
      else if (status === 'FOUND') result.found += 1;
      else {
        result.notFound += 1;
        if (status === 'AMBIGUOUS') result.ambiguous += 1;
        if (status === 'INSUFFICIENT_KEYS') result.insufficientKeys += 1;
      }
      const decision = decideAgreement(
        current,
        { status, efakturaIdentifier: identifier },
        (id) => issuer.blacklist.has(id),
        ctx.mutant,
      );
      if (decision.action === 'create') {
        issuer.agreements.set(entry.customerNumber, {
          customerNumber: entry.customerNumber,
          efakturaIdentifier: decision.efakturaIdentifier,
          since: nowIso(ctx),
        });
        issuer.noAgreementReasons.delete(entry.customerNumber);
        result.agreementsCreated += 1;
        decide(
          ctx,
          'scan',
          subject,
          `${decision.reason} (searched by ${describeKeys(entry)}): eFaktura agreement created; subscriptions switch to eFaktura from the next billing run`,
          {
            efakturaIdentifier: decision.efakturaIdentifier,
          },
        );
      } else if (decision.action === 'keep') {
        decide(ctx, 'scan', subject, `${decision.reason}: eFaktura agreement kept`);
      } else if (decision.action === 'remove') {
        result.agreementsRemoved += 1;
        await endAgreement(ctx, entry.customerNumber, decision.reason);
      } else {
        issuer.noAgreementReasons.set(entry.customerNumber, decision.reason);
        const customer = issuer.customers.get(entry.customerNumber);
        decide(ctx, 'scan', subject, `${decision.reason}, channel ${customer?.email ? 'email' : 'print'}`);
      }
    }
  }
  decide(
    ctx,
    'scan',
    'eFaktura scan',
    `${result.found} found, ${result.blocked} blocked, ${result.notFound} not found, in ${result.searches} search call(s)`,
    {
      ...result,
    },
  );
  return result;
}

function describeKeys(entry: SearchCustomer): string {
  if (entry.nationalId) return 'national id';
  return [entry.mobile && 'mobile', entry.email && 'e-mail', entry.firstName && 'name']
    .filter(Boolean)
    .join(' + ');
}
