// The bank's port for the other simulators (ARCHITECTURE.md §5.5): the nettbank schedules the
// credit transfer a consumer approves for an eFaktura, and the bank books it on the due date's
// banking day like any other payment (camt.054 credit notification with the KID to the issuer).
// The signatures are a contract with the eFaktura engineer: do not change them.
import { bankState } from './bank-store.ts';
import type { AccountStatus, KidDefinition } from '../../src/bank/bank-account.ts';
import type { Tenant } from '../kernel/types.ts';

export interface ScheduledTransfer {
  fromAccount: string;
  toAccount: string;
  amountOre: number;
  kid?: string;
  executionDate: string;
  debtorName: string;
  endToEndId: string;
  onSettled?: (
    outcome: { status: 'BOOKED'; bookingDate: string } | { status: 'REJECTED'; reasonCode: string },
  ) => void;
}

export interface AccountOwnerView {
  name: string;
  orgNumber?: string;
  nationalId?: string;
}

export interface AccountView {
  bban: string;
  owner: AccountOwnerView;
  balanceOre: number;
  status: AccountStatus;
}

/**
 * Schedules a transfer for the first execution run on or after `executionDate` (a banking day).
 * `onSettled` is called once, when it is booked or finally rejected (AM04 after the funds retry
 * window, AC03/AC04/AC06 for unusable accounts, RR09 for a KID the creditor's agreement refuses).
 */
export function scheduleTransfer(tenant: Tenant, transfer: ScheduledTransfer): { transferId: string } {
  if (!Number.isSafeInteger(transfer.amountOre) || transfer.amountOre <= 0) {
    throw new RangeError(
      `scheduleTransfer: amountOre must be a positive whole number of øre, got ${transfer.amountOre}`,
    );
  }
  const state = bankState(tenant);
  const transferId = tenant.nextId('transfer');
  state.schedule({
    id: transferId,
    origin: { kind: 'transfer' },
    instruction: {
      transferId,
      fromAccount: transfer.fromAccount,
      toAccount: transfer.toAccount,
      amountOre: transfer.amountOre,
      currency: 'NOK',
      debtorName: transfer.debtorName,
      creditorName: state.ledger.getAccount(transfer.toAccount)?.owner.name,
      endToEndId: transfer.endToEndId,
      kids: transfer.kid === undefined ? [] : [transfer.kid],
      unstructured: [],
    },
    executionDate: transfer.executionDate,
    state: 'scheduled',
    onSettled: transfer.onSettled,
  });
  return { transferId };
}

/** Cancels a transfer that has not been booked or rejected yet; false otherwise. */
export function cancelTransfer(tenant: Tenant, transferId: string): boolean {
  const state = bankState(tenant);
  const payment = state.openPayments.get(transferId);
  if (!payment || payment.origin.kind !== 'transfer') return false;
  payment.state = 'cancelled';
  state.openPayments.delete(transferId);
  return true;
}

/**
 * Opens the account if the bank does not hold it yet (an existing account is left as it is). An
 * issuer's account gets the KID agreement that matches its eFaktura KID set-up, so corporate
 * pain.001 payments with the issuer's KIDs are accepted (and wrong ones get RR09).
 */
export function ensureAccount(
  tenant: Tenant,
  account: {
    bban: string;
    owner: AccountOwnerView;
    balanceOre: number;
    currency?: string;
    kidDefinitions?: KidDefinition[];
  },
): void {
  const state = bankState(tenant);
  if (state.ledger.holds(account.bban)) return;
  state.ledger.putAccount(
    {
      bban: account.bban,
      owner: { ...account.owner },
      balanceOre: account.balanceOre,
      currency: account.currency ?? 'NOK',
      status: 'open',
      kidDefinitions: [...(account.kidDefinitions ?? [])],
    },
    tenant.clock.today(),
  );
}

export function getAccount(tenant: Tenant, bban: string): AccountView | undefined {
  const account = bankState(tenant).ledger.getAccount(bban);
  if (!account) return undefined;
  return {
    bban: account.bban,
    owner: { ...account.owner },
    balanceOre: account.balanceOre,
    status: account.status,
  };
}
