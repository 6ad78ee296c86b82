// The demo world of the eFaktura network (issue 4, item 7): a few confirmed issuers with bank
// accounts and KID set-ups, and a few hundred seeded persons in every register state, for
// training and for trying an integration by hand. Deterministic for the tenant seed; dates are
// relative to the tenant's virtual "today".
import { addDays, osloInstant, osloIso } from '../norway/oslo-time.ts';
import { makeAccountNumber, makeCompany, makePersons } from '../world/index.ts';
import type { SeededRandom } from '../world/rng.ts';
import type { KidSetup } from './issuer.ts';

export interface DemoIssuer {
  orgNumber: string;
  name: string;
  accountNumber: string;
  kid: KidSetup;
  contactEmail: string;
  confirmed: boolean;
  balanceOre: number;
}

export const DEMO_STATES = [
  'jtta',
  'jtta-several-mobiles',
  'jtta-reserved',
  'jtta-legacy-carried-over',
  'no-jtta',
  'no-jtta-legacy-retired',
  'jtta-withdrawn',
  'ambiguous-pair',
] as const;
export type DemoState = (typeof DEMO_STATES)[number];

export interface DemoPerson {
  nationalId: string;
  firstName: string;
  lastName: string;
  addresses: Array<{ street: string; postalCode: string; city: string; country: string }>;
  emails: string[];
  mobiles: string[];
  state: DemoState;
  /** What this person lets a trainee see. */
  exercises: string;
  jttaSince: string | null;
  jttaWithdrawnAt: string | null;
  reservations: Array<{ issuerOrgNumber: string; reservedAt: string }>;
  legacy: { issuerOrgNumber: string; efakturaReference: string; createdAt: string } | null;
  account: { bban: string; balanceOre: number };
}

export interface DemoWorld {
  issuers: DemoIssuer[];
  persons: DemoPerson[];
}

const DEMO_PERSON_COUNT = 300;

const ISSUER_SHAPES: Array<Pick<DemoIssuer, 'name' | 'kid' | 'contactEmail' | 'confirmed'>> = [
  {
    name: 'Fjordkraft Demo AS',
    kid: { algorithm: 'MOD10', lengths: [15] },
    contactEmail: 'efaktura@fjordkraft-demo.example',
    confirmed: true,
  },
  {
    name: 'Telenor Demo ASA',
    kid: { algorithm: 'MOD11', lengths: [10] },
    contactEmail: 'efaktura@telenor-demo.example',
    confirmed: true,
  },
  {
    name: 'Oslo Kommune Demo',
    kid: { algorithm: 'MOD10', lengths: [12, 15] },
    contactEmail: 'faktura@oslo-kommune-demo.example',
    confirmed: true,
  },
  // Not yet confirmed: its shipments are rejected with EB-EF-ISSUER-NOT-CONFIRMED.
  {
    name: 'Nyoppstart Demo AS',
    kid: { algorithm: 'MOD10', lengths: [8] },
    contactEmail: 'post@nyoppstart-demo.example',
    confirmed: false,
  },
];

/** Persons by index range: 60 % JTTA, the rest without, withdrawn, or in ambiguous pairs. */
function stateOf(index: number): DemoState {
  if (index < 10) return 'jtta-several-mobiles';
  if (index < 25) return 'jtta-reserved';
  if (index < 35) return 'jtta-legacy-carried-over';
  if (index < 180) return 'jtta';
  if (index < 195) return 'no-jtta-legacy-retired';
  if (index < 210) return 'jtta-withdrawn';
  if (index < 260) return 'no-jtta';
  return 'ambiguous-pair';
}

const EXERCISES: Record<DemoState, string> = {
  jtta: 'JTTA: found by mobile + e-mail, name + e-mail or national id; receives eFaktura',
  'jtta-several-mobiles': 'JTTA with two mobiles and two e-mails: found by either mobile',
  'jtta-reserved':
    'JTTA but reserved against Telenor Demo ASA: BLOCKED in its search, EB-EF-RESERVED on delivery, on its blacklist',
  'jtta-legacy-carried-over':
    'JTTA and an old 1.0 agreement with Fjordkraft Demo AS: efakturaReference still delivers',
  'no-jtta': 'no JTTA: NOT_FOUND in searches, EB-EF-NO-JTTA when addressed by national id',
  'no-jtta-legacy-retired':
    '1.0 agreement with Fjordkraft Demo AS but no JTTA: EB-EF-LEGACY-RETIRED after 2022-05-15',
  'jtta-withdrawn': 'gave JTTA and withdrew it: NOT_FOUND, EB-EF-NO-JTTA',
  'ambiguous-pair':
    'shares name, address and family e-mail with another person: AMBIGUOUS by name + e-mail; the mobile tells them apart',
};

function pastInstant(rng: SeededRandom, today: string, fromDaysAgo: number, toDaysAgo: number): string {
  const date = addDays(today, -rng.int(toDaysAgo, fromDaysAgo));
  return osloIso(
    osloInstant(
      date,
      `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    ),
  );
}

export function planDemoWorld(rng: SeededRandom, today: string): DemoWorld {
  const companyRng = rng.fork('efaktura-demo-issuers');
  const issuers: DemoIssuer[] = ISSUER_SHAPES.map((shape) => {
    const company = makeCompany(companyRng);
    return { ...shape, orgNumber: company.orgNumber, accountNumber: company.accountNumber, balanceOre: 0 };
  });
  const [fjordkraft, telenor] = issuers as [DemoIssuer, DemoIssuer, ...DemoIssuer[]];
  const personRng = rng.fork('efaktura-demo-persons');
  const generated = makePersons(personRng, DEMO_PERSON_COUNT, { today });
  const accounts = new Set(issuers.map((i) => i.accountNumber));
  const persons = generated.map((p, index): DemoPerson => {
    const state = stateOf(index);
    let bban = makeAccountNumber(personRng);
    while (accounts.has(bban)) bban = makeAccountNumber(personRng);
    accounts.add(bban);
    const person: DemoPerson = {
      ...p,
      addresses: p.addresses.map((a) => ({ ...a })),
      emails: [...p.emails],
      mobiles: [...p.mobiles],
      state,
      exercises: EXERCISES[state],
      jttaSince: null,
      jttaWithdrawnAt: null,
      reservations: [],
      legacy: null,
      account: { bban, balanceOre: personRng.int(500, 50_000) * 100 },
    };
    if (state.startsWith('jtta') || state === 'ambiguous-pair')
      person.jttaSince = pastInstant(personRng, today, 1300, 30);
    if (state === 'jtta-withdrawn') {
      person.jttaSince = null;
      person.jttaWithdrawnAt = pastInstant(personRng, today, 29, 1);
    }
    if (state === 'jtta-several-mobiles') {
      person.mobiles.push(`+47${personRng.int(0, 1) === 1 ? '9' : '4'}${personRng.digits(7)}`);
      person.emails.push(
        `${p.firstName.toLowerCase().replace(/[^a-z]/g, '') || 'demo'}${index}@jobb.example.com`,
      );
    }
    if (state === 'jtta-reserved') {
      person.reservations.push({
        issuerOrgNumber: telenor.orgNumber,
        reservedAt: pastInstant(personRng, today, 200, 1),
      });
    }
    if (state === 'jtta-legacy-carried-over' || state === 'no-jtta-legacy-retired') {
      // The 1.0 reference was the customer number (§3 [C] S24), made before 2021-12-01.
      person.legacy = {
        issuerOrgNumber: fjordkraft.orgNumber,
        efakturaReference: String(700000 + index),
        createdAt: '2019-03-04T10:00:00+01:00',
      };
    }
    return person;
  });
  // Ambiguous pairs: the second of each pair takes the first's name, address and e-mail.
  for (let index = 261; index < persons.length; index += 2) {
    const first = persons[index - 1] as DemoPerson;
    const second = persons[index] as DemoPerson;
    second.firstName = first.firstName;
    second.lastName = first.lastName;
    second.addresses = first.addresses.map((a) => ({ ...a }));
    second.emails = [...first.emails];
  }
  return { issuers, persons };
}
