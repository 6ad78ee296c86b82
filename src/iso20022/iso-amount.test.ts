import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { oreToDecimal, parseIsoAmount } from './iso-amount.ts';

describe('parseIsoAmount', () => {
  it('reads an ISO decimal into whole øre and keeps the text', () => {
    expect(parseIsoAmount('1250.00')).toEqual({ ore: 125000, text: '1250.00' });
    expect(parseIsoAmount('1250')).toEqual({ ore: 125000, text: '1250' });
    expect(parseIsoAmount('0.5')).toEqual({ ore: 50, text: '0.5' });
    expect(parseIsoAmount(' 12.34000 ')).toEqual({ ore: 1234, text: '12.34000' });
  });

  it('gives null øre when the amount has a fraction of an øre, so no money is silently rounded', () => {
    expect(parseIsoAmount('10.005').ore).toBeNull();
    expect(parseIsoAmount('0.00001').ore).toBeNull();
  });

  it('gives null øre for text that is not an unsigned decimal', () => {
    for (const text of ['', '12,50', '-1.00', '1e3', 'abc', '1.2.3'])
      expect(parseIsoAmount(text).ore).toBeNull();
  });

  it('gives null øre when the amount is beyond exact integer range', () => {
    expect(parseIsoAmount('999999999999999999.99').ore).toBeNull();
  });

  it('round-trips every whole-øre amount through oreToDecimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (ore) => {
        const text = oreToDecimal(ore);
        expect(text).toMatch(/^[0-9]+\.[0-9]{2}$/);
        expect(parseIsoAmount(text).ore).toBe(ore);
      }),
    );
  });

  it('agrees with exact decimal arithmetic for amounts with up to five fraction digits', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 5 }),
        (units, digits) => {
          const scale = 10n ** BigInt(digits);
          const text =
            digits === 0
              ? `${units}`
              : `${units / scale}.${(units % scale).toString().padStart(digits, '0')}`;
          const ore100 = units * 100n;
          const whole = ore100 % scale === 0n;
          const exact = ore100 / scale;
          const expected = whole && exact <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(exact) : null;
          expect(parseIsoAmount(text).ore).toBe(expected);
        },
      ),
    );
  });
});

describe('oreToDecimal', () => {
  it('formats øre with two fraction digits and a sign for negative balances', () => {
    expect(oreToDecimal(0)).toBe('0.00');
    expect(oreToDecimal(5)).toBe('0.05');
    expect(oreToDecimal(125000)).toBe('1250.00');
    expect(oreToDecimal(-1999)).toBe('-19.99');
  });

  it('refuses a fractional øre amount as a bench bug', () => {
    expect(() => oreToDecimal(1.5)).toThrow(RangeError);
  });
});
