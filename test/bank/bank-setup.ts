// Sets up a small bank world through the public API (ARCHITECTURE.md §5.4), for the e2e suites:
// a corporate customer with two accounts and users ola/kari, and creditors with KID agreements.
import { ACCOUNTS, CUSTOMER_ID, KIDS } from '../../src/bank/testing/bank-fixture.ts';
import type { Api } from '../support/api.ts';

export { ACCOUNTS, CUSTOMER_ID, KIDS };

export interface BankWorld {
  agreementKey: string;
}

export async function setUpBank(api: Api, agreement: Record<string, unknown> = {}): Promise<BankWorld> {
  const accounts: Array<[string, string, number, Record<string, unknown>?]> = [
    [ACCOUNTS.operating, 'Eksempel AS', 25_000_000],
    [ACCOUNTS.tax, 'Eksempel AS', 5_000_000],
    [ACCOUNTS.kidMod10, 'Kraft AS', 0],
    [ACCOUNTS.kidMod11, 'Tele AS', 0],
    [ACCOUNTS.plain, 'Hansen AS', 0],
    [ACCOUNTS.stranger, 'Annen kunde AS', 1_000_000],
  ];
  for (const [bban, name, balance] of accounts) {
    const put = await api.put(`/bank/v1/accounts/${bban}`, { owner: { name }, balance, currency: 'NOK' });
    if (put.status !== 201 && put.status !== 200)
      throw new Error(`PUT account ${bban}: ${put.status} ${put.text}`);
  }
  await api.put(`/bank/v1/accounts/${ACCOUNTS.kidMod10}/kid-agreement`, {
    definitions: [{ algorithm: 'MOD10', length: 15 }],
  });
  await api.put(`/bank/v1/accounts/${ACCOUNTS.kidMod11}/kid-agreement`, {
    definitions: [{ algorithm: 'MOD11', length: 10 }],
  });
  const response = await api.put<{ apiKey: string }>(`/bank/v1/agreements/${CUSTOMER_ID}`, {
    name: 'Eksempel AS',
    orgNumber: CUSTOMER_ID,
    accounts: [ACCOUNTS.operating, ACCOUNTS.tax],
    requiredApprovals: 1,
    rgb: true,
    users: [
      { userId: 'ola', name: 'Ola Nordmann', accounts: [ACCOUNTS.operating, ACCOUNTS.tax] },
      { userId: 'kari', name: 'Kari Nordmann', accounts: [ACCOUNTS.operating] },
    ],
    rejectGranularity: 'transaction',
    executionDatePolicy: 'roll-forward',
    ...agreement,
  });
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`PUT agreement: ${response.status} ${response.text}`);
  return { agreementKey: response.body.apiKey };
}
