import { describe, expect, it } from 'vitest';
import { centuryOf, makeNationalId, validateNationalId } from './national-id.ts';

/** Builds a number with classic check digits for a 9-digit body (test helper, independent of the code). */
function withChecks(body: string): string {
  const sum = (digits: string, weights: number[]) =>
    [...digits].reduce((s, d, i) => s + Number(d) * (weights[i] ?? 0), 0);
  const k1 = (11 - (sum(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
  const k2 = (11 - (sum(`${body}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
  if (k1 === 10 || k2 === 10) throw new Error(`test body ${body} has no check digits; pick another`);
  return `${body}${k1}${k2}`;
}

/**
 * The first number for a DDMMYY prefix whose individual number, stepping by 2 (same gender) from
 * `from` towards `to`, has check digits (about 1 in 5 individual numbers has none).
 */
function idWith(prefix: string, from: number, to: number): string {
  const step = from <= to ? 2 : -2;
  for (let iii = from; step > 0 ? iii <= to : iii >= to; iii += step) {
    try {
      return withChecks(`${prefix}${String(iii).padStart(3, '0')}`);
    } catch {
      // no check digits for this individual number: try the next
    }
  }
  throw new Error(`no individual number ${from}..${to} works for ${prefix}`);
}

describe('validateNationalId', () => {
  it('returns kind, birth date and gender of an ordinary fødselsnummer', () => {
    const id = idWith('150385', 123, 499); // individual number 123: odd → male, 1900s
    expect(validateNationalId(id)).toEqual({
      valid: true,
      value: id,
      kind: 'fnr',
      birthDate: '1985-03-15',
      gender: 'male',
      requires2032Rule: false,
    });
  });

  it('reads a D-number (day + 40), an H-number (month + 40) and a synthetic tnr (month + 80)', () => {
    expect(validateNationalId(idWith('550385', 124, 498))).toMatchObject({
      kind: 'dnr',
      birthDate: '1985-03-15',
      gender: 'female',
    });
    expect(validateNationalId(idWith('154385', 124, 498))).toMatchObject({
      kind: 'hnr',
      birthDate: '1985-03-15',
    });
    expect(validateNationalId(idWith('158385', 124, 498))).toMatchObject({
      kind: 'tnr',
      birthDate: '1985-03-15',
    });
    // A synthetic D-number: day + 40 and month + 80.
    expect(validateNationalId(idWith('558385', 124, 498))).toMatchObject({
      kind: 'tnr',
      birthDate: '1985-03-15',
    });
  });

  it('takes the century from the individual number (§5.4 table)', () => {
    expect(validateNationalId(idWith('010199', 499, 1))).toMatchObject({ birthDate: '1999-01-01' });
    expect(validateNationalId(idWith('010160', 600, 502))).toMatchObject({ birthDate: '1860-01-01' });
    expect(validateNationalId(idWith('010110', 600, 502))).toMatchObject({ birthDate: '2010-01-01' });
    expect(validateNationalId(idWith('010145', 950, 902))).toMatchObject({ birthDate: '1945-01-01' });
    // 500–749 with 40 ≤ YY < 54 is not issued for any century.
    expect(validateNationalId(idWith('010145', 600, 502))).toMatchObject({
      valid: false,
      reason: 'invalid-individual-number',
    });
  });

  it('rejects dates that do not exist, including 29 February outside leap years', () => {
    expect(validateNationalId(idWith('290200', 500, 748)).valid).toBe(true); // 2000 is a leap year
    expect(validateNationalId(idWith('290201', 500, 748))).toMatchObject({
      valid: false,
      reason: 'invalid-date',
    });
    expect(validateNationalId(idWith('310485', 123, 499))).toMatchObject({
      valid: false,
      reason: 'invalid-date',
    });
    expect(validateNationalId(idWith('151385', 123, 499))).toMatchObject({
      valid: false,
      reason: 'invalid-date',
    });
    expect(validateNationalId(idWith('001385', 123, 499))).toMatchObject({
      valid: false,
      reason: 'invalid-date',
    });
    // Both D (day + 40) and H (month + 40) at once is no number.
    expect(validateNationalId(idWith('554385', 123, 499))).toMatchObject({
      valid: false,
      reason: 'invalid-date',
    });
  });

  it('rejects a birth date after today only when today is given', () => {
    const id = idWith('010125', 500, 748); // 2025-01-01
    expect(validateNationalId(id, { today: '2024-12-31' })).toMatchObject({
      valid: false,
      reason: 'birth-date-in-future',
    });
    expect(validateNationalId(id, { today: '2025-01-01' }).valid).toBe(true);
    expect(validateNationalId(id).valid).toBe(true);
    expect(validateNationalId(id, { today: '2025-13-01' })).toMatchObject({
      valid: false,
      reason: 'invalid-option',
    });
  });

  it('tells the first and the second check digit apart', () => {
    const id = idWith('150385', 123, 499);
    const k1Wrong = `${id.slice(0, 9)}${(Number(id[9]) + 5) % 10}${id[10]}`;
    const k2Wrong = `${id.slice(0, 10)}${(Number(id[10]) + 1) % 10}`;
    expect(validateNationalId(k1Wrong, { allow2032Rule: false })).toMatchObject({ reason: 'check-digit-1' });
    expect(validateNationalId(k2Wrong)).toMatchObject({ valid: false, reason: 'check-digit-2' });
  });

  it('accepts every k1 with remainder 0–3 under the 2032 rule, and only remainder 0 without it', () => {
    const body = '150385123';
    const s1 = [...body].reduce((s, d, i) => s + Number(d) * ([3, 7, 6, 1, 8, 9, 4, 5, 2][i] ?? 0), 0);
    let newRuleOnly = 0;
    for (let k1 = 0; k1 <= 9; k1 += 1) {
      const remainder = (s1 + k1) % 11;
      const ten = `${body}${k1}`;
      const sum2 = [...ten].reduce((s, d, i) => s + Number(d) * ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2][i] ?? 0), 0);
      const k2 = (11 - (sum2 % 11)) % 11;
      if (k2 === 10) continue;
      const id = `${ten}${k2}`;
      expect(validateNationalId(id).valid).toBe(remainder <= 3);
      expect(validateNationalId(id, { allow2032Rule: false }).valid).toBe(remainder === 0);
      if (remainder >= 1 && remainder <= 3) newRuleOnly += 1;
    }
    expect(newRuleOnly).toBeGreaterThan(0);
  });

  it('refuses FH-numbers, wrong lengths, letters and non-strings with a reason', () => {
    expect(validateNationalId('81234567890')).toMatchObject({ valid: false, reason: 'fh-number' });
    expect(validateNationalId('1503851234')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateNationalId('15038512A45')).toMatchObject({ valid: false, reason: 'invalid-characters' });
    expect(validateNationalId(15038512345)).toMatchObject({ valid: false, reason: 'not-a-string' });
    expect(validateNationalId('')).toMatchObject({ valid: false, reason: 'empty' });
  });
});

describe('centuryOf', () => {
  it('maps the boundaries of the individual-number table', () => {
    expect(centuryOf(0, 0)).toBe(1900);
    expect(centuryOf(499, 99)).toBe(1900);
    expect(centuryOf(500, 54)).toBe(1800);
    expect(centuryOf(749, 99)).toBe(1800);
    expect(centuryOf(500, 39)).toBe(2000);
    expect(centuryOf(999, 39)).toBe(2000);
    expect(centuryOf(900, 40)).toBe(1900);
    expect(centuryOf(750, 40)).toBeUndefined();
    expect(centuryOf(600, 45)).toBeUndefined();
  });
});

describe('makeNationalId', () => {
  it('makes the lowest usable number without an rng, and honours kind and gender', () => {
    const made = makeNationalId({ birthDate: '1999-12-31' });
    expect(made).toMatchObject({ valid: true, kind: 'fnr', birthDate: '1999-12-31' });
    expect(made.valid && made.value.slice(0, 6)).toBe('311299');
    expect(makeNationalId({ birthDate: '2010-05-05', kind: 'dnr', gender: 'female' })).toMatchObject({
      valid: true,
      kind: 'dnr',
      gender: 'female',
      birthDate: '2010-05-05',
    });
    expect(makeNationalId({ birthDate: '1985-02-28', kind: 'hnr' })).toMatchObject({ kind: 'hnr' });
    expect(makeNationalId({ birthDate: '1985-02-28', kind: 'tnr' })).toMatchObject({ kind: 'tnr' });
  });

  it('uses a given individual number, or says why it cannot', () => {
    expect(makeNationalId({ birthDate: '1985-03-15', individualNumber: 123 })).toMatchObject({
      valid: true,
      value: withChecks('150385123'),
    });
    expect(makeNationalId({ birthDate: '1985-03-15', individualNumber: 600 })).toMatchObject({
      valid: false,
      reason: 'invalid-individual-number',
    });
    expect(
      makeNationalId({ birthDate: '1985-03-15', individualNumber: 123, gender: 'female' }),
    ).toMatchObject({
      valid: false,
      reason: 'invalid-individual-number',
    });
  });

  it('reports check-digit-impossible for an individual number whose check digits would be 10', () => {
    let seen = false;
    for (let iii = 0; iii <= 499; iii += 1) {
      const made = makeNationalId({ birthDate: '1985-03-15', individualNumber: iii });
      if (!made.valid) {
        expect(made.reason).toBe('check-digit-impossible');
        seen = true;
      }
    }
    expect(seen).toBe(true);
  });

  it('refuses birth years outside 1854–2039 and malformed dates', () => {
    expect(makeNationalId({ birthDate: '1853-12-31' })).toMatchObject({
      valid: false,
      reason: 'birth-year-out-of-range',
    });
    expect(makeNationalId({ birthDate: '2040-01-01' })).toMatchObject({
      valid: false,
      reason: 'birth-year-out-of-range',
    });
    expect(makeNationalId({ birthDate: '1985-02-30' })).toMatchObject({
      valid: false,
      reason: 'invalid-date',
    });
  });
});
