// CdtTrfTxInf/CdtrAcct (iso20022-norway.md §2.3, §3.4): missing or failing its checks (BBAN MOD11;
// IBAN mod-97, and MOD11 for a NO IBAN) → AC03 "Kreditors kontonummer ugyldig eller mangler"
// (Aritma, S29). An account held in the simulated bank that is closed → AC04, blocked → AC06.
// Any other valid account is in another bank: arithmetic checks only, paid via clearing.
import { resolveAccount } from '../account-identification.ts';
import type { BankAccount } from '../bank-account.ts';
import type { Finding } from '../finding.ts';
import type { Ledger } from '../ledger.ts';
import type { Pain001Transaction } from '../../iso20022/pain001-model.ts';

export interface CreditorAccountCheck {
  /** The BBAN, or a foreign IBAN; undefined when missing or invalid. */
  account?: string;
  /** The account when the simulated bank holds it. */
  held?: BankAccount;
  finding?: Finding;
}

export function checkCreditorAccount(transaction: Pain001Transaction, ledger: Ledger): CreditorAccountCheck {
  const written = transaction.creditorAccount;
  const path = `${transaction.path}/CdtrAcct/Id${written ? (written.kind === 'iban' ? '/IBAN' : '/Othr/Id') : ''}`;
  const resolved = resolveAccount(written);
  if (!resolved.ok) {
    return {
      finding: {
        reason: 'AC03',
        level: 'transaction',
        path,
        value: written?.id,
        line: written?.line ?? transaction.line,
        narrative: { code: 'NARR-KREDITOR-KONTO-UGYLDIG', vars: {} },
        text: resolved.message,
      },
    };
  }
  const account = resolved.bban ?? resolved.iban;
  const held = resolved.bban === undefined ? undefined : ledger.getAccount(resolved.bban);
  const at = {
    level: 'transaction' as const,
    path,
    value: written?.id,
    line: written?.line ?? transaction.line,
  };
  if (held?.status === 'closed')
    return {
      account,
      held,
      finding: { ...at, reason: 'AC04', text: `Creditor account ${account} is closed` },
    };
  if (held?.status === 'blocked')
    return {
      account,
      held,
      finding: { ...at, reason: 'AC06', text: `Creditor account ${account} is blocked` },
    };
  return { account, held };
}
