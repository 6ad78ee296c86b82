// The agreement a lone pain.001 is checked under when no agreement is given (`efaktura-bench
// validate file.xml`): the file's own initiating party id as customer id, its debit accounts as the
// agreement's accounts (held in the bank, open, NOK), one approval and RGB off, so only the file
// itself can be wrong. A non-numeric initiating party id is not adopted (the bank would reject it
// with NARR "Initiating Party ID must be numeric", iso20022-norway.md §2.4).
import { readPain001 } from '../iso20022/pain001.ts';
import { resolveAccount } from './account-identification.ts';
import type { BankAccount } from './bank-account.ts';
import type { CustomerAgreement } from './customer-agreement.ts';

export const LONE_FILE_CUSTOMER_ID = '0';

export interface LoneFileSetUp {
  agreement: CustomerAgreement;
  /** The debit accounts, to be held by the simulated bank. */
  accounts: BankAccount[];
}

export function loneFileAgreement(text: string): LoneFileSetUp {
  let read: ReturnType<typeof readPain001> | undefined;
  try {
    // Only the parties and debit accounts are needed: the transactions are read by processing.
    read = readPain001(text, { headersOnly: true });
  } catch {
    // The reader is best-effort on broken files; processing will report what is wrong.
    read = undefined;
  }
  const document = read?.ok ? read.document : undefined;
  const written = document?.groupHeader.initiatingParty.organisationIds.find((other) =>
    /^[0-9]{1,35}$/.test(other.id),
  )?.id;
  const customerId = written ?? LONE_FILE_CUSTOMER_ID;
  const name = document?.groupHeader.initiatingParty.name ?? 'Lone file customer';
  const bbans = new Set<string>();
  for (const payment of document?.payments ?? []) {
    const resolved = resolveAccount(payment.debtorAccount);
    if (resolved.ok && resolved.bban !== undefined) bbans.add(resolved.bban);
  }
  const accounts = [...bbans];
  return {
    agreement: {
      customerId,
      name,
      orgNumber: customerId,
      accounts,
      requiredApprovals: 1,
      rgb: false,
      users: [],
      rejectGranularity: 'transaction',
      executionDatePolicy: 'roll-forward',
      messageVersion: '02',
    },
    accounts: accounts.map((bban) => ({
      bban,
      owner: { name },
      balanceOre: 0,
      currency: 'NOK',
      status: 'open',
      kidDefinitions: [],
    })),
  };
}
