// A finding as pain.002 StsRsnInf: the ISO reason code in Rsn/Cd and, in AddtlInf, the Norwegian
// bank text (src/codes/bank-narrative.ts) followed by the bench's own explanation with the value
// (style.md §6). The pain.002 writer splits long texts into Max105Text pieces (§3.1).
import { renderNarrative } from '../codes/bank-narrative.ts';
import type { Finding } from './finding.ts';
import type { StatusReason } from '../iso20022/pain002-model.ts';

export function reasonTexts(finding: Finding): string[] {
  const texts: string[] = [];
  if (finding.narrative) texts.push(renderNarrative(finding.narrative.code, finding.narrative.vars));
  if (finding.text) texts.push(finding.text);
  return texts;
}

export function toStatusReason(finding: Finding): StatusReason {
  const additionalInfo = reasonTexts(finding);
  return additionalInfo.length > 0 ? { code: finding.reason, additionalInfo } : { code: finding.reason };
}
