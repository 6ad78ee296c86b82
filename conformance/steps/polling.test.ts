import { describe, expect, it } from 'vitest';
import { pollEntry } from '../traffic/journal-fixture.ts';
import { readPoll } from '../traffic/mps-traffic.ts';
import type { StatusPoll } from '../traffic/mps-traffic.ts';
import { bursts, loopInWindow, MAX_POLLS_PER_CALL, pollsAfterFinal } from './polling.ts';

const ID = '6b1f0e2a-1d3c-4b5a-8c7d-9e0f1a2b3c4d';
const T0 = Date.UTC(2026, 0, 12, 7, 0, 0);

function polls(times: Array<[virtual: string, realOffsetMs: number, status?: string]>): StatusPoll[] {
  return times.map(
    ([virtual, offset, status], index) =>
      readPoll(pollEntry(ID, virtual, T0 + offset, status, 1000 + index)) as StatusPoll,
  );
}

describe('polling judgements', () => {
  it('finds a tight loop: many GETs of one shipment at one virtual instant, milliseconds apart', () => {
    const loop = polls(
      Array.from({ length: 25 }, (_, i) => ['2026-01-12T08:00:00+01:00', i * 2] as [string, number]),
    );
    const found = bursts(loop);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('25 status GETs');
  });

  it('accepts polls spread over virtual time (back-off) and a few repeats at one instant', () => {
    const spread = polls([
      ['2026-01-12T08:01:00+01:00', 0],
      ['2026-01-12T08:03:00+01:00', 5],
      ['2026-01-12T08:07:00+01:00', 10],
      ['2026-01-12T08:07:00+01:00', 12],
    ]);
    expect(bursts(spread)).toEqual([]);
  });

  it('judges a driver call by the journal window it covered', () => {
    const calls = polls(
      Array.from(
        { length: MAX_POLLS_PER_CALL + 1 },
        () => ['2026-01-12T08:00:00+01:00', 500] as [string, number],
      ),
    );
    expect(loopInWindow(calls, 999, 1000 + MAX_POLLS_PER_CALL, 'GET /invoices/1')).toHaveLength(1);
    expect(loopInWindow(calls, 999, 999 + MAX_POLLS_PER_CALL, 'GET /invoices/1')).toEqual([]);
  });

  it('flags polling that goes on after the shipment was read as PROCESSED', () => {
    const after = polls([
      ['2026-01-12T08:05:00+01:00', 0, 'PROCESSED'],
      ['2026-01-12T09:05:00+01:00', 1],
      ['2026-01-12T10:05:00+01:00', 2],
    ]);
    expect(pollsAfterFinal(after)).toHaveLength(1);
    expect(pollsAfterFinal(after.slice(0, 2))).toEqual([]);
  });
});
