// Generated Norwegian companies (invoice issuers, payers, payees) for worlds and scenarios.
import { fakerFor } from './faker.ts';
import { makeAccountNumber } from './account-number.ts';
import { makeOrgNumber } from './organisation-number.ts';
import type { SeededRandom } from './rng.ts';

export interface Company {
  /** A valid 9-digit organisation number. */
  orgNumber: string;
  /** `Fjordvik Demo AS`: "Demo" marks every generated company as fictitious. */
  name: string;
  /** A valid 11-digit BBAN. */
  accountNumber: string;
}

export function makeCompany(rng: SeededRandom): Company {
  const faker = fakerFor(rng);
  const stem = rng.int(0, 1) === 1 ? faker.location.city() : faker.person.lastName();
  return {
    orgNumber: makeOrgNumber(rng),
    name: `${stem} Demo AS`,
    accountNumber: makeAccountNumber(rng),
  };
}
