import { describe, expect, it } from 'vitest';
import { checkNumber, isNumberKind, NUMBER_KINDS } from './check-number.ts';

describe('checkNumber', () => {
  it('describes valid values briefly and gives the machine reason for invalid ones', () => {
    expect(checkNumber('kid', '2345676')).toEqual({ valid: true, detail: 'MOD10', message: '' });
    expect(checkNumber('kid', '40-')).toMatchObject({ valid: true, detail: 'MOD11' });
    expect(checkNumber('account', '86011117947')).toMatchObject({
      valid: true,
      detail: 'BBAN 8601.11.17947',
    });
    expect(checkNumber('iban', 'NO9386011117947')).toMatchObject({
      valid: true,
      detail: 'IBAN NO93 8601 1117 947 BBAN 86011117947',
    });
    expect(checkNumber('orgnr', '123456785')).toMatchObject({ valid: true, detail: 'orgnr 123 456 785' });
    expect(checkNumber('nationalid', '31129956715')).toMatchObject({
      valid: true,
      detail: 'fnr born 1899-12-31',
    });
    expect(checkNumber('nationalid', '30108299939')).toMatchObject({
      detail: 'fnr born 1982-10-30 (2032 rule)',
    });
    expect(checkNumber('mobile', '91234567')).toMatchObject({ valid: true, detail: 'mobile +4791234567' });
    const invalid = checkNumber('account', '12345678902');
    expect(invalid).toMatchObject({ valid: false, detail: 'check-digit' });
    expect(invalid.message).not.toBe('');
  });

  it('passes KID and national-id options through', () => {
    expect(checkNumber('kid', '2345676', { kid: { algorithm: 'MOD10', lengths: [8] } })).toMatchObject({
      valid: false,
      detail: 'length-not-agreed',
    });
    expect(checkNumber('nationalid', '31129956715', { nationalId: { today: '1899-12-30' } })).toMatchObject({
      valid: false,
      detail: 'birth-date-in-future',
    });
  });

  it('knows exactly its kinds', () => {
    for (const kind of NUMBER_KINDS) expect(isNumberKind(kind)).toBe(true);
    expect(isNumberKind('ssn')).toBe(false);
    expect(isNumberKind(undefined)).toBe(false);
  });
});
