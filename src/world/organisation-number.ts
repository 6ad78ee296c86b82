// Random valid organisasjonsnummer (iso20022-norway.md §5.3) for generated companies.
import { makeOrganisationNumber } from '../norway/organisation-number.ts';
import type { SeededRandom } from './rng.ts';

/**
 * A valid 9-digit organisation number starting with 9, like Brønnøysund's current numbers
 * (bodies whose check value is 10 are redrawn).
 */
export function makeOrgNumber(rng: SeededRandom): string {
  for (;;) {
    const result = makeOrganisationNumber(`9${rng.digits(7)}`);
    if (result.valid) return result.value;
  }
}
