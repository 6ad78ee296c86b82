import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paymentSum } from './control-totals.ts';
import { toScaled } from '../exact-decimal.ts';
import { decimalToOre } from '../../iso20022/iso-amount.ts';
import type { Pain001Payment, Pain001Transaction } from '../../iso20022/pain001-model.ts';

/** A payment block holding just what paymentSum reads: each amount as the reader gives it. */
function block(texts: readonly string[]): Pain001Payment {
  const transactions = texts.map(
    (text) => ({ amount: { ore: decimalToOre(text), text, currency: 'NOK', line: 1 } }) as Pain001Transaction,
  );
  return { transactions } as Pain001Payment;
}

function exactSum(texts: readonly string[]): bigint | undefined {
  let sum = 0n;
  for (const text of texts) {
    const scaled = toScaled(text);
    if (scaled === undefined) return undefined;
    sum += scaled;
  }
  return sum;
}

describe('paymentSum', () => {
  it('equals the exact bigint sum of the InstdAmt texts, whatever their form (property)', () => {
    const amount = fc.oneof(
      // The usual: whole øre.
      fc
        .tuple(fc.nat({ max: 10_000_000 }), fc.integer({ min: 0, max: 99 }))
        .map(([k, o]) => `${k}.${String(o).padStart(2, '0')}`),
      // Fractions of an øre, trailing zeros, no fraction, signs, huge values, garbage.
      fc.tuple(fc.nat(), fc.stringMatching(/^[0-9]{0,5}$/)).map(([k, f]) => (f ? `${k}.${f}` : `${k}`)),
      fc.constantFrom(
        '10.00000',
        '-5.00',
        '+7',
        '.5',
        '5.',
        '999999999999999999',
        '90071992547409.93',
        'x',
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 12 }), (texts) => {
        expect(paymentSum(block(texts))).toBe(exactSum(texts));
      }),
    );
  });

  it('stays exact where a float sum would not', () => {
    // 2^53 øre is past Number's exact integers: the fast path must hand over to bigint.
    const texts = ['90071992547409.92', '0.01', '0.01'];
    expect(paymentSum(block(texts))).toBe(9007199254740994n * 1000n);
  });
});
