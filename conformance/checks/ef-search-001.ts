// EF-SEARCH-001 — the register search uses the best keys each customer record holds.
import type { ActiveCheck } from '../types.ts';
import { newCustomer } from '../steps/customers.ts';
import type { CustomerKeys, TestCustomer } from '../steps/customers.ts';
import { excerpt } from '../steps/evidence.ts';
import type { SearchCustomerSent } from '../traffic/mps-traffic.ts';

/** What the search entry must carry, given what the customer record holds (§2.3, Uni Micro). */
const EXPECTED: Record<
  Exclude<CustomerKeys, 'name-only'>,
  { needs: Array<keyof SearchCustomerSent>; say: string }
> = {
  all: { needs: ['nationalId'], say: 'the national id (the strongest key)' },
  'national-id': { needs: ['nationalId'], say: 'the national id' },
  'phone-and-email': { needs: ['mobile', 'email'], say: 'both mobile and e-mail' },
  'email-and-name': { needs: ['email', 'lastName'], say: 'the e-mail together with the name' },
};

export const efSearch001: ActiveCheck = {
  id: 'EF-SEARCH-001',
  kind: 'active',
  area: 'search',
  severity: 'recommended',
  title: 'The register search uses the best keys held',
  rule: 'Each customer is searched with the best keys the record holds: the national id when known, else mobile and e-mail, else mobile or e-mail together with name or address. A record without a qualifying combination is not searched.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§2.3', keys: ['S32', 'S33', 'S1'], evidence: 'C' }],
  async run(ctx) {
    const customers: TestCustomer[] = [];
    for (const keys of ['all', 'phone-and-email', 'email-and-name', 'name-only'] as const) {
      customers.push(
        await newCustomer(ctx, {
          register: 'jtta',
          keys,
          subscribe: false,
          withoutEmail: keys === 'name-only',
        }),
      );
    }
    await ctx.driver.efakturaScan();
    const traffic = await ctx.traffic();
    for (const customer of customers) {
      const sent = traffic.searches.flatMap((search) =>
        search.customers
          .filter((c) => c.customerNumber === customer.customerNumber)
          .map((c) => ({ search, c })),
      );
      if (customer.keys === 'name-only') {
        for (const { search, c } of sent) {
          ctx.fail({
            message: `Customer ${customer.customerNumber} holds only a name and an address, which is no qualifying key combination, yet it was searched.`,
            fix: 'Search only customers with a national id, or mobile/e-mail together with name or address; bill the others by e-mail or print without searching.',
            seqs: [search.seq],
            excerpt: excerpt(c),
          });
        }
        continue;
      }
      const expected = EXPECTED[customer.keys];
      if (sent.length === 0) {
        ctx.fail({
          message: `Customer ${customer.customerNumber} holds ${expected.say} but was never searched in the register.`,
          fix: 'Search every customer whose record holds a qualifying key combination.',
          seqs: traffic.searches.map((s) => s.seq),
        });
        continue;
      }
      for (const { search, c } of sent) {
        const missing = expected.needs.filter((key) => c[key] === undefined || c[key] === '');
        if (missing.length > 0) {
          ctx.fail({
            message: `Customer ${customer.customerNumber} was searched without ${missing.join(' and ')}, although the record holds ${expected.say}.`,
            fix: 'Send the best keys the customer record holds: national id first, else mobile and e-mail, else one of them with the name.',
            seqs: [search.seq],
            excerpt: excerpt(c),
          });
        }
      }
    }
  },
};
