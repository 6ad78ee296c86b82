import { describe, expect, it } from 'vitest';
import { normaliseMobile, phoneForMatching, validateMobile } from './mobile.ts';

describe('validateMobile', () => {
  it.each(['+47 912 34 567', '004791234567', '4791234567', '91234567', '912 34 567', '+47-912-34-567'])(
    'normalises %s to +4791234567',
    (input) => {
      expect(validateMobile(input)).toEqual({ valid: true, value: '+4791234567', national: '91234567' });
    },
  );

  it('accepts 8-digit mobiles starting with 4, including one that starts with 47', () => {
    expect(validateMobile('41234567')).toMatchObject({ valid: true, value: '+4741234567' });
    expect(validateMobile('47123456')).toMatchObject({ valid: true, value: '+4747123456' });
  });

  it('rejects landlines with landline and service numbers with not-a-mobile', () => {
    for (const landline of ['22334455', '+47 33 44 55 66', '55123456', '61234567', '73123456']) {
      expect(validateMobile(landline)).toMatchObject({ valid: false, reason: 'landline' });
    }
    for (const other of ['81549300', '80012345', '01234567', '12345678']) {
      expect(validateMobile(other)).toMatchObject({ valid: false, reason: 'not-a-mobile' });
    }
  });

  it('rejects foreign numbers, wrong lengths and letters with distinct reasons', () => {
    expect(validateMobile('+46 70 123 45 67')).toMatchObject({ valid: false, reason: 'foreign-number' });
    expect(validateMobile('0046701234567')).toMatchObject({ valid: false, reason: 'foreign-number' });
    expect(validateMobile('9123456')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateMobile('+47 9123 45678')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateMobile('912 34 56a')).toMatchObject({ valid: false, reason: 'invalid-characters' });
    expect(validateMobile('  ')).toMatchObject({ valid: false, reason: 'empty' });
    expect(validateMobile(91234567)).toMatchObject({ valid: false, reason: 'not-a-string' });
  });

  it('normaliseMobile returns the E.164 form or null', () => {
    expect(normaliseMobile('0047 912 34 567')).toBe('+4791234567');
    expect(normaliseMobile('22334455')).toBeNull();
  });
});

describe('phoneForMatching', () => {
  it('gives every spelling of one number the same key', () => {
    const keys = ['+47 912 34 567', '004791234567', '4791234567', '91234567'].map(phoneForMatching);
    expect(new Set(keys)).toEqual(new Set(['+4791234567']));
  });

  it('keeps landlines and foreign numbers comparable and returns null for non-numbers', () => {
    expect(phoneForMatching('22 33 44 55')).toBe('+4722334455');
    expect(phoneForMatching('0046 70 123 45 67')).toBe('+46701234567');
    expect(phoneForMatching('+46701234567')).toBe('+46701234567');
    expect(phoneForMatching('call me')).toBeNull();
    expect(phoneForMatching('123')).toBeNull();
    expect(phoneForMatching(undefined)).toBeNull();
  });
});
