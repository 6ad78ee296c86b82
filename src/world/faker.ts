// Faker with Norwegian (nb_NO) data whose every draw comes from a SeededRandom, so a world is
// replayed by its seed alone. faker.seed() costs ~70 µs, far too slow to call per person
// (100,000 persons in the MPS benchmark), so Faker instead gets a randomizer backed by the rng.
import { base, Faker, nb_NO } from '@faker-js/faker';
import type { Randomizer } from '@faker-js/faker';
import { SeededRandom } from './rng.ts';

// One Faker per rng (constructing one costs ~70 µs); it holds no state of its own.
const fakers = new WeakMap<SeededRandom, Faker>();

function randomizerFrom(rng: SeededRandom): Randomizer {
  let source = rng;
  return {
    next: () => source.next(),
    // Only for callers who reseed faker directly: switch to a fresh stream for that seed.
    seed: (seed) => {
      source = new SeededRandom(Array.isArray(seed) ? (seed[0] ?? 0) : seed);
    },
  };
}

/** The nb_NO Faker that draws from this rng. */
export function fakerFor(rng: SeededRandom): Faker {
  let faker = fakers.get(rng);
  if (faker === undefined) {
    faker = new Faker({ locale: [nb_NO, base], randomizer: randomizerFrom(rng) });
    fakers.set(rng, faker);
  }
  return faker;
}
