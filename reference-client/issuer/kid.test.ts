import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateKidForAgreement } from '../../src/norway/kid.ts';
import { issueKid, kidCustomerPart, kidLayout } from './kid.ts';

describe('issueKid', () => {
  it('issues KIDs that pass the issuer agreement for every algorithm, length, customer and counter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('MOD10' as const, 'MOD11' as const),
        fc.integer({ min: 6, max: 25 }),
        fc.nat(),
        fc.nat({ max: 1_000_000 }),
        (algorithm, length, customer, counter) => {
          const layout = kidLayout(length);
          const part = String(customer % 10 ** Math.min(layout.customerDigits, 15)).padStart(
            layout.customerDigits,
            '0',
          );
          const kid = issueKid(part, counter, { algorithm, length });
          expect(validateKidForAgreement(kid, { algorithm, lengths: [length] }).valid).toBe(true);
          expect(kid.startsWith(part)).toBe(true);
        },
      ),
    );
  });

  it('keeps the remainder-0 rule: a MOD10 check of 0 is written 0 and a MOD11 check of 10 is written -', () => {
    const mod10Zero = Array.from({ length: 100 }, (_, n) =>
      issueKid('00042', n, { algorithm: 'MOD10', length: 8 }),
    ).find((k) => k.endsWith('0'));
    const mod11Dash = Array.from({ length: 100 }, (_, n) =>
      issueKid('00042', n, { algorithm: 'MOD11', length: 8 }),
    ).find((k) => k.endsWith('-'));
    expect(mod10Zero).toHaveLength(8);
    expect(mod11Dash).toHaveLength(8);
  });

  it('writes "10" under the mod10-check-digit-ten mutant and "0" for "-" under mod11-no-dash, which fail the agreement', () => {
    const counters = Array.from({ length: 200 }, (_, n) => n);
    const tens = counters
      .map((n) => issueKid('00042', n, { algorithm: 'MOD10', length: 8 }, 'mod10-check-digit-ten'))
      .filter((kid) => kid.endsWith('10') && kid.length === 9);
    expect(tens.length).toBeGreaterThan(0);
    for (const kid of tens)
      expect(validateKidForAgreement(kid, { algorithm: 'MOD10', lengths: [8] }).valid).toBe(false);
    const dashes = counters.filter((n) =>
      issueKid('00042', n, { algorithm: 'MOD11', length: 8 }).endsWith('-'),
    );
    expect(dashes.length).toBeGreaterThan(0);
    for (const n of dashes) {
      const kid = issueKid('00042', n, { algorithm: 'MOD11', length: 8 }, 'mod11-no-dash');
      expect(kid.endsWith('0')).toBe(true);
      expect(validateKidForAgreement(kid, { algorithm: 'MOD11', lengths: [8] }).valid).toBe(false);
    }
  });
});

describe('kidCustomerPart', () => {
  const layout = kidLayout(10);

  it('uses a numeric customer number that fits, padded to the customer digits', () => {
    expect(kidCustomerPart('1042', () => false, layout)).toBe('001042');
  });

  it('gives a non-numeric, oversized or already used customer number the highest free part', () => {
    const taken = new Set(['001042', '999999']);
    expect(kidCustomerPart('C-7', (p) => taken.has(p), layout)).toBe('999998');
    expect(kidCustomerPart('12345678', (p) => taken.has(p), layout)).toBe('999998');
    expect(kidCustomerPart('1042', (p) => taken.has(p), layout)).toBe('999998');
  });
});
