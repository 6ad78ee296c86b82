import { describe, expect, it } from 'vitest';
import { validateCustomerAgreement } from './customer-agreement.ts';
import { ACCOUNTS, bankFixture, demoAgreement } from './testing/bank-fixture.ts';

describe('validateCustomerAgreement', () => {
  const ledger = bankFixture().ledger;
  const find = (bban: string) => ledger.getAccount(bban);

  it('accepts the fixture agreement', () => {
    expect(validateCustomerAgreement(demoAgreement(), find)).toEqual([]);
  });

  it('requires a numeric customer id, accounts held in the bank and users limited to the agreement', () => {
    const issues = validateCustomerAgreement(
      demoAgreement({
        customerId: '9234 56783',
        accounts: [ACCOUNTS.operating, '86011117947'],
        users: [
          { userId: 'ola', name: 'Ola', accounts: [ACCOUNTS.tax] },
          { userId: 'ola', name: 'Ola again', accounts: [] },
        ],
      }),
      find,
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['EB-BANK-AGREEMENT-INVALID', 'customerId'],
      ['EB-BANK-UNKNOWN-ACCOUNT', 'accounts[1]'],
      ['EB-BANK-AGREEMENT-INVALID', 'users[0].accounts[0]'],
      ['EB-BANK-AGREEMENT-INVALID', 'users[1].userId'],
    ]);
  });
});
