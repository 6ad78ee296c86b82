import { describe, expect, it } from 'vitest';
import { formatAccountNumber, makeAccountNumber, validateAccountNumber } from './account-number.ts';

describe('validateAccountNumber', () => {
  it('normalises a formatted account number and returns its display form and bank code', () => {
    expect(validateAccountNumber(' 8601 11 17947 ')).toEqual({
      valid: true,
      value: '86011117947',
      formatted: '8601.11.17947',
      bankCode: '8601',
    });
  });

  it('rejects a 0000 register code with zero-prefix', () => {
    // 00001234560: body 0000123456 has check digit 0 (7·1+6·2+5·3+4·4+3·5+2·6 = 77 ≡ 0), so only the prefix is wrong.
    expect(makeAccountNumber('0000123456')).toMatchObject({ valid: false, reason: 'zero-prefix' });
    expect(validateAccountNumber('00001234560')).toMatchObject({ valid: false, reason: 'zero-prefix' });
  });

  it('accepts a MOD11-valid 0000 number when allowZeroPrefix is set ([I] rule, configurable)', () => {
    expect(validateAccountNumber('00001234560', { allowZeroPrefix: true })).toMatchObject({
      valid: true,
      bankCode: '0000',
    });
    expect(validateAccountNumber('00001234561', { allowZeroPrefix: true })).toMatchObject({
      reason: 'check-digit',
    });
    expect(makeAccountNumber('0000123456', { allowZeroPrefix: true })).toMatchObject({
      value: '00001234560',
    });
  });

  it('names a body that has no valid check digit check-digit-impossible, not a typo', () => {
    // A body whose weighted sum is ≡ 1 (mod 11) needs check value 11 − 1 = 10: no digit fits.
    const impossible = findImpossibleBody();
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(validateAccountNumber(`${impossible}${digit}`)).toMatchObject({
        valid: false,
        reason: 'check-digit-impossible',
      });
    }
    expect(makeAccountNumber(impossible)).toMatchObject({ valid: false, reason: 'check-digit-impossible' });
  });

  it('rejects wrong lengths, letters and non-strings with a reason', () => {
    expect(validateAccountNumber('8601111794')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateAccountNumber('860111179470')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateAccountNumber('8601-11-17947')).toMatchObject({
      valid: false,
      reason: 'invalid-characters',
    });
    expect(validateAccountNumber('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(validateAccountNumber(86011117947)).toMatchObject({ valid: false, reason: 'not-a-string' });
  });
});

/** The first 10-digit body (from 1000000000 up) whose MOD11 check value is 10. */
function findImpossibleBody(): string {
  for (let n = 1_000_000_000; ; n += 1) {
    const body = String(n);
    const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
    if (sum % 11 === 1) return body;
  }
}

describe('formatAccountNumber', () => {
  it('formats 11 digits with dots or spaces and leaves anything else unchanged', () => {
    expect(formatAccountNumber('86011117947')).toBe('8601.11.17947');
    expect(formatAccountNumber('8601 11 17947', ' ')).toBe('8601 11 17947');
    expect(formatAccountNumber('8601.11.17947', ' ')).toBe('8601 11 17947');
    expect(formatAccountNumber('123')).toBe('123');
  });
});

describe('makeAccountNumber', () => {
  it('appends the check digit to a 10-digit body', () => {
    expect(makeAccountNumber('8601111794')).toMatchObject({ valid: true, value: '86011117947' });
    expect(makeAccountNumber('860111179')).toMatchObject({ valid: false, reason: 'wrong-length' });
  });
});
