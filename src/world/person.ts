// Generated Norwegian consumers for the JTTA register and the MPS benchmark: the record shape is
// the JTTA contract's person (ARCHITECTURE.md §5.2) plus the national identity number.
// Hot path: 100,000 persons must generate in a few seconds, so names and places come from
// faker's nb_NO word lists (arrayElement, ~0.1 µs) rather than faker's template-based helpers
// such as person.lastName() or location.streetAddress() (4–9 µs each, measured).
import type { Faker } from '@faker-js/faker';
import type { Gender } from '../norway/national-id.ts';
import { fakerFor } from './faker.ts';
import { makeRandomNationalId } from './national-id.ts';
import type { SeededRandom } from './rng.ts';

export interface PersonAddress {
  street: string;
  /** 4 digits. */
  postalCode: string;
  city: string;
  country: 'NO';
}

export interface Person {
  /** A valid fødselsnummer (born 1940–2005). */
  nationalId: string;
  firstName: string;
  lastName: string;
  addresses: PersonAddress[];
  emails: string[];
  /** E.164 Norwegian mobiles, `+47` then 8 digits starting with 4 or 9. */
  mobiles: string[];
}

export interface MakePersonOptions {
  /** `YYYY-MM-DD`: no one is born after it. */
  today: string;
}

interface Words {
  firstNames: Record<Gender, readonly string[]>;
  lastNames: readonly string[];
  streetPrefixes: readonly string[];
  streetNames: readonly string[];
  streetSuffixes: readonly string[];
  cityNames: readonly string[];
  citySuffixes: readonly string[];
  /** emailSlug of every name, computed once (the slug regexes were a hot spot). */
  slugs: Map<string, string>;
}

const wordsCache = new WeakMap<Faker, Words>();

function list(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw new Error(`bench bug: faker nb_NO has no word list ${path}`);
  }
  return value as string[];
}

function words(faker: Faker): Words {
  let cached = wordsCache.get(faker);
  if (cached === undefined) {
    const { person, location } = faker.rawDefinitions;
    cached = {
      firstNames: {
        female: list(person?.first_name?.female, 'person.first_name.female'),
        male: list(person?.first_name?.male, 'person.first_name.male'),
      },
      lastNames: list(person?.last_name?.generic, 'person.last_name.generic'),
      streetPrefixes: list(location?.street_prefix, 'location.street_prefix'),
      streetNames: list(location?.street_name, 'location.street_name'),
      streetSuffixes: list(location?.street_suffix, 'location.street_suffix'),
      cityNames: list(location?.city_name, 'location.city_name'),
      citySuffixes: list(location?.city_suffix, 'location.city_suffix'),
      slugs: new Map(),
    };
    wordsCache.set(faker, cached);
  }
  return cached;
}

/** `Ærlige Øyvind` → `aerlige.oyvind`: e-mail-safe ASCII. */
function emailSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // accents: é → e
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

const EMAIL_TLDS = ['com', 'net', 'org'] as const;

function slugOf(w: Words, name: string): string {
  let slug = w.slugs.get(name);
  if (slug === undefined) {
    slug = emailSlug(name);
    w.slugs.set(name, slug);
  }
  return slug;
}

/** A Norwegian consumer with one address, e-mail and mobile. Deterministic for the rng's seed. */
export function makePerson(rng: SeededRandom, options: MakePersonOptions): Person {
  const faker = fakerFor(rng);
  const w = words(faker);
  const pick = faker.helpers.arrayElement;
  const { nationalId, gender } = makeRandomNationalId(rng, { today: options.today });
  const firstName = pick(w.firstNames[gender]);
  // nb_NO's own weighting: 1 in 5 persons has a double last name ("Myhrer Hansen").
  const lastName = rng.int(1, 5) === 1 ? `${pick(w.lastNames)} ${pick(w.lastNames)}` : pick(w.lastNames);
  const prefix = rng.int(1, 4) === 1 ? `${pick(w.streetPrefixes)} ` : '';
  const street = `${prefix}${pick(w.streetNames)}${pick(w.streetSuffixes)} ${rng.int(1, 150)}`;
  const city = `${pick(w.cityNames)}${pick(w.citySuffixes)}`;
  // example.com/.net/.org are reserved (RFC 2606): generated mail can never reach a real person.
  const email = `${slugOf(w, firstName)}.${slugOf(w, lastName)}${rng.int(1, 9999)}@example.${pick(EMAIL_TLDS)}`;
  const mobile = `+47${rng.int(0, 1) === 1 ? '9' : '4'}${rng.digits(7)}`;
  return {
    nationalId,
    firstName,
    lastName,
    addresses: [{ street, postalCode: rng.digits(4), city, country: 'NO' }],
    emails: [email],
    mobiles: [mobile],
  };
}

/**
 * `count` persons whose national identity numbers, e-mails and mobiles are all distinct, so a
 * register search by any one key finds exactly one person (duplicates are redrawn).
 */
export function makePersons(rng: SeededRandom, count: number, options: MakePersonOptions): Person[] {
  const persons: Person[] = [];
  const nationalIds = new Set<string>();
  const emails = new Set<string>();
  const mobiles = new Set<string>();
  let attempts = 0;
  while (persons.length < count) {
    attempts += 1;
    if (attempts > count * 2 + 100) {
      throw new RangeError(
        `makePersons: could not draw ${count} distinct persons (bench bug or count too large)`,
      );
    }
    const person = makePerson(rng, options);
    if (
      nationalIds.has(person.nationalId) ||
      person.emails.some((e) => emails.has(e)) ||
      person.mobiles.some((m) => mobiles.has(m))
    ) {
      continue;
    }
    nationalIds.add(person.nationalId);
    for (const e of person.emails) emails.add(e);
    for (const m of person.mobiles) mobiles.add(m);
    persons.push(person);
  }
  return persons;
}
