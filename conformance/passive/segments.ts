// Helpers for passive checks: walk every world of the run with the findings tagged by the active
// check that built it.
import type { RunTraffic, WorldSegment } from '../traffic/run-traffic.ts';
import type { FindingInput, FindingSink } from '../types.ts';

export function eachSegment(
  traffic: RunTraffic,
  sink: FindingSink,
  visit: (segment: WorldSegment, fail: (finding: FindingInput) => void) => void,
): void {
  for (const segment of traffic.segments) {
    visit(segment, (finding) => sink.fail({ ...finding, during: segment.checkId }));
  }
}

/** The Oslo date of a journal entry's virtual time (the day the SUT sent it). */
export function sentOn(virtualTime: string): string {
  return virtualTime.slice(0, 10);
}
