// Polling judgements (efaktura-b2c.md §7 [C]: poll until the state leaves IN_PROGRESS, retry with
// back-off; MPS: "keep the UUIDs and poll", §4.2). A tight loop is many GETs of the same shipment
// while nothing can have changed: inside one driver call, or at one virtual instant in a burst.
import type { StatusPoll } from '../traffic/mps-traffic.ts';
import type { FindingInput } from '../types.ts';

/** More GETs of one shipment than this inside one driver call is a loop, not a poll. */
export const MAX_POLLS_PER_CALL = 3;
/** Polls of one shipment closer than this in real time, at the same virtual instant, form a burst. */
export const BURST_GAP_MS = 50;

export function pollKey(poll: StatusPoll): string {
  return `${poll.kind}:${poll.id}`;
}

/** Groups polls by shipment (or transaction) id, in journal order. */
export function pollsById(polls: readonly StatusPoll[]): Map<string, StatusPoll[]> {
  const groups = new Map<string, StatusPoll[]>();
  for (const poll of polls) {
    if (poll.kind === 'shipment-list') continue;
    const group = groups.get(pollKey(poll)) ?? [];
    group.push(poll);
    groups.set(pollKey(poll), group);
  }
  return groups;
}

function loopFinding(id: string, polls: readonly StatusPoll[], where: string): FindingInput {
  const first = polls[0];
  return {
    message: `${polls.length} status GETs of ${id} ${where}${first ? ` (virtual time ${first.entry.virtualTime})` : ''}: a tight loop, not polling with back-off.`,
    fix: 'Poll each IN_PROGRESS shipment at most once per due time and double the delay after each poll that still finds it IN_PROGRESS (e.g. 1, 2, 4 … 60 minutes), on the bench clock.',
    seqs: polls.slice(0, 10).map((p) => p.seq),
    excerpt: polls
      .slice(0, 6)
      .map(
        (p) =>
          `seq ${p.seq} ${p.entry.method} ${p.entry.path} ${p.entry.realTime} → ${p.answerStatus ?? p.entry.status}`,
      )
      .join('\n'),
  };
}

/** Too many GETs of the same id inside one window of journal sequence numbers (one driver call). */
export function loopInWindow(
  polls: readonly StatusPoll[],
  fromSeq: number,
  toSeq: number,
  what: string,
): FindingInput[] {
  const inside = polls.filter((poll) => poll.seq > fromSeq && poll.seq <= toSeq);
  const findings: FindingInput[] = [];
  for (const [id, group] of pollsById(inside)) {
    if (group.length > MAX_POLLS_PER_CALL) findings.push(loopFinding(id, group, `during ${what}`));
  }
  return findings;
}

/** Bursts: runs of more than MAX_POLLS_PER_CALL GETs of one id at one virtual instant, each within BURST_GAP_MS. */
export function bursts(polls: readonly StatusPoll[]): FindingInput[] {
  const findings: FindingInput[] = [];
  for (const [id, group] of pollsById(polls)) {
    let run: StatusPoll[] = [];
    const flush = (): void => {
      if (run.length > MAX_POLLS_PER_CALL) findings.push(loopFinding(id, run, 'in one burst'));
      run = [];
    };
    for (const poll of group) {
      const previous = run.at(-1);
      if (previous && poll.virtualMs === previous.virtualMs && poll.realMs - previous.realMs <= BURST_GAP_MS)
        run.push(poll);
      else {
        flush();
        run = [poll];
      }
    }
    flush();
  }
  return findings;
}

/** GETs of a shipment after the SUT already read it PROCESSED or STOPPED (final statuses). */
export function pollsAfterFinal(polls: readonly StatusPoll[]): FindingInput[] {
  const findings: FindingInput[] = [];
  for (const [id, group] of pollsById(polls)) {
    if (!id.startsWith('shipment:')) continue;
    const finalIndex = group.findIndex(
      (poll) => poll.answerStatus === 'PROCESSED' || poll.answerStatus === 'STOPPED',
    );
    if (finalIndex === -1) continue;
    const after = group.slice(finalIndex + 1);
    if (after.length > 1) {
      findings.push({
        message: `The SUT read ${id} as ${group[finalIndex]?.answerStatus} (seq ${group[finalIndex]?.seq}) and still polled it ${after.length} more times.`,
        fix: 'Stop polling a shipment once it is PROCESSED or STOPPED; follow single transactions with GET /mps/v1/transactions/{id} if needed.',
        seqs: [group[finalIndex]?.seq ?? 0, ...after.slice(0, 5).map((p) => p.seq)],
      });
    }
  }
  return findings;
}
