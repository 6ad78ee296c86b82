import { describe, expect, it } from 'vitest';
import { decideAgreement } from './agreement.ts';
import type { EfakturaAgreement } from './agreement.ts';

const current: EfakturaAgreement = {
  customerNumber: '1',
  efakturaIdentifier: 'EF-A',
  since: '2026-01-12T07:00:00Z',
};
const none = () => false;

describe('decideAgreement', () => {
  it('creates an agreement for a FOUND person and keeps it while the identifier stays the same', () => {
    expect(decideAgreement(undefined, { status: 'FOUND', efakturaIdentifier: 'EF-A' }, none)).toMatchObject({
      action: 'create',
      efakturaIdentifier: 'EF-A',
    });
    expect(decideAgreement(current, { status: 'FOUND', efakturaIdentifier: 'EF-A' }, none).action).toBe(
      'keep',
    );
    expect(decideAgreement(current, { status: 'FOUND', efakturaIdentifier: 'EF-B' }, none).action).toBe(
      'create',
    );
  });

  it('removes the agreement of a person now BLOCKED, NOT_FOUND or AMBIGUOUS', () => {
    for (const status of ['BLOCKED', 'NOT_FOUND', 'AMBIGUOUS', 'INSUFFICIENT_KEYS'] as const) {
      expect(decideAgreement(current, { status }, none).action).toBe('remove');
      expect(decideAgreement(undefined, { status }, none).action).toBe('none');
    }
  });

  it('treats a FOUND person on the blacklist as blocked', () => {
    const decision = decideAgreement(
      current,
      { status: 'FOUND', efakturaIdentifier: 'EF-A' },
      (id) => id === 'EF-A',
    );
    expect(decision).toMatchObject({ action: 'remove' });
    expect(decision.reason).toMatch(/BLOCKED/);
  });

  it('keeps blocked agreements under ignores-blacklist and withdrawn ones under sends-after-jtta-withdrawn', () => {
    expect(decideAgreement(current, { status: 'BLOCKED' }, none, 'ignores-blacklist').action).toBe('keep');
    expect(decideAgreement(current, { status: 'NOT_FOUND' }, none, 'ignores-blacklist').action).toBe(
      'remove',
    );
    expect(decideAgreement(current, { status: 'NOT_FOUND' }, none, 'sends-after-jtta-withdrawn').action).toBe(
      'keep',
    );
    expect(decideAgreement(current, { status: 'BLOCKED' }, none, 'sends-after-jtta-withdrawn').action).toBe(
      'remove',
    );
  });
});
