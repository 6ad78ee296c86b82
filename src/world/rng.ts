// Seeded randomness: every random choice in the bench comes from here, so a seed replays a run.
import { xoroshiro128plus, unsafeUniformIntDistribution } from 'pure-rand';
import type { RandomGenerator } from 'pure-rand';

export class SeededRandom {
  readonly seed: number;
  private generator: RandomGenerator;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    this.generator = xoroshiro128plus(this.seed);
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.generator);
  }

  /** Float in [0, 1). */
  next(): number {
    return this.int(0, 0x7fffffff) / 0x80000000;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('SeededRandom.pick: cannot pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i += 1) out += String(this.int(0, 9));
    return out;
  }

  /** A child generator with its own stream, so adding draws in one area does not shift another. */
  fork(label: string): SeededRandom {
    let hash = this.seed ^ 0x9e3779b9;
    for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    return new SeededRandom(hash);
  }
}
