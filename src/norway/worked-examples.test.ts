// The worked examples of iso20022-norway.md §5 (and the vectors §5.5 names), one test each.
import { describe, expect, it } from 'vitest';
import { validateAccountNumber } from './account-number.ts';
import { validateNorwegianIban } from './iban.ts';
import { makeKid, validateKid } from './kid.ts';
import { validateNationalId } from './national-id.ts';
import { makeOrganisationNumber, validateOrganisationNumber } from './organisation-number.ts';

describe('iso20022-norway.md §5.1 KID', () => {
  it.each([
    ['234567', 'MOD10', '2345676'],
    ['1234567890', 'MOD11', '12345678903'],
    ['31', 'MOD11', '310'],
    ['40', 'MOD11', '40-'],
    ['1000005', 'MOD11', '1000005-'],
  ] as const)('makes %s with %s into %s', (body, algorithm, kid) => {
    const made = makeKid(body, algorithm);
    expect(made).toMatchObject({ valid: true, value: kid, algorithm });
    expect(validateKid(kid, { algorithm })).toMatchObject({ valid: true, value: kid });
  });

  it('accepts the Nets example KID 000133700501645 as MOD10 (S8)', () => {
    expect(validateKid('000133700501645')).toMatchObject({ valid: true, algorithm: 'MOD10' });
    expect(validateKid('000133700501645', { algorithm: 'MOD11' })).toMatchObject({ valid: false });
  });

  it('accepts the Ondkloss vectors 00, 310 and 40- (§5.5)', () => {
    expect(validateKid('00', { algorithm: 'MOD10' }).valid).toBe(true);
    expect(validateKid('310', { algorithm: 'MOD11' }).valid).toBe(true);
    expect(validateKid('40-', { algorithm: 'MOD11' }).valid).toBe(true);
  });
});

describe('iso20022-norway.md §5.2 kontonummer', () => {
  it('accepts 12345678903 and 86011117947, rejects 12345678902', () => {
    expect(validateAccountNumber('12345678903').valid).toBe(true);
    expect(validateAccountNumber('86011117947').valid).toBe(true);
    expect(validateAccountNumber('12345678902')).toMatchObject({ valid: false, reason: 'check-digit' });
  });

  it('accepts both display forms 8601 11 17947 and 8601.11.17947', () => {
    expect(validateAccountNumber('8601 11 17947')).toMatchObject({ valid: true, value: '86011117947' });
    expect(validateAccountNumber('8601.11.17947')).toMatchObject({ valid: true, value: '86011117947' });
  });
});

describe('iso20022-norway.md §2.3 IBAN', () => {
  it('rejects NO23 8601 1117 946, which passes mod-97 but not the account MOD11', () => {
    expect(validateNorwegianIban('NO23 8601 1117 946')).toMatchObject({
      valid: false,
      reason: 'bban-check-digit',
    });
  });
});

describe('iso20022-norway.md §5.3 organisasjonsnummer', () => {
  it('makes 12345678 into 123456785 and accepts it', () => {
    expect(makeOrganisationNumber('12345678')).toMatchObject({ valid: true, value: '123456785' });
    expect(validateOrganisationNumber('123456785').valid).toBe(true);
  });
});

describe('iso20022-norway.md §5.4 fødselsnummer', () => {
  it('accepts 30108299939 only under the 2032 rule', () => {
    expect(validateNationalId('30108299939')).toMatchObject({
      valid: true,
      birthDate: '1982-10-30',
      requires2032Rule: true,
    });
    expect(validateNationalId('30108299939', { allow2032Rule: false })).toMatchObject({
      valid: false,
      reason: 'check-digit-1',
    });
  });

  it('accepts the Ondkloss vector 31129956715, born in 1899 (individual number 567, YY 99)', () => {
    expect(validateNationalId('31129956715')).toMatchObject({
      valid: true,
      kind: 'fnr',
      birthDate: '1899-12-31',
    });
  });
});
