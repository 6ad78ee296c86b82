// Wires the reference client to the bench's demo world: a confirmed demo issuer (published by the
// MPS simulator in GET /sim/v1/world) and a demo bank agreement (published by the bank simulator),
// with their keys. The world is read tolerantly: issuers are the objects with an orgNumber and an
// apiKey, agreements those with a customerId and an apiKey, wherever they sit in the answer.
import { BenchClient } from './bench-client.ts';
import type { Fetcher } from './bench-client.ts';
import { ConfigError, parseConfig } from './config.ts';
import type { ReferenceClientConfig } from './config.ts';
import type { MutantName } from './mutants.ts';

type Json = Record<string, unknown>;

function collect(value: unknown, found: Json[] = [], depth = 0): Json[] {
  if (depth > 8 || value === null || typeof value !== 'object') return found;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found, depth + 1);
    return found;
  }
  found.push(value as Json);
  for (const child of Object.values(value as Json)) collect(child, found, depth + 1);
  return found;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

interface DemoIssuer {
  orgNumber: string;
  apiKey: string;
  name: string;
  accountNumber: string;
  kid: { algorithm: 'MOD10' | 'MOD11'; length: number };
  state?: string;
}

interface DemoAgreement {
  customerId: string;
  apiKey: string;
  accounts: string[];
  users: Array<{ userId: string; accounts: string[] }>;
  requiredApprovals: 1 | 2;
}

function asIssuer(object: Json): DemoIssuer | undefined {
  const orgNumber = str(object.orgNumber);
  const apiKey = str(object.apiKey);
  const accountNumber = str(object.accountNumber) ?? str(object.account);
  const kid = (object.kid ?? object.kidSetup) as
    { algorithm?: unknown; lengths?: unknown; length?: unknown } | undefined;
  const algorithm = kid?.algorithm === 'MOD10' || kid?.algorithm === 'MOD11' ? kid.algorithm : undefined;
  const lengths = Array.isArray(kid?.lengths)
    ? kid.lengths.filter((n): n is number => typeof n === 'number')
    : [];
  const length = typeof kid?.length === 'number' ? kid.length : lengths.sort((a, b) => b - a)[0];
  if (!orgNumber || !apiKey || !accountNumber || !algorithm || length === undefined) return undefined;
  return {
    orgNumber,
    apiKey,
    accountNumber,
    name: str(object.name) ?? orgNumber,
    kid: { algorithm, length },
    state: str(object.state),
  };
}

function asAgreement(object: Json): DemoAgreement | undefined {
  const customerId = str(object.customerId);
  const apiKey = str(object.apiKey);
  const accounts = Array.isArray(object.accounts)
    ? object.accounts.flatMap((a) =>
        typeof a === 'string' ? [a] : str((a as Json | null)?.bban) ? [String((a as Json).bban)] : [],
      )
    : [];
  if (!customerId || !apiKey || accounts.length === 0) return undefined;
  const users = Array.isArray(object.users)
    ? object.users.flatMap((u) => {
        const user = (u ?? {}) as Json;
        const userId = str(user.userId);
        const userAccounts = Array.isArray(user.accounts)
          ? user.accounts.filter((a): a is string => typeof a === 'string')
          : [];
        return userId ? [{ userId, accounts: userAccounts }] : [];
      })
    : [];
  return { customerId, apiKey, accounts, users, requiredApprovals: object.requiredApprovals === 2 ? 2 : 1 };
}

/** Builds a configuration from a GET /sim/v1/world answer (exported for tests). */
export function configFromWorld(
  world: unknown,
  benchUrl: string,
  tenantKey: string,
  mutant?: MutantName,
): ReferenceClientConfig {
  const objects = collect(world);
  const issuers = objects.flatMap((o) => asIssuer(o) ?? []);
  const issuer = issuers.find((i) => i.state === 'CONFIRMED') ?? issuers.find((i) => i.state === undefined);
  const agreement = objects.flatMap((o) => asAgreement(o) ?? [])[0];
  const missing = [
    !issuer && {
      path: 'issuer',
      message:
        'GET /sim/v1/world lists no confirmed eFaktura issuer with a key (is the bench running the demo world?)',
    },
    !agreement && {
      path: 'bank',
      message: 'GET /sim/v1/world lists no bank agreement with a key (is the bench running the demo world?)',
    },
  ].filter((issue): issue is { path: string; message: string } => Boolean(issue));
  if (!issuer || !agreement) throw new ConfigError(`demo world at ${benchUrl}`, missing);
  // Pay from the account most users may approve on, so 2+1 and 2+2 can be exercised.
  const authorisedOn = (bban: string) =>
    agreement.users.filter((user) => user.accounts.includes(bban)).map((user) => user.userId);
  const debtorAccount = [...agreement.accounts].sort(
    (a, b) => authorisedOn(b).length - authorisedOn(a).length,
  )[0] as string;
  return parseConfig(
    {
      benchUrl,
      tenantKey,
      issuer: {
        orgNumber: issuer.orgNumber,
        apiKey: issuer.apiKey,
        kid: issuer.kid,
        accountNumber: issuer.accountNumber,
        name: issuer.name.slice(0, 40),
      },
      bank: {
        customerId: agreement.customerId,
        apiKey: agreement.apiKey,
        debtorAccount,
        requiredApprovals: agreement.requiredApprovals,
        ...(agreement.users.length > 0 ? { approvers: authorisedOn(debtorAccount) } : {}),
      },
      ...(mutant ? { mutant } : {}),
    },
    `demo world at ${benchUrl}`,
  );
}

/** Reads GET /sim/v1/world (demo) with the tenant key and wires a confirmed issuer and a bank agreement. */
export async function configFromDemoWorld(
  benchUrl: string,
  tenantKey: string,
  options: { fetcher?: Fetcher; mutant?: MutantName } = {},
): Promise<ReferenceClientConfig> {
  const bench = new BenchClient({ baseUrl: benchUrl, fetcher: options.fetcher });
  const world = await bench.getJson('/sim/v1/world', tenantKey);
  return configFromWorld(world, benchUrl.replace(/\/+$/, ''), tenantKey, options.mutant);
}
