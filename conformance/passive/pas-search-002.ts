// PAS-SEARCH-002 — every searched customer carries a qualifying key combination, its own.
import { customerKeys, isSufficient } from '../../src/efaktura/customer-keys.ts';
import type { SearchCustomer } from '../../src/efaktura/customer-keys.ts';
import type { PassiveCheck } from '../types.ts';
import { excerpt } from '../steps/evidence.ts';
import { eachSegment } from './segments.ts';

export const pasSearch002: PassiveCheck = {
  id: 'PAS-SEARCH-002',
  kind: 'passive',
  area: 'passive',
  severity: 'recommended',
  title: 'Searched customers carry their own, sufficient keys',
  rule: 'A customer is searched only with a qualifying key combination (national id; or mobile and e-mail; or mobile or e-mail with name or address), and only with the data of that customer record.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§2.3', keys: ['S32', 'S33', 'S34'], evidence: 'C' }],
  inspect(traffic, sink) {
    eachSegment(traffic, sink, (segment, fail) => {
      for (const search of segment.traffic.searches) {
        let insufficient = 0;
        let example: unknown;
        for (const sent of search.customers) {
          const keys = customerKeys(sent as SearchCustomer);
          if (!isSufficient(keys)) {
            insufficient += 1;
            example ??= sent;
          }
          const own =
            typeof sent.customerNumber === 'string' ? segment.customers.get(sent.customerNumber) : undefined;
          if (
            own &&
            sent.nationalId !== undefined &&
            own.nationalId !== undefined &&
            sent.nationalId !== own.nationalId
          ) {
            fail({
              message: `Customer ${sent.customerNumber} was searched with national id ${sent.nationalId}, not the record's own ${own.nationalId}.`,
              fix: 'Search each customer with the data of that customer record only.',
              seqs: [search.seq],
              excerpt: excerpt(sent),
            });
          }
        }
        if (insufficient > 0) {
          fail({
            message: `${insufficient} customer(s) in one search carry no qualifying key combination (MPS answers INSUFFICIENT_KEYS).`,
            fix: 'Leave customers without a national id, or mobile/e-mail with name or address, out of the search.',
            seqs: [search.seq],
            excerpt: excerpt(example),
          });
        }
      }
    });
  },
};
