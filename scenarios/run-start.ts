// The start of one model-based run: a fresh world, the driver reset and wired to it, the journal
// read up to now, the opening balances, and the model of what everyone knows at step 0.
import { configFromWorld } from '../reference-client/index.ts';
import { osloDate } from '../src/norway/oslo-time.ts';
import { expectOk, expectSetUp } from './http-client.ts';
import type { HttpClient } from './http-client.ts';
import { JournalObserver } from './journal-observer.ts';
import type { ScenarioModel } from './model.ts';
import { Observations } from './observations.ts';
import { readBalances } from './step.ts';
import type { ScenarioSystem } from './system.ts';
import type { ScenarioTarget } from './target.ts';
import { AGREEMENT_USERS, prepareWorld } from './world.ts';
import type { DriverWiring } from './world.ts';
import { describeSetup } from './run-setup.ts';
import type { RunSetup } from './run-setup.ts';
import { AddCustomerCommand } from './commands/add-customer.ts';
import { AddSubscriptionCommand } from './commands/add-subscription.ts';
import { GiveJttaCommand } from './commands/give-jtta.ts';
import { RunScanCommand } from './commands/run-scan.ts';

/**
 * What the driver is wired to. The reference client wires itself from the demo world in a known
 * way (configFromWorld); an external driver is expected to be wired the same way (docs/scenarios.md).
 * The reference client can be pointed at another confirmed demo issuer (`issuerIndex`), so runs
 * cover both KID algorithms.
 */
async function demoWiring(
  target: ScenarioTarget,
  bench: HttpClient,
  issuerIndex: number,
): Promise<DriverWiring & { config: Record<string, unknown> }> {
  const world = expectOk(await bench.get<Record<string, unknown>>('/sim/v1/world'), 'reading the demo world');
  const mps = world.mps as { issuers?: Array<{ state?: string }> } | undefined;
  const confirmed = (mps?.issuers ?? []).filter((issuer) => issuer.state === 'CONFIRMED');
  const chosen = confirmed[issuerIndex % Math.max(1, confirmed.length)];
  const view = target.referenceDriver && chosen ? { ...world, mps: { ...mps, issuers: [chosen] } } : world;
  const config = configFromWorld(view, target.benchUrl, target.tenantKey);
  return {
    issuer: {
      orgNumber: config.issuer.orgNumber,
      name: config.issuer.name,
      accountNumber: config.issuer.accountNumber,
      kid: config.issuer.kid,
    },
    bank: {
      customerId: config.bank.customerId,
      apiKey: config.bank.apiKey,
      debtorAccount: config.bank.debtorAccount,
    },
    config: { issuer: config.issuer, bank: config.bank },
  };
}

export async function startRun(
  target: ScenarioTarget,
  setup: RunSetup,
  seed: number,
  tenantKey: string,
): Promise<{ model: ScenarioModel; system: ScenarioSystem }> {
  const bench = target.bench(tenantKey);
  let driverConfig: Record<string, unknown> = {};
  const world = await prepareWorld(bench, {
    seed,
    rule: { requiredApprovals: setup.bankRequiredApprovals, rgb: setup.rgb },
    wiring: async (client) => {
      const wiring = await demoWiring(target, client, setup.issuer);
      driverConfig = wiring.config;
      return wiring;
    },
  });
  const driver = target.driver(tenantKey);
  if (target.referenceDriver) {
    // The reference client is told the run's rule (1+1, 2+1 or 2+2) and who holds bank authority.
    const bank = driverConfig.bank as Record<string, unknown>;
    expectSetUp(
      await driver.post('/reset', {
        config: {
          issuer: driverConfig.issuer,
          bank: {
            ...bank,
            requiredApprovals: setup.requiredApprovals,
            erpApprovals: setup.erpApprovals,
            approvers: AGREEMENT_USERS.filter((u) => u.authorisedOnDebtor).map((u) => u.userId),
          },
        },
      }),
      'resetting the reference client',
    );
  } else {
    expectSetUp(await driver.post('/reset'), 'resetting the driver');
  }
  const journal = new JournalObserver(bench);
  await journal.skipToHead();
  const clock = expectOk(await bench.get<{ now: string }>('/sim/v1/clock'), 'reading the clock');
  const system: ScenarioSystem = {
    bench,
    agreementBank: target.bench(world.wiring.bank.apiKey),
    driver,
    world,
    journal,
    observations: new Observations(),
    openingBalances: new Map(),
    reconciledMatches: 0,
    executedPayments: 0,
    story: [
      `0. world seed ${seed}, issuer ${world.wiring.issuer.orgNumber} (KID ${world.wiring.issuer.kid.algorithm} length ${world.wiring.issuer.kid.length}); ${castLegend(world)}`,
      `   set-up: ${describeSetup(setup)}`,
    ],
  };
  system.openingBalances = await readBalances(system);
  const model: ScenarioModel = {
    step: 0,
    now: clock.now,
    today: osloDate(new Date(clock.now)),
    issuer: {
      orgNumber: world.wiring.issuer.orgNumber,
      name: world.wiring.issuer.name,
      account: world.wiring.issuer.accountNumber,
      kid: world.wiring.issuer.kid,
    },
    persons: world.persons.map((p) => ({ ...p })),
    customers: new Map(),
    subscriptions: new Map(),
    invoices: new Map(),
    inbox: new Map(),
    creditors: world.creditors,
    payables: new Map(),
    runs: [],
    bankRule: { requiredApprovals: setup.bankRequiredApprovals, rgb: setup.rgb },
    clientRule: target.referenceDriver
      ? { erpApprovals: setup.erpApprovals, requiredApprovals: setup.requiredApprovals }
      : undefined,
    users: AGREEMENT_USERS.map((u) => ({ userId: u.userId, authorisedOnDebtor: u.authorisedOnDebtor })),
    netbankApprovals: new Map(),
    scans: 0,
    billingRuns: 0,
  };
  // Where each person stands when the run begins (the set-up is part of the counterexample).
  for (const [index, person] of setup.cast.entries()) {
    if (person.customer)
      await new AddCustomerCommand(index, person.customer, person.number).apply(model, system);
    if (person.jtta) await new GiveJttaCommand(index).apply(model, system);
    if (person.customer && person.subscription !== null) {
      await new AddSubscriptionCommand(index, person.subscription).apply(model, system);
    }
  }
  if (setup.scanned && model.customers.size > 0) await new RunScanCommand().apply(model, system);
  return { model, system };
}

function castLegend(world: ScenarioSystem['world']): string {
  const persons = world.persons
    .map((p) => `${p.label} ${p.firstName} ${p.lastName} ${p.nationalId}`)
    .join(', ');
  const creditors = world.creditors
    .map((c) => `${c.label} ${c.bban} ${c.kid ? `KID ${c.kid.algorithm}/${c.kid.length}` : 'no KID'}`)
    .join(', ');
  return `persons ${persons}; creditors ${creditors}`;
}
