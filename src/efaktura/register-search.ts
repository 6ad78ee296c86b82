// The issuer's register search (MPS getEfakturaIdentifiers, modelled as
// POST /mps/v1/efaktura-identifiers/search; efaktura-b2c.md §2.3, §10.2 [I]). Exact matching on
// normalised keys through the register's indexes: a few Map look-ups per customer, no scans.
//
// Decisions [I] (docs/decisions/002-efaktura-modelling.md):
// - a valid national id decides alone: the person with that id, whatever else is supplied;
// - `all-supplied` (default, Finago's "100 % match" S34): every other supplied key must match the
//   same person; `any-combination`: a person matching any one sufficient pair is a candidate;
// - ambiguity is decided among all registered persons, JTTA or not, so an invoice never reaches
//   the wrong one of two look-alikes; then a single candidate without JTTA is NOT_FOUND;
// - a candidate reserved against the calling issuer is BLOCKED, or NOT_FOUND when the setting
//   `revealBlocked` is off ([U] §10.2: whether MPS reveals blocking is unknown).
import { customerKeys, isSufficient, QUALIFYING_PAIRS } from './customer-keys.ts';
import type { CustomerKeys, KeyName, SearchCustomer } from './customer-keys.ts';
import { intersect } from './key-index.ts';
import type { Entries, KeyIndex } from './key-index.ts';
import type { Person } from './person.ts';
import type { JttaRegister } from './register.ts';
import type { MpsSettings } from './settings.ts';

export type SearchStatus = 'FOUND' | 'NOT_FOUND' | 'BLOCKED' | 'AMBIGUOUS' | 'INSUFFICIENT_KEYS';

export interface SearchResult {
  customerNumber: string;
  status: SearchStatus;
  efakturaIdentifier?: string;
}

type IndexedKey = Exclude<KeyName, 'nationalId'>;

// Module-level functions, not closures: the search runs per customer on the hot path, and a
// closure per call also costs a name wrapper under the tsx/esbuild transform.
function indexFor(register: JttaRegister, key: IndexedKey): KeyIndex<Person> {
  switch (key) {
    case 'name':
      return register.names;
    case 'address':
      return register.addresses;
    case 'email':
      return register.emails;
    case 'phone':
      return register.phones;
  }
}

function lookup(register: JttaRegister, keys: CustomerKeys, key: IndexedKey): Entries<Person> | undefined {
  const value = keys[key];
  return value === undefined ? undefined : indexFor(register, key).lookup(value);
}

const INDEXED_KEYS: readonly IndexedKey[] = ['phone', 'email', 'name', 'address'];

/** Up to two matching persons: enough to tell NOT_FOUND, FOUND and AMBIGUOUS apart. */
function candidates(
  register: JttaRegister,
  keys: CustomerKeys,
  mode: MpsSettings['searchMatchMode'],
): Person[] {
  if (keys.nationalId !== undefined) {
    const person = register.get(keys.nationalId);
    return person ? [person] : [];
  }
  if (mode === 'all-supplied') {
    const entries: Array<Entries<Person> | undefined> = [];
    for (const key of INDEXED_KEYS) {
      if (keys[key] === undefined) continue;
      const ids = lookup(register, keys, key);
      if (ids === undefined) return [];
      entries.push(ids);
    }
    return intersect(entries, 2);
  }
  const union = new Set<Person>();
  for (const [a, b] of QUALIFYING_PAIRS) {
    if (a === 'nationalId' || b === 'nationalId' || keys[a] === undefined || keys[b] === undefined) continue;
    for (const person of intersect([lookup(register, keys, a), lookup(register, keys, b)], 2))
      union.add(person);
    if (union.size > 1) break;
  }
  return [...union];
}

export function searchCustomer(
  register: JttaRegister,
  issuerOrgNumber: string,
  customer: SearchCustomer,
  settings: Pick<MpsSettings, 'searchMatchMode' | 'revealBlocked'>,
  // Whether anyone reserved against the issuer, asked once per search rather than per customer.
  anyReservations = register.hasReservationsAgainst(issuerOrgNumber),
): SearchResult {
  const { customerNumber } = customer;
  const keys = customerKeys(customer);
  if (!isSufficient(keys)) return { customerNumber, status: 'INSUFFICIENT_KEYS' };
  const found = candidates(register, keys, settings.searchMatchMode);
  if (found.length > 1) return { customerNumber, status: 'AMBIGUOUS' };
  const [person] = found;
  if (!person?.jtta) return { customerNumber, status: 'NOT_FOUND' };
  if (anyReservations && person.reservations.has(issuerOrgNumber)) {
    return { customerNumber, status: settings.revealBlocked ? 'BLOCKED' : 'NOT_FOUND' };
  }
  return { customerNumber, status: 'FOUND', efakturaIdentifier: person.efakturaIdentifier };
}

export function searchRegister(
  register: JttaRegister,
  issuerOrgNumber: string,
  customers: readonly SearchCustomer[],
  settings: Pick<MpsSettings, 'searchMatchMode' | 'revealBlocked'>,
): SearchResult[] {
  const results: SearchResult[] = [];
  const anyReservations = register.hasReservationsAgainst(issuerOrgNumber);
  for (const customer of customers)
    results.push(searchCustomer(register, issuerOrgNumber, customer, settings, anyReservations));
  return results;
}
