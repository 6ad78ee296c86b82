// EF-SEARCH-002 — searches go in batches of at most 1,000 customers, and every customer is searched.
import type { ActiveCheck } from '../types.ts';
import { newCustomers } from '../steps/customers.ts';

/** [I] MPS takes as many customers per search as transactions per shipment (1,000). */
export const MAX_CUSTOMERS_PER_SEARCH = 1000;

export const efSearch002: ActiveCheck = {
  id: 'EF-SEARCH-002',
  kind: 'active',
  area: 'search',
  severity: 'mandatory',
  title: 'Register searches in batches of at most 1,000, none left out',
  rule: 'The periodic search sends at most 1,000 customers per call (bulk search as Tripletex and INFO-Subscription do it, with the MPS batch limit) and searches every customer, so a customer base above 1,000 is split into several calls.',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§4.2', keys: ['S15'], evidence: 'I' },
    { notes: 'efaktura-b2c.md', section: '§7', keys: ['S42', 'S36'], evidence: 'C' },
  ],
  async run(ctx) {
    const customers = await newCustomers(ctx, MAX_CUSTOMERS_PER_SEARCH + 1, {
      register: 'unknown',
      keys: 'national-id',
      subscribe: false,
    });
    await ctx.driver.efakturaScan();
    const traffic = await ctx.traffic();
    for (const search of traffic.searches) {
      if (search.customerCount > MAX_CUSTOMERS_PER_SEARCH) {
        ctx.fail({
          message: `One register search carried ${search.customerCount} customers; the limit is ${MAX_CUSTOMERS_PER_SEARCH}.`,
          fix: 'Split the scan into searches of at most 1,000 customers each.',
          seqs: [search.seq],
          codes: ['EB-EF-SEARCH-TOO-MANY'],
        });
      }
    }
    const searched = new Set(
      traffic.searches.flatMap((search) => search.customers.map((c) => c.customerNumber)),
    );
    const missed = customers.filter((customer) => !searched.has(customer.customerNumber));
    const tooLarge = traffic.searches.some((search) => search.customerCount > MAX_CUSTOMERS_PER_SEARCH);
    if (missed.length > 0 && !tooLarge) {
      ctx.fail({
        message: `${missed.length} of ${customers.length} customers were never searched (e.g. ${missed
          .slice(0, 5)
          .map((c) => c.customerNumber)
          .join(', ')}).`,
        fix: 'Search every customer in each periodic scan.',
        seqs: traffic.searches.map((s) => s.seq),
      });
    }
    ctx.note(
      `${traffic.searches.length} search call(s): ${traffic.searches.map((s) => s.customerCount).join(' + ')} customers.`,
    );
  },
};
