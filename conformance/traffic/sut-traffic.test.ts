import { describe, expect, it } from 'vitest';
import { journalEntry, pollEntry, shipmentEntry } from './journal-fixture.ts';
import { isSutEntry, readSutTraffic } from './sut-traffic.ts';

describe('the SUT’s traffic in the journal', () => {
  it('counts MPS and corporate bank calls as the SUT’s, and the runner’s world building as not', () => {
    const runner = new Set(['agreement:900000001']);
    const sut = (path: string, party = { kind: 'issuer' as const, id: '912852792' }) =>
      isSutEntry(journalEntry({ method: 'GET', path, party }), runner);
    expect(sut('/mps/v1/shipments/abc')).toBe(true);
    expect(sut('/bank/v1/status-reports/1')).toBe(true);
    expect(sut('/bank/v1/payment-files', { kind: 'agreement' as never, id: '900000001' })).toBe(false);
    expect(sut('/bank/v1/nettbank/01010112345/efaktura')).toBe(false);
    expect(sut('/bank/v1/accounts/15031000014')).toBe(false);
    expect(sut('/jtta/v1/persons/01010112345')).toBe(false);
    expect(sut('/sim/v1/clock')).toBe(false);
  });

  it('sizes a shipment the journal cut from MPS’s later status answer', () => {
    const full = shipmentEntry({
      shipmentId: '11111111-2222-4333-8444-555555555555',
      transactions: Array.from({ length: 3 }, (_, i) => ({ transactionId: String(i) })),
    });
    const cut = { ...full, requestBody: (full.requestBody ?? '').slice(0, 120), truncated: true };
    const poll = pollEntry(
      '11111111-2222-4333-8444-555555555555',
      '2026-01-12T08:06:00+01:00',
      Date.UTC(2026, 0, 12, 7, 6),
    );
    const answered = {
      ...poll,
      responseBody: JSON.stringify({ status: 'PROCESSED', accepted: 2, rejected: 1, transactions: [] }),
    };
    const [shipment] = readSutTraffic([cut, answered]).shipments;
    expect(shipment?.shipmentId).toBe('11111111-2222-4333-8444-555555555555');
    expect(shipment?.countKnown).toBe(true);
    expect(shipment?.transactionCount).toBe(3);
  });

  it('reads transaction statuses and rejection reasons from status answers', () => {
    const poll = journalEntry({
      method: 'GET',
      path: '/mps/v1/shipments/abc',
      responseBody: JSON.stringify({
        status: 'PROCESSED',
        transactions: [{ transactionId: 't1', status: 'REJECTED', reason: 'EB-EF-NO-JTTA' }],
      }),
    });
    expect(readSutTraffic([poll]).polls[0]?.transactions).toEqual([
      { transactionId: 't1', status: 'REJECTED', reason: 'EB-EF-NO-JTTA' },
    ]);
  });
});
