// Shared set-up for the reference client's end-to-end tests: the whole bench on a loopback port
// (demo world, frozen clock) with the reference client's driver in the same process.
import { createApi } from '../support/api.ts';
import type { Api } from '../support/api.ts';
import { startTestServer } from '../support/server.ts';
import type { TestServer } from '../support/server.ts';
import { createDriverSimulator } from '../../reference-client/index.ts';
import type { MutantName } from '../../reference-client/index.ts';

export interface DriverBench {
  server: TestServer;
  /** Tenant key: the bench and the driver. */
  api: Api;
  world: DemoWorldView;
  close(): Promise<void>;
}

export interface DemoExample {
  nationalId: string;
  name: string;
  mobiles: string[];
  emails: string[];
  address: { street: string; postalCode: string; city: string; country?: string } | null;
  account: string;
}

export interface DemoWorldView {
  issuers: Array<{
    orgNumber: string;
    name: string;
    accountNumber: string;
    state: string;
    apiKey: string;
    kid: { algorithm: 'MOD10' | 'MOD11'; lengths: number[] };
  }>;
  examples: Record<string, DemoExample[]>;
  raw: Record<string, unknown>;
}

export async function startDriverBench(
  options: { mutant?: MutantName; seed?: number } = {},
): Promise<DriverBench> {
  const server = await startTestServer({
    world: 'demo',
    seed: options.seed ?? 42,
    extraSimulators: [createDriverSimulator({ mutant: options.mutant })],
  });
  const api = createApi(server.baseUrl, server.tenantKey);
  const raw = (await api.get<Record<string, unknown>>('/sim/v1/world')).body;
  const mps = raw.mps as { issuers: DemoWorldView['issuers'] };
  const jtta = raw.jtta as { examples: Record<string, DemoExample[]> };
  return {
    server,
    api,
    world: { issuers: mps.issuers, examples: jtta.examples, raw },
    close: () => server.close(),
  };
}

/** A customer record for the driver from a demo person, with the keys chosen. */
export function customerFrom(
  person: DemoExample,
  keys: { nationalId?: boolean; email?: boolean; mobile?: boolean } = { nationalId: true, email: true },
) {
  const [firstName = 'Ola', ...rest] = person.name.split(' ');
  return {
    ...(keys.nationalId ? { nationalId: person.nationalId } : {}),
    firstName,
    lastName: rest.join(' ') || 'Nordmann',
    address: person.address ?? { street: 'Storgata 1', postalCode: '0150', city: 'Oslo' },
    ...(keys.email && person.emails[0] ? { email: person.emails[0] } : {}),
    ...(keys.mobile && person.mobiles[0] ? { mobile: person.mobiles[0] } : {}),
  };
}

export async function advance(
  api: Api,
  by: { days?: number; hours?: number; minutes?: number },
): Promise<void> {
  const response = await api.post('/sim/v1/clock/advance', by);
  if (response.status !== 200) throw new Error(`advance failed: ${response.status} ${response.text}`);
}

export function expectOk<T>(response: { status: number; body: T; text: string }, what: string): T {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${response.text}`);
  return response.body;
}
