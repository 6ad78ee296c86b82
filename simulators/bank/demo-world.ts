// The bank's demo world (issue 3 item 7): a corporate customer "Demo Regnskap AS" with two funded
// accounts and two users (ola authorised on both, kari on one), 1 approval, RGB on; and creditor
// accounts with KID agreements (MOD10 length 15, MOD11 length 10) plus one without, so every KID
// rule can be tried. The numbers are built from fixed bodies with their check digits computed, so
// the demo is the same for every seed; `describeWorld` hands them to the reference client.
import { makeAccountNumber, makeKid, makeOrganisationNumber } from '../../src/norway/index.ts';
import { bankState } from './bank-store.ts';
import type { BankAccount, KidDefinition } from '../../src/bank/bank-account.ts';
import type { CustomerAgreement } from '../../src/bank/customer-agreement.ts';
import type { Tenant } from '../kernel/types.ts';

function account(body: string): string {
  const result = makeAccountNumber(body);
  if (!result.valid) throw new Error(`bench bug: demo account body ${body}: ${result.message}`);
  return result.value;
}

function orgNumber(body: string): string {
  const result = makeOrganisationNumber(body);
  if (!result.valid) throw new Error(`bench bug: demo orgnr body ${body}: ${result.message}`);
  return result.value;
}

function kid(body: string, algorithm: KidDefinition['algorithm']): string {
  const result = makeKid(body, algorithm);
  if (!result.valid) throw new Error(`bench bug: demo KID body ${body}: ${result.message}`);
  return result.value;
}

export interface DemoCreditor {
  bban: string;
  name: string;
  orgNumber: string;
  kidDefinitions: KidDefinition[];
  /** A KID that fits the account's agreement (absent for the account without one). */
  sampleKid?: string;
}

export interface DemoBank {
  agreement: CustomerAgreement;
  accounts: Array<{ bban: string; balanceOre: number }>;
  creditors: DemoCreditor[];
}

/** The demo's fixed content (pure: the same for every tenant and seed). */
export function demoBank(): DemoBank {
  const customerId = orgNumber('92345678');
  const operating = account('1503100001');
  const tax = account('1503100002');
  return {
    agreement: {
      customerId,
      name: 'Demo Regnskap AS',
      orgNumber: customerId,
      accounts: [operating, tax],
      requiredApprovals: 1,
      rgb: true,
      users: [
        { userId: 'ola', name: 'Ola Nordmann', accounts: [operating, tax] },
        { userId: 'kari', name: 'Kari Nordmann', accounts: [operating] },
      ],
      rejectGranularity: 'transaction',
      executionDatePolicy: 'roll-forward',
      messageVersion: '02',
    },
    accounts: [
      { bban: operating, balanceOre: 25_000_000 },
      { bban: tax, balanceOre: 5_000_000 },
    ],
    creditors: [
      {
        bban: account('1503200001'),
        name: 'Kraftselskapet AS',
        orgNumber: orgNumber('99887766'),
        kidDefinitions: [{ algorithm: 'MOD10', length: 15 }],
        sampleKid: kid('00013370050164', 'MOD10'),
      },
      {
        bban: account('1503200002'),
        name: 'Telefonselskapet AS',
        orgNumber: orgNumber('92345679'),
        kidDefinitions: [{ algorithm: 'MOD11', length: 10 }],
        sampleKid: kid('123456780', 'MOD11'),
      },
      {
        bban: account('1503200003'),
        name: 'Rørlegger Hansen AS',
        orgNumber: orgNumber('92345680'),
        kidDefinitions: [],
      },
    ],
  };
}

export function seedDemoBank(tenant: Tenant): void {
  const state = bankState(tenant);
  const demo = demoBank();
  const today = tenant.clock.today();
  const owner = { name: demo.agreement.name, orgNumber: demo.agreement.orgNumber };
  for (const { bban, balanceOre } of demo.accounts) {
    const opened: BankAccount = {
      bban,
      owner,
      balanceOre,
      currency: 'NOK',
      status: 'open',
      kidDefinitions: [],
    };
    state.ledger.putAccount(opened, today);
  }
  for (const creditor of demo.creditors) {
    state.ledger.putAccount(
      {
        bban: creditor.bban,
        owner: { name: creditor.name, orgNumber: creditor.orgNumber },
        balanceOre: 0,
        currency: 'NOK',
        status: 'open',
        kidDefinitions: creditor.kidDefinitions,
      },
      today,
    );
  }
  state.agreements.set(demo.agreement.customerId, demo.agreement);
}

/** For GET /sim/v1/world: counts, and in the demo world the credentials the reference client wires itself from. */
export function describeBank(tenant: Tenant): Record<string, unknown> {
  const state = bankState(tenant);
  const counts = {
    accounts: state.ledger.listAccounts().length,
    agreements: state.agreements.size,
    paymentFiles: state.files.size,
    statusReports: state.statusReports.size,
    notifications: state.notifications.size,
  };
  const demo = demoBank();
  if (!state.agreements.has(demo.agreement.customerId)) return { counts };
  return {
    counts,
    agreements: [...state.agreements.values()].map((agreement) => ({
      customerId: agreement.customerId,
      name: agreement.name,
      apiKey: tenant.issueKey({ kind: 'agreement', id: agreement.customerId }),
      accounts: agreement.accounts,
      users: agreement.users,
      requiredApprovals: agreement.requiredApprovals,
      rgb: agreement.rgb,
    })),
    accounts: demo.accounts.map(({ bban }) => {
      const held = state.ledger.getAccount(bban);
      return { bban, owner: held?.owner.name, balance: held?.balanceOre };
    }),
    creditors: demo.creditors.map((creditor) => ({
      bban: creditor.bban,
      name: creditor.name,
      kidAgreement: { definitions: creditor.kidDefinitions },
      ...(creditor.sampleKid === undefined ? {} : { sampleKid: creditor.sampleKid }),
    })),
  };
}
