import { describe, expect, it } from 'vitest';
import { makeOrganisationNumber, validateOrganisationNumber } from './organisation-number.ts';

describe('validateOrganisationNumber', () => {
  it('accepts spaces and returns the digits and the display form', () => {
    expect(validateOrganisationNumber('123 456 785')).toEqual({
      valid: true,
      value: '123456785',
      formatted: '123 456 785',
    });
  });

  it('rejects a wrong check digit with check-digit', () => {
    expect(validateOrganisationNumber('123456784')).toMatchObject({ valid: false, reason: 'check-digit' });
  });

  it('names a body whose check value would be 10 check-digit-impossible', () => {
    // A body whose weighted sum is ≡ 1 (mod 11) needs check value 10, which is not allowed (§5.3).
    const body = findBodyWithRemainderOne();
    expect(makeOrganisationNumber(body)).toMatchObject({ valid: false, reason: 'check-digit-impossible' });
    expect(validateOrganisationNumber(`${body}0`)).toMatchObject({
      valid: false,
      reason: 'check-digit-impossible',
    });
  });

  it('rejects the MVA form, wrong lengths and non-strings', () => {
    expect(validateOrganisationNumber('NO123456785MVA')).toMatchObject({
      valid: false,
      reason: 'invalid-characters',
    });
    expect(validateOrganisationNumber('12345678')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(makeOrganisationNumber('1234567')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateOrganisationNumber(undefined)).toMatchObject({ valid: false, reason: 'not-a-string' });
  });
});

function findBodyWithRemainderOne(): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = 10_000_000; ; n += 1) {
    const body = String(n);
    if ([...body].reduce((sum, d, i) => sum + Number(d) * (weights[i] ?? 0), 0) % 11 === 1) return body;
  }
}
