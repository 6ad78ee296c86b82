// Turns a trigger (triggers.ts) into the finding it forces, at the level it was placed at.
import type { Finding, FindingLevel } from './finding.ts';
import type { ForcedReason } from './triggers.ts';

export function forcedFinding(
  forced: ForcedReason,
  at: { level: FindingLevel; path: string; value: string; line?: number },
  vars: { approverId?: string; bban?: string },
): Finding {
  const finding: Finding = { ...at, reason: forced.reason, text: `Forced by the trigger ${at.value}` };
  if (forced.narrative) {
    finding.narrative = {
      code: forced.narrative,
      vars: { id: vars.approverId ?? 'TRIGGER', bban: vars.bban ?? '' },
    };
  }
  return finding;
}
