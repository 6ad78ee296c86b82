// PAS-RECIPIENT-001 — every eFaktura went to its own customer's eFaktura address.
import type { PassiveCheck } from '../types.ts';
import { recipientMismatches } from '../steps/recipients.ts';
import { eachSegment } from './segments.ts';

export const pasRecipient001: PassiveCheck = {
  id: 'PAS-RECIPIENT-001',
  kind: 'passive',
  area: 'passive',
  severity: 'mandatory',
  title: 'Every eFaktura went to the invoice’s own customer',
  rule: 'Each eFaktura the SUT shipped is addressed to the eFaktura identifier the register returned for that invoice’s customer (or the customer’s own national id): never "on behalf of" another person.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§2.1', keys: ['S1', 'S8'], evidence: 'C' }],
  targets: ['sends-on-behalf'],
  inspect(traffic, sink) {
    eachSegment(traffic, sink, (segment, fail) => {
      recipientMismatches(segment.traffic, segment.invoices, segment.customers).slice(0, 5).forEach(fail);
    });
  },
};
