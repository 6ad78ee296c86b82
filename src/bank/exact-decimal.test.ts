import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { xsDecimalToOre, scaledToText, toScaled } from './exact-decimal.ts';

describe('exact decimals', () => {
  it('reads every xs:decimal form with up to 5 fraction digits exactly', () => {
    expect(toScaled('1250.00')).toBe(125000000n);
    expect(toScaled('.5')).toBe(50000n);
    expect(toScaled('5.')).toBe(500000n);
    expect(toScaled('+0.00001')).toBe(1n);
    expect(toScaled('1.0000000')).toBe(100000n);
    expect(toScaled('1.000001')).toBeUndefined();
    expect(toScaled('1,00')).toBeUndefined();
    expect(toScaled('')).toBeUndefined();
  });

  it('gives whole øre only when there is no fraction of an øre', () => {
    expect(xsDecimalToOre('12.34')).toBe(1234);
    expect(xsDecimalToOre('12.345')).toBeUndefined();
    expect(xsDecimalToOre('12.3400')).toBe(1234);
  });

  it('writes back what it reads', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 17n }), (scaled) => {
        expect(toScaled(scaledToText(scaled))).toBe(scaled);
      }),
    );
  });
});
