import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalId, orgNumber, personInput } from '../../test/efaktura/fixtures.ts';
import { giveConsent } from './consent.ts';
import { JttaRegister } from './register.ts';
import { searchCustomer } from './register-search.ts';
import type { SearchStatus } from './register-search.ts';
import { customerKeys, isSufficient, QUALIFYING_PAIRS } from './customer-keys.ts';
import type { KeyName, SearchCustomer } from './customer-keys.ts';
import { addressKey, emailKey, nameKey } from './normalise.ts';
import type { Person } from './person.ts';
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

// A scan over every person, straight from the rules in register-search.ts's header: the indexes
// must answer exactly as this does.
function scanSearch(
  register: JttaRegister,
  customer: SearchCustomer,
  settings: Pick<MpsSettings, 'searchMatchMode' | 'revealBlocked'>,
): SearchStatus {
  const keys = customerKeys(customer);
  if (!isSufficient(keys)) return 'INSUFFICIENT_KEYS';
  const carries = (person: Person, key: KeyName): boolean => {
    const wanted = keys[key];
    switch (key) {
      case 'name':
        return nameKey(person.firstName, person.lastName) === wanted;
      case 'address':
        return person.addresses.some((address) => addressKey(address) === wanted);
      case 'email':
        return person.emails.some((email) => emailKey(email) === wanted);
      case 'phone':
        return person.mobiles.includes(wanted ?? '');
      case 'nationalId':
        return person.nationalId === wanted;
    }
  };
  const supplied = (['name', 'address', 'email', 'phone'] as const).filter((k) => keys[k] !== undefined);
  const matches = [...register.all()].filter((person) => {
    if (keys.nationalId !== undefined) return carries(person, 'nationalId');
    if (settings.searchMatchMode === 'all-supplied') return supplied.every((k) => carries(person, k));
    return QUALIFYING_PAIRS.some(
      ([a, b]) => keys[a] !== undefined && keys[b] !== undefined && carries(person, a) && carries(person, b),
    );
  });
  const [person] = matches;
  if (matches.length > 1) return 'AMBIGUOUS';
  if (!person?.jtta) return 'NOT_FOUND';
  if (person.reservations.has(ISSUER)) return settings.revealBlocked ? 'BLOCKED' : 'NOT_FOUND';
  return 'FOUND';
}

describe('register search against a scan of the register (property)', () => {
  // Small pools, so persons share names, phones and e-mails, and searches hit, miss and collide.
  const pools = {
    firstName: ['Ola', 'Kari', 'Bjørn'],
    lastName: ['Nordmann', 'Ås'],
    street: ['Storgata 1', 'Kirkeveien 2'],
    email: ['a@example.com', 'b@example.com', 'c@example.com'],
    mobile: ['+4791234567', '+4741234567', '+4790000000'],
  };
  const pick = <T>(items: T[]) => fc.constantFrom(...items);
  const input = fc.record({
    firstName: pick(pools.firstName),
    lastName: pick(pools.lastName),
    addresses: fc
      .subarray(pools.street)
      .map((streets) =>
        streets.map((street) => ({ street, postalCode: '0155', city: 'Oslo', country: 'NO' })),
      ),
    emails: fc.subarray(pools.email),
    mobiles: fc.subarray(pools.mobile),
  });
  // A person is put, maybe put again with other data (re-indexed), maybe given JTTA or a reservation.
  const personSpec = fc.record({
    first: input,
    second: fc.option(input),
    jtta: fc.boolean(),
    reserved: fc.boolean(),
  });
  const customer = fc.record(
    {
      customerNumber: fc.constant('c'),
      nationalId: fc.nat(5).map((n) => nationalId(n)),
      firstName: pick(pools.firstName.map((n) => n.toUpperCase())),
      lastName: pick(pools.lastName),
      address: pick(pools.street).map((street) => ({ street: ` ${street}`, postalCode: '0155' })),
      email: pick(pools.email.map((e) => e.toUpperCase())),
      mobile: pick(['912 34 567', '0047 41234567', '90000000', '99999999']),
    },
    { requiredKeys: ['customerNumber'] },
  );

  it('answers every customer as the scan does, in both match modes', () => {
    fc.assert(
      fc.property(
        fc.array(personSpec, { minLength: 1, maxLength: 6 }),
        fc.array(customer, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('all-supplied', 'any-combination' as const),
        fc.boolean(),
        (specs, customers, searchMatchMode, revealBlocked) => {
          const register = new JttaRegister(7);
          specs.forEach((spec, n) => {
            const { person } = register.put(nationalId(n), spec.first, '2026-01-12T08:00:00+01:00');
            if (spec.second) register.put(nationalId(n), spec.second, '2026-01-12T09:00:00+01:00');
            if (spec.jtta) giveConsent(person, NOW);
            if (spec.reserved) reserveAgainstIssuer(register, person, ISSUER, NOW);
          });
          const settings = { searchMatchMode, revealBlocked } as const;
          for (const c of customers)
            expect(searchCustomer(register, ISSUER, c, settings).status).toBe(
              scanSearch(register, c, settings),
            );
        },
      ),
      { numRuns: 500 },
    );
  });
});
