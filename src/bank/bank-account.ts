// An account held in the simulated bank (ARCHITECTURE.md §5.4 `PUT /accounts/{bban}`). Balances
// are whole øre (§4). An account may carry up to 3 KID definitions (iso20022-norway.md §5.1, S43)
// and a per-account amount limit (AM02, §3.4, S41).
import type { KidAlgorithm } from '../norway/kid.ts';

export type AccountStatus = 'open' | 'closed' | 'blocked';
export const ACCOUNT_STATUSES: readonly AccountStatus[] = ['open', 'closed', 'blocked'];

export interface AccountOwner {
  name: string;
  orgNumber?: string;
  nationalId?: string;
}

/** One KID definition of the account's KID agreement (§5.1: algorithm and length). */
export interface KidDefinition {
  algorithm: KidAlgorithm;
  length: number;
}

export interface BankAccount {
  /** The 11-digit Norwegian account number (§5.2). */
  bban: string;
  owner: AccountOwner;
  balanceOre: number;
  currency: string;
  status: AccountStatus;
  /** Largest amount (øre) one outgoing transaction may carry; above it → AM02. */
  amountLimitOre?: number;
  /** Empty: the account has no KID agreement (a KID to it → AC03 "Mottager har ikke KID-avtale"). */
  kidDefinitions: KidDefinition[];
}
