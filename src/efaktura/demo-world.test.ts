import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../world/rng.ts';
import { DEMO_STATES, planDemoWorld } from './demo-world.ts';
import { seedDemoIssuers, seedDemoPersons } from './demo-world-seed.ts';
import { searchCustomer } from './register-search.ts';
import { DEFAULT_MPS_SETTINGS } from './settings.ts';
import { createEfakturaState } from './state.ts';

const TODAY = '2026-01-12';
const NOW = new Date('2026-01-12T08:00:00+01:00');

describe('the eFaktura demo world', () => {
  it('is the same for the same seed and different for another', () => {
    const a = planDemoWorld(new SeededRandom(42), TODAY);
    expect(planDemoWorld(new SeededRandom(42), TODAY)).toEqual(a);
    expect(planDemoWorld(new SeededRandom(43), TODAY).persons[0]?.nationalId).not.toBe(
      a.persons[0]?.nationalId,
    );
  });

  it('has a few hundred persons in every state with distinct accounts, and four issuers', () => {
    const world = planDemoWorld(new SeededRandom(42), TODAY);
    expect(world.persons.length).toBe(300);
    for (const state of DEMO_STATES) expect(world.persons.some((p) => p.state === state)).toBe(true);
    expect(new Set(world.persons.map((p) => p.account.bban)).size).toBe(300);
    expect(world.issuers.map((i) => [i.name, i.confirmed])).toEqual([
      ['Fjordkraft Demo AS', true],
      ['Telenor Demo ASA', true],
      ['Oslo Kommune Demo', true],
      ['Nyoppstart Demo AS', false],
    ]);
  });

  it('behaves as each example promises in a register search', () => {
    const world = planDemoWorld(new SeededRandom(7), TODAY);
    const state = createEfakturaState(7);
    seedDemoPersons(state, world, NOW);
    seedDemoIssuers(state, world, (org) => `k-${org}`, NOW);
    const telenor = world.issuers[1]?.orgNumber ?? '';
    const search = (p: (typeof world.persons)[number], keys: 'id' | 'name-email') =>
      searchCustomer(
        state.register,
        telenor,
        keys === 'id'
          ? { customerNumber: 'x', nationalId: p.nationalId }
          : { customerNumber: 'x', firstName: p.firstName, lastName: p.lastName, email: p.emails[0] },
        DEFAULT_MPS_SETTINGS,
      ).status;
    const first = (s: string) => world.persons.find((p) => p.state === s);
    const pick = (s: string) =>
      first(s) ??
      (() => {
        throw new Error(s);
      })();
    expect(search(pick('jtta'), 'id')).toBe('FOUND');
    expect(search(pick('jtta-reserved'), 'id')).toBe('BLOCKED');
    expect(search(pick('no-jtta'), 'id')).toBe('NOT_FOUND');
    expect(search(pick('jtta-withdrawn'), 'id')).toBe('NOT_FOUND');
    expect(search(pick('ambiguous-pair'), 'name-email')).toBe('AMBIGUOUS');
    const several = pick('jtta-several-mobiles');
    const second = searchCustomer(
      state.register,
      telenor,
      { customerNumber: 'x', mobile: several.mobiles[1], email: several.emails[0] },
      DEFAULT_MPS_SETTINGS,
    );
    expect(second.status).toBe('FOUND');
  });
});
