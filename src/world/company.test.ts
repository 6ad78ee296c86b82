import { describe, expect, it } from 'vitest';
import { validateAccountNumber } from '../norway/account-number.ts';
import { validateOrganisationNumber } from '../norway/organisation-number.ts';
import { makeCompany } from './company.ts';
import { SeededRandom } from './rng.ts';

describe('makeCompany', () => {
  it('makes a fictitious "… Demo AS" with a valid organisation number and account', () => {
    const rng = new SeededRandom(12);
    for (let i = 0; i < 200; i += 1) {
      const company = makeCompany(rng);
      expect(company.name).toMatch(/^\p{L}[\p{L} ]* Demo AS$/u);
      expect(validateOrganisationNumber(company.orgNumber).valid).toBe(true);
      expect(validateAccountNumber(company.accountNumber).valid).toBe(true);
    }
  });

  it('replays by seed', () => {
    const a = new SeededRandom(77);
    const b = new SeededRandom(77);
    for (let i = 0; i < 20; i += 1) expect(makeCompany(a)).toEqual(makeCompany(b));
  });
});
