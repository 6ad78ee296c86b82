import { describe, expect, it } from 'vitest';
import { makeKid, mod10CheckDigit, mod11CheckDigit, validateKid, validateKidForAgreement } from './kid.ts';

describe('validateKid', () => {
  it('reports which algorithms a KID satisfies and accepts MOD10 first under ANY', () => {
    // 2345676 happens to pass both checks.
    expect(validateKid('2345676')).toEqual({
      valid: true,
      value: '2345676',
      algorithm: 'MOD10',
      matchedAlgorithms: ['MOD10', 'MOD11'],
    });
    expect(validateKid('2345676', { algorithm: 'MOD11' })).toMatchObject({ valid: true, algorithm: 'MOD11' });
  });

  it('accepts a MOD11-only KID under ANY and names MOD11', () => {
    expect(validateKid('310')).toMatchObject({
      valid: true,
      algorithm: 'MOD11',
      matchedAlgorithms: ['MOD11'],
    });
  });

  it('rejects a wrong check digit with check-digit and says what the check digit should be', () => {
    const result = validateKid('2345675', { algorithm: 'MOD10' });
    expect(result).toMatchObject({ valid: false, reason: 'check-digit' });
    expect(result.valid ? '' : result.message).toContain('2345676');
  });

  it('rejects a MOD11 KID when only MOD10 is agreed', () => {
    expect(validateKid('310', { algorithm: 'MOD10' })).toMatchObject({ valid: false, reason: 'check-digit' });
  });

  it("rejects a '-' check character under MOD10 with dash-not-allowed", () => {
    expect(validateKid('40-', { algorithm: 'MOD10' })).toMatchObject({
      valid: false,
      reason: 'dash-not-allowed',
    });
  });

  it("rejects a '-' anywhere but last with dash-not-last", () => {
    expect(validateKid('4-0')).toMatchObject({ valid: false, reason: 'dash-not-last' });
    expect(validateKid('40--')).toMatchObject({ valid: false, reason: 'dash-not-last' });
  });

  it('rejects spaces and letters with invalid-characters (it never strips them)', () => {
    expect(validateKid('234 5676')).toMatchObject({ valid: false, reason: 'invalid-characters' });
    expect(validateKid('23456A6')).toMatchObject({ valid: false, reason: 'invalid-characters' });
  });

  it('accepts lengths 2 to 25 and rejects 1 and 26 with wrong-length', () => {
    expect(validateKid('00').valid).toBe(true);
    expect(validateKid(makeKidValue('1'.repeat(24))).valid).toBe(true);
    expect(validateKid('0')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateKid('-')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateKid(`${'1'.repeat(24)}00`)).toMatchObject({ valid: false, reason: 'wrong-length' });
  });

  it('rejects a length outside the allowed lengths with length-not-agreed', () => {
    expect(validateKid('2345676', { lengths: [7] }).valid).toBe(true);
    expect(validateKid('2345676', { lengths: [8, 11] })).toMatchObject({
      valid: false,
      reason: 'length-not-agreed',
    });
  });

  it('answers empty, non-string and unknown-algorithm input with a reason instead of throwing', () => {
    expect(validateKid('')).toMatchObject({ valid: false, reason: 'empty' });
    expect(validateKid(2345676)).toMatchObject({ valid: false, reason: 'not-a-string' });
    expect(validateKid(null)).toMatchObject({ valid: false, reason: 'not-a-string' });
    expect(validateKid('2345676', { algorithm: 'mod10' as never })).toMatchObject({
      valid: false,
      reason: 'unknown-algorithm',
    });
  });
});

function makeKidValue(body: string): string {
  const made = makeKid(body, 'MOD10');
  if (!made.valid) throw new Error(made.message);
  return made.value;
}

describe('makeKid', () => {
  it('refuses a body with non-digits, an empty body and a body over 24 digits', () => {
    expect(makeKid('12a', 'MOD10')).toMatchObject({ valid: false, reason: 'invalid-characters' });
    expect(makeKid('', 'MOD11')).toMatchObject({ valid: false, reason: 'empty' });
    expect(makeKid('1'.repeat(25), 'MOD10')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(makeKid('1'.repeat(24), 'MOD11')).toMatchObject({ valid: true });
  });
});

describe('check digit helpers', () => {
  it('compute the check character of a body and return null for a non-digit body', () => {
    expect(mod10CheckDigit('234567')).toBe('6');
    expect(mod11CheckDigit('1234567890')).toBe('3');
    expect(mod11CheckDigit('40')).toBe('-');
    expect(mod11CheckDigit('31')).toBe('0');
    expect(mod10CheckDigit('')).toBeNull();
    expect(mod11CheckDigit('1x')).toBeNull();
  });
});

describe('validateKidForAgreement', () => {
  it('accepts a KID that fits the MPS issuer form { algorithm, lengths }', () => {
    expect(validateKidForAgreement('2345676', { algorithm: 'MOD10', lengths: [7] })).toMatchObject({
      valid: true,
      algorithm: 'MOD10',
      definitionIndex: 0,
    });
  });

  it('accepts the bank form { algorithm, length } and names the definition that matched', () => {
    const definitions = [
      { algorithm: 'MOD10', length: 7 },
      { algorithm: 'MOD11', length: 3 },
    ] as const;
    expect(validateKidForAgreement('40-', definitions)).toMatchObject({ valid: true, definitionIndex: 1 });
    expect(validateKidForAgreement('2345676', definitions)).toMatchObject({
      valid: true,
      definitionIndex: 0,
    });
  });

  it('reports length-not-agreed when no definition has the length', () => {
    const result = validateKidForAgreement('2345676', [
      { algorithm: 'MOD10', length: 8 },
      { algorithm: 'MOD11', lengths: [11, 12] },
    ]);
    expect(result).toMatchObject({ valid: false, reason: 'length-not-agreed' });
    expect(result.valid ? '' : result.message).toContain('8, 11, 12');
  });

  it('reports the check-digit failure of the definition whose length fitted', () => {
    expect(
      validateKidForAgreement('2345675', [
        { algorithm: 'MOD11', length: 11 },
        { algorithm: 'MOD10', length: 7 },
      ]),
    ).toMatchObject({ valid: false, reason: 'check-digit' });
  });

  it('rejects every KID when the payee has no KID definitions', () => {
    expect(validateKidForAgreement('2345676', [])).toMatchObject({
      valid: false,
      reason: 'no-kid-agreement',
    });
  });
});
