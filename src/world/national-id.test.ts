import { describe, expect, it } from 'vitest';
import { validateNationalId } from '../norway/national-id.ts';
import { makeRandomNationalId } from './national-id.ts';
import { SeededRandom } from './rng.ts';

describe('makeRandomNationalId', () => {
  it('draws valid numbers born 1940–2005 by default', () => {
    const rng = new SeededRandom(21);
    for (let i = 0; i < 500; i += 1) {
      const { nationalId, birthDate, gender } = makeRandomNationalId(rng);
      expect(validateNationalId(nationalId, { allow2032Rule: false })).toMatchObject({
        valid: true,
        kind: 'fnr',
        birthDate,
        gender,
      });
      expect(birthDate >= '1940-01-01' && birthDate <= '2005-12-31').toBe(true);
    }
  });

  it('keeps birth dates within the range and not after today, with the asked kind and gender', () => {
    const rng = new SeededRandom(22);
    for (let i = 0; i < 200; i += 1) {
      const drawn = makeRandomNationalId(rng, {
        bornFrom: '2000-01-01',
        bornTo: '2030-12-31',
        today: '2001-06-30',
        kind: 'dnr',
        gender: 'female',
      });
      expect(drawn.birthDate >= '2000-01-01' && drawn.birthDate <= '2001-06-30').toBe(true);
      expect(validateNationalId(drawn.nationalId)).toMatchObject({
        valid: true,
        kind: 'dnr',
        gender: 'female',
      });
    }
  });

  it('replays by seed', () => {
    const a = new SeededRandom(9);
    const b = new SeededRandom(9);
    for (let i = 0; i < 50; i += 1) expect(makeRandomNationalId(a)).toEqual(makeRandomNationalId(b));
  });
});
