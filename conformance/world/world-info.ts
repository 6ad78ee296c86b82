// What the runner needs to know about the demo world after each reset (GET /sim/v1/world): the
// issuer and the bank agreement the system under test is configured with. The demo credentials
// are deterministic for a tenant key (keys derive from it), so an integrator configures their
// system once (docs/conformance.md). The simulators publish these under their own names; the
// reader below looks for the first confirmed issuer and the first agreement wherever they sit.
import type { KidAlgorithm } from '../../src/norway/kid.ts';

export interface WorldIssuer {
  orgNumber: string;
  name: string;
  accountNumber: string;
  kid: { algorithm: KidAlgorithm; lengths: number[] };
  apiKey?: string;
}

export interface WorldAgreement {
  customerId: string;
  debtorAccount: string;
  requiredApprovals: 1 | 2;
  /** User ids with payment authority on the debtor account (bank approvers). */
  approvers: string[];
  apiKey?: string;
}

export interface WorldInfo {
  /** The default issuer: the first confirmed one (what a SUT is configured with unless told otherwise). */
  issuer: WorldIssuer | undefined;
  agreement: WorldAgreement | undefined;
  /** Every confirmed issuer and every agreement the world publishes. */
  issuers: WorldIssuer[];
  agreements: WorldAgreement[];
  raw: Record<string, unknown>;
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(value: unknown, visit: (node: Obj) => void, depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) for (const item of value) walk(item, visit, depth + 1);
  else if (isObj(value)) {
    visit(value);
    for (const child of Object.values(value)) walk(child, visit, depth + 1);
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readIssuer(node: Obj): WorldIssuer | undefined {
  const orgNumber = str(node.orgNumber);
  const accountNumber = str(node.accountNumber);
  const kid = isObj(node.kid) ? node.kid : undefined;
  if (!orgNumber || !accountNumber || !kid) return undefined;
  const algorithm = kid.algorithm === 'MOD10' || kid.algorithm === 'MOD11' ? kid.algorithm : undefined;
  if (!algorithm) return undefined;
  const lengths = Array.isArray(kid.lengths)
    ? kid.lengths.filter((n): n is number => typeof n === 'number')
    : typeof kid.length === 'number'
      ? [kid.length]
      : [];
  return {
    orgNumber,
    name: str(node.name) ?? orgNumber,
    accountNumber,
    kid: { algorithm, lengths },
    apiKey: str(node.apiKey),
  };
}

function readAgreement(node: Obj): WorldAgreement | undefined {
  const customerId = str(node.customerId);
  if (!customerId) return undefined;
  const accounts = Array.isArray(node.accounts)
    ? node.accounts.filter((a): a is string => typeof a === 'string')
    : [];
  const users = (Array.isArray(node.users) ? node.users.filter(isObj) : []).map((u) => ({
    userId: str(u.userId),
    accounts: Array.isArray(u.accounts) ? u.accounts.filter((a): a is string => typeof a === 'string') : [],
  }));
  const authorisedOn = (bban: string): string[] =>
    users.filter((u) => u.userId !== undefined && u.accounts.includes(bban)).map((u) => u.userId as string);
  // Pay from the account most users may approve on, so 2+1 and 2+2 can be exercised.
  const debtorAccount =
    str(node.debtorAccount) ??
    [...accounts].sort((a, b) => authorisedOn(b).length - authorisedOn(a).length)[0];
  if (!debtorAccount) return undefined;
  return {
    customerId,
    debtorAccount,
    requiredApprovals: node.requiredApprovals === 2 ? 2 : 1,
    approvers: authorisedOn(debtorAccount),
    apiKey: str(node.apiKey),
  };
}

export function readWorld(raw: Obj): WorldInfo {
  const issuers: Array<WorldIssuer & { confirmed: boolean }> = [];
  const agreements: WorldAgreement[] = [];
  walk(raw, (node) => {
    const issuer = readIssuer(node);
    if (issuer)
      issuers.push({ ...issuer, confirmed: node.state === undefined || node.state === 'CONFIRMED' });
    const agreement = readAgreement(node);
    if (agreement) agreements.push(agreement);
  });
  const confirmed = issuers
    .filter((i) => i.confirmed)
    .map(({ confirmed: _confirmed, ...issuer }): WorldIssuer => issuer);
  return { issuer: confirmed[0], agreement: agreements[0], issuers: confirmed, agreements, raw };
}

/** The issuer a SUT used, from the organisation number it sent (falls back to the default). */
export function issuerByOrgNumber(world: WorldInfo, orgNumber: string | undefined): WorldIssuer | undefined {
  return world.issuers.find((issuer) => issuer.orgNumber === orgNumber) ?? world.issuer;
}
