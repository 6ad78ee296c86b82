// PAS-SEARCH-001 — every register search: at most 1,000 customers, the issuer named.
import type { PassiveCheck } from '../types.ts';
import { requestExcerpt } from '../steps/evidence.ts';
import { eachSegment } from './segments.ts';

const MAX_CUSTOMERS_PER_SEARCH = 1000;

export const pasSearch001: PassiveCheck = {
  id: 'PAS-SEARCH-001',
  kind: 'passive',
  area: 'passive',
  severity: 'mandatory',
  title: 'Every register search holds at most 1,000 customers',
  rule: 'Each POST /mps/v1/efaktura-identifiers/search names the issuer and carries at most 1,000 customers, each with its customer number.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§2.3', keys: ['S18', 'S40'], evidence: 'C' }],
  inspect(traffic, sink) {
    let searches = 0;
    eachSegment(traffic, sink, (segment, fail) => {
      for (const search of segment.traffic.searches) {
        searches += 1;
        if (
          search.customerCount > MAX_CUSTOMERS_PER_SEARCH ||
          search.entry.code === 'EB-EF-SEARCH-TOO-MANY'
        ) {
          fail({
            message: `A register search carried ${search.customerCount} customers; the limit is ${MAX_CUSTOMERS_PER_SEARCH}.`,
            fix: 'Split the scan into searches of at most 1,000 customers.',
            seqs: [search.seq],
            codes: ['EB-EF-SEARCH-TOO-MANY'],
          });
        }
        const unnamed = search.customers.filter(
          (c) => typeof c.customerNumber !== 'string' || c.customerNumber === '',
        ).length;
        if (!search.issuerOrgNumber || unnamed > 0) {
          fail({
            message: `A register search ${!search.issuerOrgNumber ? 'does not name the issuer' : `has ${unnamed} customers without a customer number`}.`,
            fix: 'Send issuerOrgNumber and a customerNumber for every customer, so each result can be matched back.',
            seqs: [search.seq],
            excerpt: requestExcerpt(search.entry, 300),
          });
        }
      }
    });
    sink.note(`${searches} search call(s) judged.`);
  },
};
