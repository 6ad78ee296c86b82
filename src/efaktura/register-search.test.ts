import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalId, orgNumber, personInput } from '../../test/efaktura/fixtures.ts';
import { giveConsent } from './consent.ts';
import { JttaRegister } from './register.ts';
import { searchCustomer } from './register-search.ts';
import { reserveAgainstIssuer } from './reservation.ts';
import type { MpsSettings } from './settings.ts';

const NOW = new Date('2026-01-12T08:00:00+01:00');
const ISSUER = orgNumber(0);
const STRICT: Pick<MpsSettings, 'searchMatchMode' | 'revealBlocked'> = {
  searchMatchMode: 'all-supplied',
  revealBlocked: true,
};

function registerWithOla(jtta = true) {
  const register = new JttaRegister(7);
  const { person } = register.put(nationalId(0), personInput(), '2026-01-12T08:00:00+01:00');
  if (jtta) giveConsent(person, NOW);
  return { register, person };
}

const ola = { customerNumber: 'c1' };

describe('register search (documented key combinations, exact normalised matching)', () => {
  it('finds a JTTA person by phone and e-mail, in any spelling, and returns the identifier', () => {
    const { register, person } = registerWithOla();
    const result = searchCustomer(
      register,
      ISSUER,
      { ...ola, mobile: '004791234567', email: 'OLA.NORDMANN@example.com' },
      STRICT,
    );
    expect(result).toEqual({
      customerNumber: 'c1',
      status: 'FOUND',
      efakturaIdentifier: person.efakturaIdentifier,
    });
  });

  it.each([
    ['phone + name', { mobile: '91234567', firstName: 'ola', lastName: 'NORDMANN' }],
    ['phone + address', { mobile: '91234567', address: { street: 'Storgata 1', postalCode: '0155' } }],
    ['e-mail + name', { email: 'ola.nordmann@example.com', firstName: 'Ola', lastName: 'Nordmann' }],
    [
      'e-mail + address',
      {
        email: 'ola.nordmann@example.com',
        address: { street: 'STORGATA 1', postalCode: '0155', city: 'OSLO' },
      },
    ],
    ['national id alone', { nationalId: nationalId(0) }],
  ])('finds the person by %s', (_label, keys) => {
    const { register } = registerWithOla();
    expect(searchCustomer(register, ISSUER, { ...ola, ...keys }, STRICT).status).toBe('FOUND');
  });

  it.each([
    [
      'name and address only',
      { firstName: 'Ola', lastName: 'Nordmann', address: { street: 'Storgata 1', postalCode: '0155' } },
    ],
    ['one e-mail only', { email: 'ola.nordmann@example.com' }],
    ['a last name without first name, and a phone', { lastName: 'Nordmann', mobile: '91234567' }],
    ['an unparsable phone with a name', { mobile: 'call me', firstName: 'Ola', lastName: 'Nordmann' }],
    ['a national id failing its check digits', { nationalId: '12345678901' }],
  ])('answers INSUFFICIENT_KEYS for %s', (_label, keys) => {
    const { register } = registerWithOla();
    expect(searchCustomer(register, ISSUER, { ...ola, ...keys }, STRICT).status).toBe('INSUFFICIENT_KEYS');
  });

  it('requires every supplied key to match in all-supplied mode, but not in any-combination mode', () => {
    const { register } = registerWithOla();
    // A joint name fails the 100 % match (Finago, S34) although phone and e-mail match.
    const customer = {
      ...ola,
      mobile: '91234567',
      email: 'ola.nordmann@example.com',
      firstName: 'Ola & Kari',
      lastName: 'Nordmann',
    };
    expect(searchCustomer(register, ISSUER, customer, STRICT).status).toBe('NOT_FOUND');
    expect(
      searchCustomer(register, ISSUER, customer, { ...STRICT, searchMatchMode: 'any-combination' }).status,
    ).toBe('FOUND');
  });

  it('answers NOT_FOUND for a person without JTTA and for nobody', () => {
    const { register } = registerWithOla(false);
    expect(searchCustomer(register, ISSUER, { ...ola, nationalId: nationalId(0) }, STRICT).status).toBe(
      'NOT_FOUND',
    );
    expect(searchCustomer(register, ISSUER, { ...ola, nationalId: nationalId(1) }, STRICT).status).toBe(
      'NOT_FOUND',
    );
  });

  it('answers AMBIGUOUS when two persons share the keys, and FOUND when the mobile tells them apart', () => {
    const { register } = registerWithOla();
    const { person: twin } = register.put(
      nationalId(1),
      personInput({ mobiles: ['+4799887766'] }),
      '2026-01-12T08:00:00+01:00',
    );
    giveConsent(twin, NOW);
    const shared = { ...ola, email: 'ola.nordmann@example.com', firstName: 'Ola', lastName: 'Nordmann' };
    expect(searchCustomer(register, ISSUER, shared, STRICT).status).toBe('AMBIGUOUS');
    const result = searchCustomer(register, ISSUER, { ...shared, mobile: '99887766' }, STRICT);
    expect(result).toMatchObject({ status: 'FOUND', efakturaIdentifier: twin.efakturaIdentifier });
  });

  it('answers BLOCKED for a reservation against the calling issuer only, or NOT_FOUND when revealBlocked is off', () => {
    const { register, person } = registerWithOla();
    reserveAgainstIssuer(register, person, ISSUER, NOW);
    const customer = { ...ola, nationalId: nationalId(0) };
    expect(searchCustomer(register, ISSUER, customer, STRICT).status).toBe('BLOCKED');
    expect(searchCustomer(register, ISSUER, customer, { ...STRICT, revealBlocked: false }).status).toBe(
      'NOT_FOUND',
    );
    expect(searchCustomer(register, orgNumber(1), customer, STRICT).status).toBe('FOUND');
  });

  it('follows a changed record: the old e-mail no longer finds the person', () => {
    const { register } = registerWithOla();
    register.put(nationalId(0), personInput({ emails: ['ny@example.com'] }), '2026-01-13T08:00:00+01:00');
    expect(
      searchCustomer(
        register,
        ISSUER,
        { ...ola, mobile: '91234567', email: 'ola.nordmann@example.com' },
        STRICT,
      ).status,
    ).toBe('NOT_FOUND');
    expect(
      searchCustomer(register, ISSUER, { ...ola, mobile: '91234567', email: 'NY@example.com' }, STRICT)
        .status,
    ).toBe('FOUND');
  });

  it('finds a JTTA person by every sufficient subset of their own keys (property)', () => {
    const keySets = ['mobile', 'email', 'name', 'address', 'nationalId'] as const;
    fc.assert(
      fc.property(fc.subarray([...keySets], { minLength: 1 }), fc.boolean(), (chosen, upper) => {
        const { register, person } = registerWithOla();
        const customer: Record<string, unknown> = { customerNumber: 'p' };
        const cased = (s: string) => (upper ? s.toUpperCase() : s);
        if (chosen.includes('mobile')) customer.mobile = '912 34 567';
        if (chosen.includes('email')) customer.email = cased('ola.nordmann@example.com');
        if (chosen.includes('name'))
          Object.assign(customer, { firstName: cased('Ola'), lastName: cased('Nordmann') });
        if (chosen.includes('address'))
          customer.address = { street: cased('Storgata 1'), postalCode: '0155' };
        if (chosen.includes('nationalId')) customer.nationalId = nationalId(0);
        const has = (k: (typeof keySets)[number]) => chosen.includes(k);
        const sufficient =
          has('nationalId') ||
          (has('mobile') && has('email')) ||
          ((has('mobile') || has('email')) && (has('name') || has('address')));
        const result = searchCustomer(register, ISSUER, customer as { customerNumber: string }, STRICT);
        expect(result.status).toBe(sufficient ? 'FOUND' : 'INSUFFICIENT_KEYS');
        if (sufficient) expect(result.efakturaIdentifier).toBe(person.efakturaIdentifier);
      }),
    );
  });
});
