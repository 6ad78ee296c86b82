// The world each scenario run starts from: the bench reset to its demo world (a confirmed issuer
// and a bank agreement the driver is wired to), plus the scenario's own cast, created over HTTP
// like a training session would: a few persons (no JTTA yet) with bank accounts, three creditor
// accounts (KID MOD10, KID MOD11, no KID agreement), and the bank agreement re-set with the
// run's approval rule and three users.
import { makeAccountNumber } from '../src/world/account-number.ts';
import { makeCompany } from '../src/world/company.ts';
import { makePersons } from '../src/world/person.ts';
import { SeededRandom } from '../src/world/rng.ts';
import { osloDate } from '../src/norway/oslo-time.ts';
import type { KidAlgorithm } from '../src/norway/kid.ts';
import { expectOk, ScenarioSetupError } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import type { ApprovalRule, CreditorModel, PersonModel } from './model.ts';

/** Monday 12 January 2026, 08:00 in Oslo: a banking day, far from holidays (as the test helpers). */
export const SCENARIO_START = '2026-01-12T08:00:00+01:00';

/** What the driver is wired to: the issuer and the bank agreement (reference client config shape). */
export interface DriverWiring {
  issuer: {
    orgNumber: string;
    name: string;
    accountNumber: string;
    kid: { algorithm: KidAlgorithm; length: number };
  };
  bank: { customerId: string; apiKey: string; debtorAccount: string };
}

export interface AgreementUser {
  userId: string;
  name: string;
  /** Authority on the debtor account (iso20022-norway.md §6.1 "bank authority"). */
  authorisedOnDebtor: boolean;
}

/** Users of the scenario's agreement: two with authority on the debtor account, one without. */
export const AGREEMENT_USERS: readonly AgreementUser[] = [
  { userId: 'ola', name: 'Ola Nordmann', authorisedOnDebtor: true },
  { userId: 'kari', name: 'Kari Nordmann', authorisedOnDebtor: true },
  { userId: 'nils', name: 'Nils Uten Fullmakt', authorisedOnDebtor: false },
];

export const PERSON_COUNT = 4;

/**
 * KID agreements of the creditor accounts k0, k1, k2: a MOD10 one, a MOD11 one whose short length
 * gives many '-' check characters, and a creditor paid by invoice numbers only — §2.2, §5.1.
 */
export const CREDITOR_KID_SETUPS: ReadonlyArray<CreditorModel['kid']> = [
  { algorithm: 'MOD10', length: 12 },
  { algorithm: 'MOD11', length: 8 },
  undefined,
];
const PERSON_BALANCE_ORE = 50_000_000;
const DEBTOR_BALANCE_ORE = 1_000_000_000;

export interface ScenarioWorld {
  seed: number;
  start: string;
  today: string;
  wiring: DriverWiring;
  persons: PersonModel[];
  creditors: CreditorModel[];
  agreementName: string;
  agreementOrgNumber: string;
  /** Every account money can move between in a run: the ledger check sums these. */
  trackedAccounts: string[];
}

/** The scenario's cast, derived from the seed only, so a seed always shows the same people. */
export function castFor(seed: number, today: string): { persons: PersonModel[]; creditors: CreditorModel[] } {
  const rng = new SeededRandom(seed).fork('scenario-cast');
  const generated = makePersons(rng, PERSON_COUNT, { today });
  // p3 lives with p2 (one household): an eFaktura must still go only to the person named on the
  // invoice, never "on behalf of" a household member (efaktura-b2c.md §2.1).
  const shared = generated[2]?.addresses[0];
  if (shared && generated[3]) generated[3].addresses = [{ ...shared }];
  const persons = generated.map((person, index): PersonModel => ({
    label: `p${index}`,
    nationalId: person.nationalId,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.emails[0] ?? `p${index}@example.com`,
    mobile: person.mobiles[0] ?? `+4790000${String(index).padStart(3, '0')}`,
    address: person.addresses[0] ?? {
      street: `Gate ${index}`,
      postalCode: '0150',
      city: 'Oslo',
      country: 'NO',
    },
    account: makeAccountNumber(rng),
    jtta: false,
    reserved: false,
  }));
  const creditors = CREDITOR_KID_SETUPS.map((kid, index): CreditorModel => {
    const company = makeCompany(rng);
    return {
      label: `k${index}`,
      name: company.name.slice(0, 60),
      orgNumber: company.orgNumber,
      bban: makeAccountNumber(rng),
      kid,
    };
  });
  return { persons, creditors };
}

/**
 * Resets the bench to the run's start: clock frozen at SCENARIO_START, demo world from the seed,
 * the scenario's cast registered, the bank agreement set to the run's rule.
 */
export async function prepareWorld(
  bench: HttpClient,
  options: { seed: number; rule: ApprovalRule; wiring: (bench: HttpClient) => Promise<DriverWiring> },
): Promise<ScenarioWorld> {
  expectOk(await bench.post('/sim/v1/clock', { freeze: true, set: SCENARIO_START }), 'freezing the clock');
  expectOk(await bench.post('/sim/v1/reset', { seed: options.seed, world: 'demo' }), 'resetting the bench');
  const wiring = await options.wiring(bench);
  const today = osloDate(new Date(SCENARIO_START));
  const { persons, creditors } = castFor(options.seed, today);

  for (const person of persons) {
    expectOk(
      await bench.put(`/jtta/v1/persons/${person.nationalId}`, {
        firstName: person.firstName,
        lastName: person.lastName,
        addresses: [person.address],
        emails: [person.email],
        mobiles: [person.mobile],
      }),
      `registering ${person.label} in the JTTA register`,
    );
    expectOk(
      await bench.put(`/bank/v1/accounts/${person.account}`, {
        owner: { name: `${person.firstName} ${person.lastName}`, nationalId: person.nationalId },
        balance: PERSON_BALANCE_ORE,
        currency: 'NOK',
      }),
      `opening ${person.label}'s account`,
    );
  }
  for (const creditor of creditors) {
    expectOk(
      await bench.put(`/bank/v1/accounts/${creditor.bban}`, {
        owner: { name: creditor.name, orgNumber: creditor.orgNumber },
        balance: 0,
        currency: 'NOK',
      }),
      `opening creditor ${creditor.label}'s account`,
    );
    if (creditor.kid) {
      expectOk(
        await bench.put(`/bank/v1/accounts/${creditor.bban}/kid-agreement`, {
          definitions: [creditor.kid],
        }),
        `giving creditor ${creditor.label} a KID agreement`,
      );
    }
  }

  // The debtor account gets enough money that no payment waits for funds (AM04 is not what the
  // approval invariant is about).
  const debtor = wiring.bank.debtorAccount;
  const account = expectOk(
    await bench.get<{ owner?: Record<string, unknown> }>(`/bank/v1/accounts/${debtor}`),
    'reading the debtor account',
  );
  const owner = account.owner ?? { name: 'Demo Regnskap AS' };
  expectOk(
    await bench.put(`/bank/v1/accounts/${debtor}`, { owner, balance: DEBTOR_BALANCE_ORE, currency: 'NOK' }),
    'funding the debtor account',
  );
  const agreementName = typeof owner.name === 'string' ? owner.name : 'Demo Regnskap AS';
  const agreementOrgNumber = typeof owner.orgNumber === 'string' ? owner.orgNumber : wiring.bank.customerId;
  const world: ScenarioWorld = {
    seed: options.seed,
    start: SCENARIO_START,
    today,
    wiring,
    persons,
    creditors,
    agreementName,
    agreementOrgNumber,
    trackedAccounts: [
      ...persons.map((p) => p.account),
      ...creditors.map((c) => c.bban),
      wiring.issuer.accountNumber,
      debtor,
    ],
  };
  await putAgreement(bench, world, options.rule);
  return world;
}

/** PUT /bank/v1/agreements/{customerId} with the scenario's users and the given rule (§5.4). */
export async function putAgreement(
  bench: HttpClient,
  world: ScenarioWorld,
  rule: ApprovalRule,
): Promise<void> {
  const debtor = world.wiring.bank.debtorAccount;
  const answer = await bench.put(`/bank/v1/agreements/${world.wiring.bank.customerId}`, {
    name: world.agreementName,
    orgNumber: world.agreementOrgNumber,
    accounts: [debtor],
    requiredApprovals: rule.requiredApprovals,
    rgb: rule.rgb,
    users: AGREEMENT_USERS.map((user) => ({
      userId: user.userId,
      name: user.name,
      accounts: user.authorisedOnDebtor ? [debtor] : [],
    })),
    // One bad KID rejects only its own transaction, so every other outcome stays judgeable (§3.3).
    rejectGranularity: 'transaction',
    executionDatePolicy: 'roll-forward',
  });
  if (answer.status >= 300) {
    throw new ScenarioSetupError(
      `setting the bank agreement ${world.wiring.bank.customerId} to ${rule.requiredApprovals} approval(s), RGB ${rule.rgb ? 'on' : 'off'}: ${answer.status} ${answer.text.slice(0, 300)}`,
    );
  }
}
