import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Journal } from './journal.ts';

function exchange(requestBody: string | null, responseBody: string | null) {
  return {
    virtualTime: '2026-01-12T08:00:00+01:00',
    realTime: '2026-01-12T07:00:00.000Z',
    party: null,
    method: 'POST',
    path: '/x',
    query: '',
    status: 200,
    durationMs: 1,
    requestContentType: 'application/json',
    requestBody,
    requestBytes: requestBody?.length ?? 0,
    responseContentType: 'application/json',
    responseBody,
    responseBytes: responseBody?.length ?? 0,
    code: null,
    fault: null,
  };
}

describe('Journal bounds', () => {
  it('drops the oldest bodies past the body budget, keeps the newest, and marks what it dropped', () => {
    const journal = new Journal({ bodyBudget: 100 });
    for (let i = 0; i < 5; i++) journal.record(exchange('a'.repeat(30), 'b'.repeat(10)));
    const { entries } = journal.list();
    expect(entries.map((e) => e.requestBody === null)).toEqual([true, true, true, false, false]);
    expect(entries.map((e) => e.truncated)).toEqual([true, true, true, false, false]);
    expect(entries.every((e) => e.requestBytes === 30 && e.responseBytes === 10)).toBe(true);
    expect(journal.heldBodyChars).toBe(80);
    // One body larger than the whole budget is still kept while it is the newest.
    journal.record(exchange('c'.repeat(500), null));
    expect(journal.list({ since: 5 }).entries[0]?.requestBody).toHaveLength(500);
    expect(journal.heldBodyChars).toBe(500);
  });

  it('keeps maxEntries entries (trimming in batches), with seq and since intact', () => {
    const journal = new Journal({ maxEntries: 64 });
    for (let i = 0; i < 1000; i++) journal.record(exchange(null, null));
    const { entries } = journal.list({ limit: 10_000 });
    expect(entries.length).toBeGreaterThanOrEqual(64);
    expect(entries.length).toBeLessThan(64 + 2);
    expect(entries.at(-1)?.seq).toBe(1000);
    expect(journal.list({ since: 990 }).entries.map((e) => e.seq)).toEqual([
      991, 992, 993, 994, 995, 996, 997, 998, 999, 1000,
    ]);
  });

  it('always holds exactly the body characters of the entries it keeps, within the budget (property)', () => {
    const body = fc.option(fc.string({ maxLength: 60 }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(body, body), { maxLength: 200 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        (exchanges, bodyBudget, maxEntries) => {
          const journal = new Journal({ bodyBudget, maxEntries });
          for (const [request, response] of exchanges) {
            journal.record(exchange(request, response));
            const { entries } = journal.list({ limit: 10_000 });
            const held = entries.reduce(
              (n, e) => n + (e.requestBody?.length ?? 0) + (e.responseBody?.length ?? 0),
              0,
            );
            expect(journal.heldBodyChars).toBe(held);
            const newest = entries.at(-1);
            const newestChars = (newest?.requestBody?.length ?? 0) + (newest?.responseBody?.length ?? 0);
            expect(held).toBeLessThanOrEqual(Math.max(bodyBudget, newestChars));
            expect(newest?.requestBody).toBe(request);
          }
        },
      ),
    );
  });
});
