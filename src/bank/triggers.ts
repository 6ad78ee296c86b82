// Magic values that force a reason code (ARCHITECTURE.md §6), so integrators and support staff
// can see every code on demand:
// - `CdtTrfTxInf/PmtId/EndToEndId` `TRIGGER-<CODE>` forces the code on that transaction;
// - `GrpHdr/MsgId` `TRIGGER-<CODE>` forces a group-level code on the file, and any other code on
//   every payment block (PmtInf) of the file.
// <CODE> is an ISO reason code the bank emits (bank-reason-codes.ts) or a bank narrative code
// (`TRIGGER-NARR-UGYLDIG-KID`: RR09 with AddtlInf "Ugyldig KID-nummer"). Which id carries which
// code's trigger is the catalogue's `trigger` (src/codes). A suffix after a dash keeps ids unique
// in one file (`TRIGGER-AC04-2`). A trigger naming a code the bank does not emit is an ordinary id.
import { BANK_REASON_CODES, isBankReasonCode } from './bank-reason-codes.ts';
import type { BankReasonCode } from './bank-reason-codes.ts';
import { narrativeReasonCode } from '../codes/bank-narrative.ts';
import type { NarrativeCode } from '../codes/bank-narrative.ts';

export const TRIGGER_PREFIX = 'TRIGGER-';

export interface ForcedReason {
  reason: BankReasonCode;
  /** Set for a narrative trigger: the text that goes to AddtlInf. */
  narrative?: NarrativeCode;
  /** The code as the trigger named it (ISO or narrative code). */
  triggerCode: string;
}

const NARRATIVE_CODES = (Object.keys(narrativeReasonCode) as NarrativeCode[]).sort(
  (a, b) => b.length - a.length,
);

/** The code a MsgId or EndToEndId forces, if it is a trigger for one the bank emits. */
export function parseTrigger(id: string | undefined): ForcedReason | undefined {
  if (id === undefined || !id.startsWith(TRIGGER_PREFIX)) return undefined;
  const rest = id.slice(TRIGGER_PREFIX.length).trim().toUpperCase();
  const narrative = NARRATIVE_CODES.find((code) => rest === code || rest.startsWith(`${code}-`));
  if (narrative) {
    const reason = narrativeReasonCode[narrative];
    return isBankReasonCode(reason) ? { reason, narrative, triggerCode: narrative } : undefined;
  }
  const dash = rest.indexOf('-');
  const code = dash === -1 ? rest : rest.slice(0, dash);
  return isBankReasonCode(code) ? { reason: code, triggerCode: code } : undefined;
}

/** Whether a MsgId trigger rejects the whole group (else it applies to every payment block). */
export function isGroupLevel(reason: BankReasonCode): boolean {
  return BANK_REASON_CODES[reason].level === 'group';
}
