import { describe, expect, it } from 'vitest';
import { validateKidDefinitions } from './kid-agreement.ts';

describe('validateKidDefinitions', () => {
  it('accepts up to three definitions with different lengths', () => {
    expect(
      validateKidDefinitions([
        { algorithm: 'MOD10', length: 15 },
        { algorithm: 'MOD11', length: 10 },
        { algorithm: 'MOD10', length: 7 },
      ]),
    ).toEqual([]);
  });

  it('refuses a fourth definition', () => {
    const issues = validateKidDefinitions(
      [7, 8, 9, 10].map((length) => ({ algorithm: 'MOD10' as const, length })),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['EB-BANK-KID-AGREEMENT-INVALID', 'definitions'],
    ]);
  });

  it('refuses two definitions with the same length and lengths outside 2–25', () => {
    const issues = validateKidDefinitions([
      { algorithm: 'MOD10', length: 10 },
      { algorithm: 'MOD11', length: 10 },
      { algorithm: 'MOD11', length: 26 },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(['definitions[1].length', 'definitions[2].length']);
  });
});
