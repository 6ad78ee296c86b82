// The demo world's issuers (issue 4, item 7): confirmed issuers with accounts in the bank and KID
// set-ups, one still PENDING, and one processed demo shipment so the online bank has eFaktura to
// approve from the start.
import { acceptShipment, seedDemoIssuers } from '../../src/efaktura/index.ts';
import type { DemoIssuer, DemoPerson, TransactionInput } from '../../src/efaktura/index.ts';
import { makeKid } from '../../src/norway/kid.ts';
import { addDays } from '../../src/norway/oslo-time.ts';
import type { SeededRandom } from '../../src/world/rng.ts';
import { ensureAccount } from '../bank/ledger-port.ts';
import type { Tenant } from '../kernel/types.ts';
import { demoWorld } from '../jtta/demo-world.ts';
import { efakturaState } from '../jtta/efaktura-store.ts';
import { runProcessing } from './processing.ts';

function uuid(rng: SeededRandom): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${(8 + rng.int(0, 3)).toString(16)}${hex(3)}-${hex(12)}`;
}

/** A KID that fits the issuer's set-up, from a customer number. */
export function demoKid(issuer: Pick<DemoIssuer, 'kid'>, customerNumber: number): string {
  const length = issuer.kid.lengths[issuer.kid.lengths.length - 1] ?? 10;
  const body = String(customerNumber)
    .padStart(length - 1, '0')
    .slice(-(length - 1));
  const kid = makeKid(body, issuer.kid.algorithm);
  // MOD11 bodies whose check would be '-' are fine too: a KID may end in '-' (§6.2).
  return kid.valid ? kid.value : body;
}

function invoice(
  rng: SeededRandom,
  issuer: DemoIssuer,
  person: DemoPerson,
  index: number,
  today: string,
): TransactionInput {
  return {
    transactionId: uuid(rng),
    paymentType: 'EFAKTURA',
    documentType: 'INVOICE',
    invoiceNumber: `DEMO-${1000 + index}`,
    nationalId: person.nationalId,
    kid: demoKid(issuer, 100000 + index),
    amount: rng.int(200, 2500) * 100,
    dueDate: addDays(today, 14 + index),
    issuerName: issuer.name.slice(0, 40),
    accountNumber: issuer.accountNumber,
    subject: `Demo invoice ${index + 1} from ${issuer.name}`,
  };
}

export function seedDemoMps(tenant: Tenant): void {
  const state = efakturaState(tenant);
  const world = demoWorld(tenant);
  seedDemoIssuers(
    state,
    world,
    (orgNumber) => tenant.issueKey({ kind: 'issuer', id: orgNumber }),
    tenant.clock.now(),
  );
  for (const issuer of world.issuers) {
    ensureAccount(tenant, {
      bban: issuer.accountNumber,
      owner: { name: issuer.name, orgNumber: issuer.orgNumber },
      balanceOre: issuer.balanceOre,
      // One bank KID definition per agreed length (a bank allows up to 3: iso20022-norway.md §3.4).
      kidDefinitions: issuer.kid.lengths
        .slice(0, 3)
        .map((length) => ({ algorithm: issuer.kid.algorithm, length })),
    });
  }
  // One processed shipment from the first issuer: four invoices delivered to JTTA persons, one
  // rejected with EB-EF-NO-JTTA (addressed by national id to a person without JTTA).
  const [fjordkraft] = world.issuers;
  if (!fjordkraft) return;
  const rng = tenant.rng.fork('efaktura-demo-shipment');
  const today = tenant.clock.today();
  const recipients = [
    ...world.persons.filter((p) => p.state === 'jtta').slice(0, 4),
    ...world.persons.filter((p) => p.state === 'no-jtta').slice(0, 1),
  ];
  const shipment = acceptShipment(
    state,
    {
      shipmentId: uuid(rng),
      issuerOrgNumber: fjordkraft.orgNumber,
      transactions: recipients.map((p, i) => invoice(rng, fjordkraft, p, i, today)),
    },
    tenant.clock.now(),
  );
  runProcessing(tenant, shipment.shipmentId);
}
