import { describe, expect, it } from 'vitest';
import { validateAccountNumber } from '../norway/account-number.ts';
import { makeAccountNumber } from './account-number.ts';
import { SeededRandom } from './rng.ts';

describe('makeAccountNumber (world)', () => {
  it('draws valid account numbers, the same ones for the same seed', () => {
    const a = new SeededRandom(11);
    const b = new SeededRandom(11);
    for (let i = 0; i < 500; i += 1) {
      const account = makeAccountNumber(a);
      expect(validateAccountNumber(account).valid).toBe(true);
      expect(makeAccountNumber(b)).toBe(account);
    }
  });

  it('uses the given bank code and refuses a malformed one', () => {
    const rng = new SeededRandom(3);
    for (let i = 0; i < 50; i += 1)
      expect(makeAccountNumber(rng, { bankCode: '1503' })).toMatch(/^1503[0-9]{7}$/);
    expect(() => makeAccountNumber(rng, { bankCode: '0000' })).toThrow(RangeError);
    expect(() => makeAccountNumber(rng, { bankCode: '15' })).toThrow(RangeError);
  });
});
