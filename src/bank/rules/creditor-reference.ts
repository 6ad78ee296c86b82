// KIDs: RmtInf/Strd/CdtrRefInf with Tp/CdOrPrtry/Cd SCOR and the KID in Ref (iso20022-norway.md
// §2.2 item 1, §5.1). For an account held in the bank the KID must fit the account's KID agreement
// (S43): no agreement at all → AC03 "Mottager har ikke KID-avtale" (24SO, S30); a KID that fails
// its modulus, length or algorithm → RR09 "Ugyldig KID-nummer" (Aritma, S29; S43). For an account
// in another bank the bank can only check the KID arithmetically (MOD10 or MOD11, 2–25).
import { validateKid, validateKidForAgreement } from '../../norway/kid.ts';
import type { BankAccount } from '../bank-account.ts';
import type { Finding } from '../finding.ts';
import type { Pain001Transaction } from '../../iso20022/pain001-model.ts';

export interface CreditorReferenceCheck {
  /** The KIDs of the transaction, in document order. */
  kids: string[];
  finding?: Finding;
}

/** The SCOR references of a transaction, with where each sits. */
function scorReferences(
  transaction: Pain001Transaction,
): Array<{ ref: string | undefined; path: string; line: number }> {
  const refs: Array<{ ref: string | undefined; path: string; line: number }> = [];
  transaction.remittance?.structured.forEach((block, index) => {
    const reference = block.creditorReference;
    if (reference?.typeCode === 'SCOR') {
      refs.push({
        ref: reference.ref,
        path: `${transaction.path}/RmtInf/Strd[${index + 1}]/CdtrRefInf/Ref`,
        line: reference.line,
      });
    }
  });
  return refs;
}

export function checkCreditorReference(
  transaction: Pain001Transaction,
  creditorHeld: BankAccount | undefined,
): CreditorReferenceCheck {
  const references = scorReferences(transaction);
  const kids = references.flatMap((reference) => (reference.ref === undefined ? [] : [reference.ref]));
  for (const reference of references) {
    const at = {
      level: 'transaction' as const,
      path: reference.path,
      value: reference.ref,
      line: reference.line,
    };
    if (creditorHeld && creditorHeld.kidDefinitions.length === 0) {
      return {
        kids,
        finding: {
          ...at,
          reason: 'AC03',
          narrative: { code: 'NARR-INGEN-KID-AVTALE', vars: {} },
          text: `Account ${creditorHeld.bban} has no KID agreement`,
        },
      };
    }
    const result = creditorHeld
      ? validateKidForAgreement(reference.ref ?? '', creditorHeld.kidDefinitions)
      : validateKid(reference.ref ?? '');
    if (!result.valid) {
      return {
        kids,
        finding: {
          ...at,
          reason: 'RR09',
          narrative: { code: 'NARR-UGYLDIG-KID', vars: {} },
          text: result.message,
        },
      };
    }
  }
  return { kids };
}
