// PAS-SHIP-001 — every shipment the SUT sent: the 1,000 limit and every field rule.
import type { PassiveCheck } from '../types.ts';
import { requestExcerpt } from '../steps/evidence.ts';
import { shipmentProblems } from '../steps/shipment-rules.ts';
import { issuerByOrgNumber } from '../world/world-info.ts';
import { eachSegment, sentOn } from './segments.ts';

export const pasShip001: PassiveCheck = {
  id: 'PAS-SHIP-001',
  kind: 'passive',
  area: 'passive',
  severity: 'mandatory',
  title: 'Every shipment sent respects the limit and the field rules',
  rule: 'Each shipment carries at most 1,000 transactions and new lower-case UUIDs; each transaction names one recipient, valid types, the invoice number, a KID valid for the issuer, whole øre amounts, a due date 3 days to 1 year ahead, the issuer name (≤ 40) and the issuer’s own account.',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§4.2', keys: ['S14', 'S15'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§4.3', keys: ['S20', 'S32'], evidence: 'C' },
  ],
  targets: ['oversize-shipment'],
  inspect(traffic, sink) {
    let shipments = 0;
    eachSegment(traffic, sink, (segment, fail) => {
      for (const shipment of segment.traffic.shipments) {
        shipments += 1;
        const issuer = segment.world ? issuerByOrgNumber(segment.world, shipment.issuerOrgNumber) : undefined;
        const problems = shipmentProblems(shipment, issuer, sentOn(shipment.entry.virtualTime));
        // One finding per rule and shipment is enough to act on.
        const seen = new Set<string>();
        for (const problem of problems) {
          const key = problem.fix;
          if (seen.has(key)) continue;
          seen.add(key);
          const more = problems.filter((p) => p.fix === key).length - 1;
          fail({
            ...problem,
            message:
              more > 0 ? `${problem.message} (and ${more} more like it in this shipment)` : problem.message,
            seqs: [shipment.seq],
            excerpt: problem.excerpt ?? requestExcerpt(shipment.entry, 300),
          });
        }
      }
    });
    sink.note(`${shipments} shipment(s) judged.`);
  },
};
