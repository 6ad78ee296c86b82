// One thing the bank found wrong (or changed) in a pain.001, with the ISO reason code it reports
// in pain.002 StsRsnInf/Rsn/Cd, where in the file it is and the offending value (style.md §4).
import type { BankReasonCode } from './bank-reason-codes.ts';
import type { NarrativeCode, NarrativeVars } from '../codes/bank-narrative.ts';

export type FindingLevel = 'group' | 'payment' | 'transaction';

/** A Norwegian bank text for AddtlInf, by its catalogue code (src/codes/bank-narrative.ts). */
export interface NarrativeRef {
  code: NarrativeCode;
  vars: NarrativeVars;
}

export interface Finding {
  reason: BankReasonCode;
  level: FindingLevel;
  /** e.g. `GrpHdr/CtrlSum`, `PmtInf[2]/CdtTrfTxInf[7]/RmtInf/Strd[1]/CdtrRefInf/Ref`. */
  path: string;
  /** The offending value as written (absent when the element is missing). */
  value?: string;
  /** Source line in the pain.001, when known. */
  line?: number;
  /** The bank's narrative for AddtlInf, when there is one. */
  narrative?: NarrativeRef;
  /** Plain AddtlInf text when no narrative code applies (e.g. libxml's message for FF01). */
  text?: string;
}
