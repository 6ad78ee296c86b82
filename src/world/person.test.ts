import { describe, expect, it } from 'vitest';
import { validateMobile } from '../norway/mobile.ts';
import { validateNationalId } from '../norway/national-id.ts';
import { makePerson, makePersons } from './person.ts';
import { SeededRandom } from './rng.ts';

const today = '2026-01-15';

describe('makePerson', () => {
  it('makes a complete Norwegian consumer with valid numbers', () => {
    const rng = new SeededRandom(1);
    for (let i = 0; i < 300; i += 1) {
      const person = makePerson(rng, { today });
      const id = validateNationalId(person.nationalId, { today });
      expect(id).toMatchObject({ valid: true, kind: 'fnr' });
      expect(id.valid && id.birthDate >= '1940-01-01' && id.birthDate <= '2005-12-31').toBe(true);
      expect(person.firstName).toMatch(/^\p{L}/u);
      expect(person.lastName).toMatch(/^\p{L}[\p{L} -]*$/u);
      expect(person.addresses).toHaveLength(1);
      expect(person.addresses[0]).toMatchObject({
        postalCode: expect.stringMatching(/^[0-9]{4}$/),
        country: 'NO',
      });
      expect(person.addresses[0]?.street).toMatch(/^\p{L}.* [0-9]+$/u);
      expect(person.addresses[0]?.city).toMatch(/^\p{L}+$/u);
      expect(person.emails).toEqual([expect.stringMatching(/^[a-z0-9.]+@example\.(com|net|org)$/)]);
      expect(person.mobiles).toEqual([expect.stringMatching(/^\+47[49][0-9]{7}$/)]);
      expect(validateMobile(person.mobiles[0]).valid).toBe(true);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = Array.from(
      { length: 20 },
      (
        (rng) => () =>
          makePerson(rng, { today })
      )(new SeededRandom(99)),
    );
    const b = Array.from(
      { length: 20 },
      (
        (rng) => () =>
          makePerson(rng, { today })
      )(new SeededRandom(99)),
    );
    const c = Array.from(
      { length: 20 },
      (
        (rng) => () =>
          makePerson(rng, { today })
      )(new SeededRandom(100)),
    );
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('gives a person a first name of the gender their national identity number says', () => {
    const rng = new SeededRandom(5);
    const female = new Set<string>();
    const male = new Set<string>();
    for (let i = 0; i < 400; i += 1) {
      const person = makePerson(rng, { today });
      const id = validateNationalId(person.nationalId);
      if (id.valid) (id.gender === 'female' ? female : male).add(person.firstName);
    }
    expect([...female].filter((name) => male.has(name))).toEqual([]);
  });

  it('is born no later than today', () => {
    const rng = new SeededRandom(4);
    for (let i = 0; i < 200; i += 1) {
      const person = makePerson(rng, { today: '1940-03-01' });
      const id = validateNationalId(person.nationalId);
      expect(id.valid && id.birthDate <= '1940-03-01').toBe(true);
    }
  });
});

describe('makePersons', () => {
  // The MPS benchmark loads 100,000 persons: every search key must find exactly one of them.
  it('makes 100,000 persons with distinct national ids, e-mails and mobiles', { timeout: 120_000 }, () => {
    const persons = makePersons(new SeededRandom(2026), 100_000, { today });
    expect(persons).toHaveLength(100_000);
    expect(new Set(persons.map((p) => p.nationalId)).size).toBe(100_000);
    expect(new Set(persons.flatMap((p) => p.emails)).size).toBe(100_000);
    expect(new Set(persons.flatMap((p) => p.mobiles)).size).toBe(100_000);
  });

  it('replays the same list for the same seed', () => {
    expect(makePersons(new SeededRandom(3), 50, { today })).toEqual(
      makePersons(new SeededRandom(3), 50, { today }),
    );
  });
});
