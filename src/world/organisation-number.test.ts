import { describe, expect, it } from 'vitest';
import { validateOrganisationNumber } from '../norway/organisation-number.ts';
import { makeOrgNumber } from './organisation-number.ts';
import { SeededRandom } from './rng.ts';

describe('makeOrgNumber', () => {
  it('draws valid 9-digit organisation numbers starting with 9, replayable by seed', () => {
    const a = new SeededRandom(8);
    const b = new SeededRandom(8);
    for (let i = 0; i < 500; i += 1) {
      const orgnr = makeOrgNumber(a);
      expect(orgnr).toMatch(/^9[0-9]{8}$/);
      expect(validateOrganisationNumber(orgnr).valid).toBe(true);
      expect(makeOrgNumber(b)).toBe(orgnr);
    }
  });
});
