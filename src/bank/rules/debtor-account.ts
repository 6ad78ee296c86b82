// PmtInf/DbtrAcct: the account the payment block is debited from (iso20022-norway.md §2.1, §3.4).
// Not a valid Norwegian account (BBAN MOD11, or NO IBAN with mod-97 and MOD11, §2.3) → AC02;
// valid but not one of the agreement's accounts → AG01 (24SO: agreement set-up error, S30); closed
// → AC05, blocked → AC06; an account currency other than NOK → AM03 (domestic agreement, §3.4).
import { resolveAccount } from '../account-identification.ts';
import type { CustomerAgreement } from '../customer-agreement.ts';
import type { Finding } from '../finding.ts';
import type { Ledger } from '../ledger.ts';
import type { Pain001Payment } from '../../iso20022/pain001-model.ts';

export interface DebtorAccountCheck {
  /** The debit account's BBAN, when it is a valid Norwegian account. */
  bban?: string;
  finding?: Finding;
}

export function checkDebtorAccount(
  payment: Pain001Payment,
  agreement: CustomerAgreement,
  ledger: Ledger,
): DebtorAccountCheck {
  const written = payment.debtorAccount;
  const path = `${payment.path}/DbtrAcct/Id/${written.kind === 'iban' ? 'IBAN' : 'Othr/Id'}`;
  const at = { level: 'payment' as const, path, value: written.id, line: written.line };
  const resolved = resolveAccount(written);
  if (!resolved.ok) return { finding: { ...at, reason: 'AC02', text: resolved.message } };
  if (resolved.bban === undefined) {
    return {
      finding: {
        ...at,
        reason: 'AC02',
        text: 'The debit account must be a Norwegian account (BBAN or NO IBAN)',
      },
    };
  }
  const bban = resolved.bban;
  const account = ledger.getAccount(bban);
  if (!agreement.accounts.includes(bban) || !account) {
    return {
      bban,
      finding: {
        ...at,
        reason: 'AG01',
        text: `Account ${bban} is not part of agreement ${agreement.customerId}`,
      },
    };
  }
  if (account.status === 'closed')
    return { bban, finding: { ...at, reason: 'AC05', text: `Debit account ${bban} is closed` } };
  if (account.status === 'blocked')
    return { bban, finding: { ...at, reason: 'AC06', text: `Debit account ${bban} is blocked` } };
  const currency = written.currency ?? account.currency;
  if (currency !== 'NOK' || account.currency !== 'NOK') {
    return {
      bban,
      finding: {
        ...at,
        reason: 'AM03',
        path: `${payment.path}/DbtrAcct/Ccy`,
        value: currency,
        text: `Account currency ${currency} cannot be processed under a domestic NOK agreement`,
      },
    };
  }
  return { bban };
}
