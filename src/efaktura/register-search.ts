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
import type { KeyIndex } from './key-index.ts';
import type { JttaRegister } from './register.ts';
import type { MpsSettings } from './settings.ts';

export type SearchStatus = 'FOUND' | 'NOT_FOUND' | 'BLOCKED' | 'AMBIGUOUS' | 'INSUFFICIENT_KEYS';

export interface SearchResult {
  customerNumber: string;
  status: SearchStatus;
  efakturaIdentifier?: string;
}

function indexFor(register: JttaRegister, key: Exclude<KeyName, 'nationalId'>): KeyIndex {
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

function candidates(
  register: JttaRegister,
  keys: CustomerKeys,
  mode: MpsSettings['searchMatchMode'],
): Set<string> {
  if (keys.nationalId !== undefined) {
    return register.get(keys.nationalId) ? new Set([keys.nationalId]) : new Set();
  }
  const lookup = (key: Exclude<KeyName, 'nationalId'>): ReadonlySet<string> => {
    const value = keys[key];
    return value === undefined ? new Set() : indexFor(register, key).get(value);
  };
  if (mode === 'all-supplied') {
    const supplied = (['name', 'address', 'email', 'phone'] as const).filter((k) => keys[k] !== undefined);
    return intersect(supplied.map(lookup));
  }
  const union = new Set<string>();
  for (const [a, b] of QUALIFYING_PAIRS) {
    if (a === 'nationalId' || b === 'nationalId' || keys[a] === undefined || keys[b] === undefined) continue;
    for (const id of intersect([lookup(a), lookup(b)])) union.add(id);
  }
  return union;
}

export function searchCustomer(
  register: JttaRegister,
  issuerOrgNumber: string,
  customer: SearchCustomer,
  settings: Pick<MpsSettings, 'searchMatchMode' | 'revealBlocked'>,
): SearchResult {
  const { customerNumber } = customer;
  const keys = customerKeys(customer);
  if (!isSufficient(keys)) return { customerNumber, status: 'INSUFFICIENT_KEYS' };
  const found = candidates(register, keys, settings.searchMatchMode);
  if (found.size > 1) return { customerNumber, status: 'AMBIGUOUS' };
  const [nationalId] = found;
  const person = nationalId === undefined ? undefined : register.get(nationalId);
  if (!person?.jtta) return { customerNumber, status: 'NOT_FOUND' };
  if (person.reservations.has(issuerOrgNumber)) {
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
  return customers.map((customer) => searchCustomer(register, issuerOrgNumber, customer, settings));
}
