// PAS-POLL-001 — no tight polling loops anywhere in the run.
import type { PassiveCheck } from '../types.ts';
import { bursts, loopInWindow } from '../steps/polling.ts';
import { eachSegment } from './segments.ts';

export const pasPoll001: PassiveCheck = {
  id: 'PAS-POLL-001',
  kind: 'passive',
  area: 'passive',
  severity: 'mandatory',
  title: 'No tight polling loops in the whole run',
  rule: 'Across the run, the SUT never GETs the same shipment or transaction status more than 3 times at one virtual instant within a few milliseconds: status is polled with back-off, not in a loop.',
  sources: [{ notes: 'efaktura-b2c.md', section: '§7', keys: ['S39', 'S20'], evidence: 'C' }],
  targets: ['polls-without-backoff'],
  inspect(traffic, sink) {
    let polls = 0;
    eachSegment(traffic, sink, (segment, fail) => {
      polls += segment.traffic.polls.length;
      const found = bursts(segment.traffic.polls);
      // A driver call's real-time window, when the driver and the bench share a clock.
      if (found.length === 0) {
        for (const call of segment.driverCalls) {
          const inside = segment.traffic.polls.filter(
            (p) => p.realMs >= call.startedAt && p.realMs <= call.endedAt,
          );
          if (inside.length === 0) continue;
          const first = inside[0]?.seq ?? 0;
          const last = inside.at(-1)?.seq ?? 0;
          found.push(...loopInWindow(inside, first - 1, last, `${call.method} ${call.path}`));
        }
      }
      found.slice(0, 5).forEach(fail);
    });
    sink.note(`${polls} status GET(s) judged.`);
  },
};
