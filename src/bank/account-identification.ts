// Reads a pain.001 account (`DbtrAcct/Id`, `CdtrAcct/Id`) into the bank's terms
// (iso20022-norway.md §2.3): a Norwegian BBAN in `Othr/Id` (SchmeNm/Cd BBAN), or an IBAN. A
// Norwegian IBAN is its embedded BBAN (mod-97 AND MOD11); a foreign IBAN is an account in another
// bank, checked arithmetically only.
import { validateAccountNumber } from '../norway/account-number.ts';
import { validateIban } from '../norway/iban.ts';
import type { AccountIdentification } from '../iso20022/pain001-model.ts';

export type ResolvedAccount =
  | { ok: true; /** The 11-digit BBAN of a Norwegian account. */ bban: string; iban?: undefined }
  | { ok: true; bban?: undefined; /** A foreign IBAN (electronic form). */ iban: string }
  | { ok: false; message: string };

export function resolveAccount(account: AccountIdentification | undefined): ResolvedAccount {
  if (!account) return { ok: false, message: 'The account is missing.' };
  if (account.kind === 'iban') {
    const iban = validateIban(account.id);
    if (!iban.valid) return { ok: false, message: iban.message };
    return iban.country === 'NO' ? { ok: true, bban: iban.bban } : { ok: true, iban: iban.value };
  }
  const bban = validateAccountNumber(account.id);
  if (!bban.valid) return { ok: false, message: bban.message };
  return { ok: true, bban: bban.value };
}
