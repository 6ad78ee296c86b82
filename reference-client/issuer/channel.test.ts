import { describe, expect, it } from 'vitest';
import { chooseChannel } from './channel.ts';
import type { Customer } from './customer.ts';

const customer = (n: string, extra: Partial<Customer> = {}): Customer => ({
  customerNumber: n,
  firstName: 'Ola',
  lastName: 'Nordmann',
  address: { street: 'Storgata 1', postalCode: '0150', city: 'Oslo' },
  kidCustomerPart: n.padStart(6, '0'),
  ...extra,
});
const agreement = { customerNumber: '1', efakturaIdentifier: 'EF-1', since: 'x' };

describe('chooseChannel', () => {
  it('chooses eFaktura when there is an agreement, else e-mail, else print', () => {
    expect(chooseChannel(customer('1'), agreement, undefined, () => [])).toMatchObject({
      channel: 'efaktura',
      efakturaIdentifier: 'EF-1',
    });
    expect(
      chooseChannel(customer('2', { email: 'a@b.no' }), undefined, 'BLOCKED by JTTA reservation', () => [])
        .reason,
    ).toBe('BLOCKED by JTTA reservation, channel email');
    expect(chooseChannel(customer('3'), undefined, undefined, () => []).channel).toBe('print');
  });

  it('never bills a household member under the reference, but does under sends-on-behalf', () => {
    const household = () => [{ customer: customer('1'), agreement }];
    expect(chooseChannel(customer('2'), undefined, undefined, household).channel).toBe('print');
    expect(chooseChannel(customer('2'), undefined, undefined, household, 'sends-on-behalf')).toMatchObject({
      channel: 'efaktura',
      efakturaIdentifier: 'EF-1',
    });
  });
});
