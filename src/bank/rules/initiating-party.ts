// GrpHdr/InitgPty/Id/OrgId/Othr/Id carries the bank's customer id of the agreement
// (iso20022-norway.md §2.4: DNB reads a numeric division/customer id there; SpareBank 1 uses the
// organisation number). A missing or non-numeric id → RJCT NARR "Initiating Party ID must be
// numeric" (DNB, S31); a numeric id that is not the agreement's → RJCT FF02 (Aritma: wrong
// division or agreement set-up, S42) with DNB's "Incorrect division in data approval file".
// The agreement's customer id or its organisation number match, exactly: spaces in the id are a
// known cause of rejections (§6.1, S33).
import type { CustomerAgreement } from '../customer-agreement.ts';
import type { Finding } from '../finding.ts';
import type { Pain001GroupHeader } from '../../iso20022/pain001-model.ts';

const PATH = 'GrpHdr/InitgPty/Id/OrgId/Othr/Id';

export function checkInitiatingParty(
  header: Pain001GroupHeader,
  agreement: CustomerAgreement,
): Finding | undefined {
  const ids = header.initiatingParty.organisationIds;
  const accepted = new Set([agreement.customerId, agreement.orgNumber]);
  if (ids.some((other) => accepted.has(other.id))) return undefined;
  const numeric = ids.find((other) => /^[0-9]+$/.test(other.id));
  if (!numeric) {
    const first = ids[0];
    return {
      reason: 'NARR',
      level: 'group',
      path: PATH,
      value: first?.id,
      line: first?.line ?? header.initiatingParty.line,
      narrative: { code: 'NARR-INITGPTY-NUMERIC', vars: {} },
    };
  }
  return {
    reason: 'FF02',
    level: 'group',
    path: PATH,
    value: numeric.id,
    line: numeric.line,
    narrative: { code: 'NARR-INCORRECT-DIVISION', vars: {} },
    text: `InitgPty Id ${numeric.id} is not this agreement's customer id ${agreement.customerId}`,
  };
}
