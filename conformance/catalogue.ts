// The check catalogue, in report order: eFaktura issuer checks, remittance checks, then the passive
// checks over everything the SUT sent. One file per check under checks/ and passive/.
import type { Check } from './types.ts';
import { efConsent001 } from './checks/ef-consent-001.ts';
import { efConsent002 } from './checks/ef-consent-002.ts';
import { efConsent003 } from './checks/ef-consent-003.ts';
import { efBlock001 } from './checks/ef-block-001.ts';
import { efBlock002 } from './checks/ef-block-002.ts';
import { efBlock003 } from './checks/ef-block-003.ts';
import { efFallback001 } from './checks/ef-fallback-001.ts';
import { efFallback002 } from './checks/ef-fallback-002.ts';
import { efSearch001 } from './checks/ef-search-001.ts';
import { efSearch002 } from './checks/ef-search-002.ts';
import { efSearch003 } from './checks/ef-search-003.ts';
import { efShip001 } from './checks/ef-ship-001.ts';
import { efShip002 } from './checks/ef-ship-002.ts';
import { efPoll001 } from './checks/ef-poll-001.ts';
import { efPoll002 } from './checks/ef-poll-002.ts';
import { efRecon001 } from './checks/ef-recon-001.ts';
import { efRecon002 } from './checks/ef-recon-002.ts';
import { efRecon003 } from './checks/ef-recon-003.ts';
import { efKid001 } from './checks/ef-kid-001.ts';
import { efKid002 } from './checks/ef-kid-002.ts';
import { remPain001 } from './checks/rem-pain-001.ts';
import { remId001 } from './checks/rem-id-001.ts';
import { remKid001 } from './checks/rem-kid-001.ts';
import { remCredit001 } from './checks/rem-credit-001.ts';
import { remDate001 } from './checks/rem-date-001.ts';
import { remReject001 } from './checks/rem-reject-001.ts';
import { remApproval001 } from './checks/rem-approval-001.ts';
import { remApproval002 } from './checks/rem-approval-002.ts';
import { pasPain001 } from './passive/pas-pain-001.ts';
import { pasShip001 } from './passive/pas-ship-001.ts';
import { pasSearch001 } from './passive/pas-search-001.ts';
import { pasSearch002 } from './passive/pas-search-002.ts';
import { pasPoll001 } from './passive/pas-poll-001.ts';
import { pasId001 } from './passive/pas-id-001.ts';
import { pasRecipient001 } from './passive/pas-recipient-001.ts';

export const CHECKS: readonly Check[] = [
  efConsent001,
  efConsent002,
  efConsent003,
  efBlock001,
  efBlock002,
  efBlock003,
  efFallback001,
  efFallback002,
  efSearch001,
  efSearch002,
  efSearch003,
  efShip001,
  efShip002,
  efPoll001,
  efPoll002,
  efKid001,
  efKid002,
  efRecon001,
  efRecon002,
  efRecon003,
  remPain001,
  remId001,
  remKid001,
  remCredit001,
  remDate001,
  remReject001,
  remApproval001,
  remApproval002,
  pasPain001,
  pasShip001,
  pasSearch001,
  pasSearch002,
  pasPoll001,
  pasId001,
  pasRecipient001,
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id.toUpperCase());
}
