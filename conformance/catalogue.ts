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
];

export function findCheck(id: string): Check | undefined {
  return CHECKS.find((check) => check.id === id.toUpperCase());
}
