import { describe, expect, it } from 'vitest';
import { cancelTransfer, ensureAccount, getAccount, scheduleTransfer } from './ledger-port.ts';
import { bankState } from './bank-store.ts';
import { createInProcessBench } from '../../test/support/server.ts';
import type { ScheduledTransfer } from './ledger-port.ts';

const CONSUMER = '15034000013';
const ISSUER = '15034000021';

function setUp(balanceOre = 100_000) {
  const { tenant } = createInProcessBench();
  ensureAccount(tenant, {
    bban: CONSUMER,
    owner: { name: 'Ola Forbruker', nationalId: '01010012356' },
    balanceOre,
  });
  ensureAccount(tenant, {
    bban: ISSUER,
    owner: { name: 'Fjordkraft AS', orgNumber: '923456783' },
    balanceOre: 0,
  });
  const outcomes: Parameters<NonNullable<ScheduledTransfer['onSettled']>>[0][] = [];
  const transfer = (overrides: Partial<ScheduledTransfer> = {}) =>
    scheduleTransfer(tenant, {
      fromAccount: CONSUMER,
      toAccount: ISSUER,
      amountOre: 45_000,
      kid: '000133700501645',
      executionDate: '2026-01-13',
      debtorName: 'Ola Forbruker',
      endToEndId: 'EF-1',
      onSettled: (outcome) => outcomes.push(outcome),
      ...overrides,
    });
  return { tenant, outcomes, transfer };
}

describe('the ledger port', () => {
  it('opens an account once and leaves an existing one as it is', () => {
    const { tenant } = setUp();
    ensureAccount(tenant, { bban: CONSUMER, owner: { name: 'Someone else' }, balanceOre: 1 });
    expect(getAccount(tenant, CONSUMER)).toEqual({
      bban: CONSUMER,
      owner: { name: 'Ola Forbruker', nationalId: '01010012356' },
      balanceOre: 100_000,
      status: 'open',
    });
    expect(getAccount(tenant, '86011117947')).toBeUndefined();
  });

  it('books a scheduled transfer on its execution date and tells the caller, with a KID credit notification for the payee', async () => {
    const { tenant, outcomes, transfer } = setUp();
    transfer();
    await tenant.clock.advance({ hours: 12 });
    expect(outcomes).toEqual([]);
    await tenant.clock.advance({ days: 1 });
    expect(outcomes).toEqual([{ status: 'BOOKED', bookingDate: '2026-01-13' }]);
    expect(getAccount(tenant, CONSUMER)?.balanceOre).toBe(55_000);
    expect(getAccount(tenant, ISSUER)?.balanceOre).toBe(45_000);
    const credit = [...bankState(tenant).notifications.values()].find((n) => n.account === ISSUER);
    expect(credit?.document.notifications[0]?.entries[0]?.transactions[0]?.remittance?.kids).toEqual([
      '000133700501645',
    ]);
  });

  it('rejects a transfer without funds with AM04 once the retry window has passed', async () => {
    const { tenant, outcomes, transfer } = setUp(1_000);
    transfer();
    await tenant.clock.advance({ days: 3 });
    expect(outcomes).toEqual([]);
    await tenant.clock.advance({ days: 2 });
    expect(outcomes).toEqual([{ status: 'REJECTED', reasonCode: 'AM04' }]);
  });

  it('cancels a transfer before it is booked, and not after', async () => {
    const { tenant, outcomes, transfer } = setUp();
    const { transferId } = transfer();
    expect(cancelTransfer(tenant, transferId)).toBe(true);
    await tenant.clock.advance({ days: 2 });
    expect(outcomes).toEqual([]);
    const booked = transfer({ executionDate: '2026-01-12' });
    await tenant.clock.advance({ hours: 1 });
    expect(cancelTransfer(tenant, booked.transferId)).toBe(false);
    expect(cancelTransfer(tenant, 'transfer-unknown')).toBe(false);
  });

  it('rejects a KID that fails its check with RR09, and refuses a non-positive amount as a caller bug', async () => {
    const { tenant, outcomes, transfer } = setUp();
    transfer({ kid: '000133700501646', executionDate: '2026-01-12' });
    await tenant.clock.advance({ hours: 1 });
    expect(outcomes).toEqual([{ status: 'REJECTED', reasonCode: 'RR09' }]);
    expect(() => transfer({ amountOre: 0 })).toThrow(RangeError);
  });
});
