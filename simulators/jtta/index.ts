// The JTTA register simulator `/jtta/v1` (ARCHITECTURE.md §5.2): persons, JTTA consent,
// reservations and eFaktura 1.0 legacy agreements. State: the shared eFaktura store.
import { DEFAULT_JTTA_SETTINGS } from '../../src/efaktura/index.ts';
import type { Simulator } from '../kernel/types.ts';
import { demoExamples, seedDemoRegister } from './demo-world.ts';
import { efakturaState, JTTA_SIMULATOR } from './efaktura-store.ts';
import { jttaRoutes } from './routes.ts';

export const jttaSimulator: Simulator = {
  name: JTTA_SIMULATOR,
  prefix: '/jtta/v1',
  routes: jttaRoutes,
  defaultSettings: { ...DEFAULT_JTTA_SETTINGS },
  seedWorld(tenant, world) {
    efakturaState(tenant);
    if (world === 'demo') seedDemoRegister(tenant);
  },
  describeWorld(tenant) {
    const state = efakturaState(tenant);
    let withJtta = 0;
    let reservations = 0;
    let legacyAgreements = 0;
    for (const person of state.register.all()) {
      if (person.jtta) withJtta += 1;
      reservations += person.reservations.size;
      legacyAgreements += person.legacyAgreements.size;
    }
    return {
      persons: state.register.size,
      withJtta,
      withoutJtta: state.register.size - withJtta,
      reservations,
      legacyAgreements,
      ...(state.demo ? { examples: demoExamples(state.demo) } : {}),
    };
  },
};
