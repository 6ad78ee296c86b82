// The keys an issuer's customer record offers for the register search, and whether they are
// enough. Sufficient combinations (efaktura-b2c.md §2.3 [C], Uni Micro S32/S33):
//   (a) phone AND e-mail; (b) phone OR e-mail, together with name OR address; (c) national id.
// A key that does not normalise (an unparsable phone, a national id failing its check digits,
// a first name without a last name) counts as absent [I].
import { validateNationalId } from '../norway/national-id.ts';
import { addressKey, emailKey, nameKey, phoneKey } from './normalise.ts';
import type { AddressLike } from './normalise.ts';

/** One customer in POST /mps/v1/efaktura-identifiers/search (ARCHITECTURE.md §5.3). */
export interface SearchCustomer {
  customerNumber: string;
  nationalId?: string;
  firstName?: string;
  lastName?: string;
  address?: AddressLike;
  email?: string;
  mobile?: string;
}

export interface CustomerKeys {
  nationalId?: string;
  name?: string;
  address?: string;
  email?: string;
  phone?: string;
}

export type KeyName = keyof CustomerKeys;

export function customerKeys(customer: SearchCustomer): CustomerKeys {
  const keys: CustomerKeys = {};
  if (customer.nationalId !== undefined) {
    const id = validateNationalId(customer.nationalId);
    if (id.valid) keys.nationalId = id.value;
  }
  const name = nameKey(customer.firstName, customer.lastName);
  if (name !== undefined) keys.name = name;
  const address = addressKey(customer.address);
  if (address !== undefined) keys.address = address;
  const email = emailKey(customer.email);
  if (email !== undefined) keys.email = email;
  const phone = phoneKey(customer.mobile);
  if (phone !== undefined) keys.phone = phone;
  return keys;
}

/** The documented pairs of rule (a) and (b), in the order they are tried. */
export const QUALIFYING_PAIRS: ReadonlyArray<readonly [KeyName, KeyName]> = [
  ['phone', 'email'],
  ['phone', 'name'],
  ['phone', 'address'],
  ['email', 'name'],
  ['email', 'address'],
];

export function isSufficient(keys: CustomerKeys): boolean {
  if (keys.nationalId !== undefined) return true;
  return QUALIFYING_PAIRS.some(([a, b]) => keys[a] !== undefined && keys[b] !== undefined);
}
