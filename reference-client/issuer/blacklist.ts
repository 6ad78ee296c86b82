// The issuer's blacklist: the eFaktura identifiers of persons who reserved against this issuer
// (GET /mps/v1/issuers/{orgNumber}/blacklist?since=, ARCHITECTURE.md §5.3; MPS getBlackList,
// efaktura-b2c.md §2.4 [C-part]/[I]). A scan reads it whole (a lifted reservation disappears from
// it); a billing run reads what is new since the last read, so a reservation made after the scan
// still stops the next eFaktura.
import { BenchError, query } from '../bench-client.ts';
import { decide } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { endAgreement } from './agreement-ended.ts';

interface BlacklistBody {
  entries?: Array<{ efakturaIdentifier?: unknown; reservedAt?: unknown }>;
}

export async function refreshBlacklist(ctx: ClientContext, options: { full: boolean }): Promise<number> {
  const { issuer } = ctx.state;
  const since = options.full ? undefined : issuer.blacklistSince;
  const path = `/mps/v1/issuers/${encodeURIComponent(ctx.config.issuer.orgNumber)}/blacklist${query({ since })}`;
  let body: BlacklistBody;
  try {
    body = ((await ctx.bench.getJson(path, ctx.config.issuer.apiKey)) ?? {}) as BlacklistBody;
  } catch (error) {
    decide(
      ctx,
      'scan',
      'blacklist',
      `could not be read (${error instanceof BenchError ? `${error.status} ${error.code}` : String(error)}); relying on the search results`,
    );
    return 0;
  }
  const entries = (body.entries ?? []).filter(
    (entry): entry is { efakturaIdentifier: string; reservedAt?: unknown } =>
      typeof entry.efakturaIdentifier === 'string',
  );
  if (options.full) issuer.blacklist = new Set();
  for (const entry of entries) {
    issuer.blacklist.add(entry.efakturaIdentifier);
    if (
      typeof entry.reservedAt === 'string' &&
      (issuer.blacklistSince === undefined || entry.reservedAt > issuer.blacklistSince)
    ) {
      issuer.blacklistSince = entry.reservedAt;
    }
  }
  // MUTANT: ignores-blacklist — never acts on the blacklist.
  if (ctx.mutant === 'ignores-blacklist') return entries.length;
  for (const [customerNumber, agreement] of [...issuer.agreements]) {
    if (issuer.blacklist.has(agreement.efakturaIdentifier)) {
      await endAgreement(
        ctx,
        customerNumber,
        "BLOCKED: reserved against the issuer (on the issuer's blacklist)",
      );
    }
  }
  return entries.length;
}
