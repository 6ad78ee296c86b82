import { describe, expect, it } from 'vitest';
import { SeededRandom } from './rng.ts';

const draws = (rng: SeededRandom, n: number) => Array.from({ length: n }, () => rng.int(0, 1_000_000));

describe('SeededRandom', () => {
  it('replays the same sequence for the same seed and a different one for another seed', () => {
    expect(draws(new SeededRandom(42), 20)).toEqual(draws(new SeededRandom(42), 20));
    expect(draws(new SeededRandom(42), 20)).not.toEqual(draws(new SeededRandom(43), 20));
  });

  it('keeps int within its inclusive bounds and reaches both ends', () => {
    const rng = new SeededRandom(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('draws floats in [0, 1), digit strings of the asked length, and picks from a list', () => {
    const rng = new SeededRandom(7);
    for (let i = 0; i < 1000; i += 1) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    expect(rng.digits(12)).toMatch(/^[0-9]{12}$/);
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('forks a child stream that depends on the label and the seed only', () => {
    const parent = new SeededRandom(5);
    const a = draws(parent.fork('persons'), 5);
    parent.int(0, 10); // drawing from the parent does not shift its forks
    expect(draws(parent.fork('persons'), 5)).toEqual(a);
    expect(draws(parent.fork('companies'), 5)).not.toEqual(a);
    expect(draws(new SeededRandom(6).fork('persons'), 5)).not.toEqual(a);
  });

  it('normalises the seed to an unsigned 32-bit integer', () => {
    expect(new SeededRandom(-1).seed).toBe(0xffffffff);
    expect(draws(new SeededRandom(-1), 5)).toEqual(draws(new SeededRandom(0xffffffff), 5));
  });
});
