// The demo world's persons (issue 4, item 7): planned once per reset from the tenant seed
// (src/efaktura/demo-world.ts), put into the register, each with an account in the bank.
import { DEMO_STATES, planDemoWorld, seedDemoPersons } from '../../src/efaktura/index.ts';
import type { DemoWorld } from '../../src/efaktura/index.ts';
import { ensureAccount } from '../bank/ledger-port.ts';
import type { Tenant } from '../kernel/types.ts';
import { efakturaState } from './efaktura-store.ts';

/** The demo plan of this reset (planned by the jtta simulator, the first eFaktura one seeded). */
export function demoWorld(tenant: Tenant): DemoWorld {
  const state = efakturaState(tenant);
  state.demo ??= planDemoWorld(tenant.rng.fork('efaktura-demo'), tenant.clock.today());
  return state.demo;
}

export function seedDemoRegister(tenant: Tenant): void {
  const world = demoWorld(tenant);
  seedDemoPersons(efakturaState(tenant), world, tenant.clock.now());
  for (const person of world.persons) {
    ensureAccount(tenant, {
      bban: person.account.bban,
      owner: { name: `${person.firstName} ${person.lastName}`, nationalId: person.nationalId },
      balanceOre: person.account.balanceOre,
    });
  }
}

/** A handful of example persons per state, for training (GET /sim/v1/world). */
export function demoExamples(world: DemoWorld, perState = 3) {
  return Object.fromEntries(
    DEMO_STATES.map((state) => [
      state,
      world.persons
        .filter((p) => p.state === state)
        .slice(0, perState)
        .map((p) => ({
          nationalId: p.nationalId,
          name: `${p.firstName} ${p.lastName}`,
          mobiles: p.mobiles,
          emails: p.emails,
          address: p.addresses[0] ?? null,
          account: p.account.bban,
          exercises: p.exercises,
        })),
    ]),
  );
}
