import { describe, expect, it } from 'vitest';
import { searchPlan } from './customer.ts';
import type { Customer } from './customer.ts';

const base: Customer = {
  customerNumber: '1042',
  firstName: 'Kari',
  lastName: 'Nordmann',
  address: { street: 'Storgata 1', postalCode: '0150', city: 'Oslo' },
  kidCustomerPart: '001042',
};

describe('searchPlan', () => {
  it('searches by the national id alone when it is known and valid', () => {
    const plan = searchPlan({
      ...base,
      nationalId: '31129956715',
      email: 'kari@example.no',
      mobile: '91234567',
    });
    expect(plan).toEqual({
      ok: true,
      level: 'national-id',
      entry: { customerNumber: '1042', nationalId: '31129956715' },
    });
  });

  it('falls back to mobile and e-mail when the national id fails its check digits', () => {
    const plan = searchPlan({
      ...base,
      nationalId: '31129956716',
      email: 'kari@example.no',
      mobile: '912 34 567',
    });
    expect(plan).toEqual({
      ok: true,
      level: 'phone-and-email',
      entry: { customerNumber: '1042', mobile: '+4791234567', email: 'kari@example.no' },
    });
  });

  it('sends one contact key with the name when only a mobile or an e-mail is known', () => {
    expect(searchPlan({ ...base, email: 'kari@example.no' })).toMatchObject({
      level: 'contact-and-name',
      entry: { email: 'kari@example.no', firstName: 'Kari', lastName: 'Nordmann' },
    });
    const plan = searchPlan({ ...base, mobile: '+47 412 34 567' });
    expect(plan.ok && plan.entry).toEqual({
      customerNumber: '1042',
      mobile: '+4741234567',
      firstName: 'Kari',
      lastName: 'Nordmann',
    });
  });

  it('does not search a customer with neither national id, mobile nor e-mail', () => {
    const plan = searchPlan({ ...base, mobile: '22 33 44 55' });
    expect(plan.ok).toBe(false);
  });
});
