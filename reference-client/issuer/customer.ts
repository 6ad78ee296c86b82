// The issuer's customer register (driver PUT /customers/{customerNumber}, ARCHITECTURE.md §5.6)
// and the search keys each customer offers MPS.
import { validateNationalId } from '../../src/norway/national-id.ts';
import { normaliseMobile } from '../../src/norway/mobile.ts';

export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  country?: string;
}

export interface Customer {
  customerNumber: string;
  nationalId?: string;
  firstName: string;
  lastName: string;
  address: PostalAddress;
  email?: string;
  mobile?: string;
  /** The digits that stand for this customer inside the KID (see kid.ts). */
  kidCustomerPart: string;
}

/** One customer of POST /mps/v1/efaktura-identifiers/search (ARCHITECTURE.md §5.3). */
export interface SearchCustomer {
  customerNumber: string;
  nationalId?: string;
  firstName?: string;
  lastName?: string;
  address?: { street: string; postalCode: string; city: string; country: string };
  email?: string;
  mobile?: string;
}

export type SearchKeyLevel = 'national-id' | 'phone-and-email' | 'contact-and-name';

export type SearchPlan =
  { ok: true; level: SearchKeyLevel; entry: SearchCustomer } | { ok: false; reason: string };

/**
 * The best keys a customer offers, in the order of efaktura-b2c.md §2.3 (Uni Micro S32/S33 [C]):
 *   (c) the national id alone, when it is known and valid;
 *   (a) else mobile AND e-mail;
 *   (b) else mobile OR e-mail, together with the name.
 * Only the chosen keys are sent: MPS may require every supplied key to match ("100 % match",
 * Finago S34), so an old address sent along would only turn a hit into a miss. Of name and
 * address in (b) the name is used: it is always on the customer card and changes less often.
 */
export function searchPlan(customer: Customer): SearchPlan {
  const base = { customerNumber: customer.customerNumber };
  if (customer.nationalId !== undefined && validateNationalId(customer.nationalId).valid) {
    return { ok: true, level: 'national-id', entry: { ...base, nationalId: customer.nationalId } };
  }
  const mobile = customer.mobile !== undefined ? (normaliseMobile(customer.mobile) ?? undefined) : undefined;
  const email = customer.email?.trim() || undefined;
  if (mobile !== undefined && email !== undefined) {
    return { ok: true, level: 'phone-and-email', entry: { ...base, mobile, email } };
  }
  const contact = mobile !== undefined ? { mobile } : email !== undefined ? { email } : undefined;
  if (contact !== undefined && customer.firstName.trim() !== '' && customer.lastName.trim() !== '') {
    return {
      ok: true,
      level: 'contact-and-name',
      entry: { ...base, ...contact, firstName: customer.firstName, lastName: customer.lastName },
    };
  }
  return {
    ok: false,
    reason:
      'no valid national id, mobile or e-mail: too few keys for the register search (efaktura-b2c.md §2.3)',
  };
}

/** Household key for "same address" (used only by the sends-on-behalf mutant). */
export function addressKey(address: PostalAddress): string {
  return [address.street, address.postalCode, address.country ?? 'NO']
    .map((part) => part.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ''))
    .join('|');
}
