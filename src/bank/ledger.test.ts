import { describe, expect, it } from 'vitest';
import { EXTERNAL_CLEARING_ACCOUNT, Ledger, LedgerError } from './ledger.ts';
import type { BankAccount } from './bank-account.ts';

const account = (bban: string, balanceOre: number): BankAccount => ({
  bban,
  owner: { name: bban },
  balanceOre,
  currency: 'NOK',
  status: 'open',
  kidDefinitions: [],
});

const instruction = (from: string, to: string, amountOre: number) => ({
  transferId: 't-1',
  fromAccount: from,
  toAccount: to,
  amountOre,
  currency: 'NOK',
  endToEndId: 'E',
  kids: [],
  unstructured: [],
});

describe('Ledger', () => {
  it('credits an account it holds and the clearing account for any other', () => {
    const ledger = new Ledger();
    ledger.putAccount(account('A', 1000), '2026-01-12');
    ledger.putAccount(account('B', 0), '2026-01-12');
    let ref = 0;
    const next = () => String((ref += 1));
    const when = { bookingDate: '2026-01-12', bookedAt: '2026-01-12T08:15:00+01:00' };
    const inside = ledger.transfer(instruction('A', 'B', 300), when, next);
    const outside = ledger.transfer(instruction('A', 'NO9386011117947', 200), when, next);
    expect([
      ledger.getAccount('A')?.balanceOre,
      ledger.getAccount('B')?.balanceOre,
      ledger.clearingBalance(),
    ]).toEqual([500, 300, 200]);
    expect(inside.credit.account).toBe('B');
    expect(outside.credit.account).toBe(EXTERNAL_CLEARING_ACCOUNT);
    expect(outside.debit.counterparty.account).toBe('NO9386011117947');
    expect(ledger.totalOre()).toBe(1000);
  });

  it('refuses, as a bench bug, to move money from an account it does not hold or a non-positive amount', () => {
    const ledger = new Ledger();
    ledger.putAccount(account('A', 1000), '2026-01-12');
    const when = { bookingDate: '2026-01-12', bookedAt: '' };
    expect(() => ledger.transfer(instruction('X', 'A', 1), when, () => 'r')).toThrow(LedgerError);
    expect(() => ledger.transfer(instruction('A', 'X', 0), when, () => 'r')).toThrow(LedgerError);
  });

  it('knows the balance at the end of any day from bookings and set-up adjustments', () => {
    const ledger = new Ledger();
    ledger.putAccount(account('A', 1000), '2026-01-10');
    ledger.putAccount(account('A', 1500), '2026-01-12');
    ledger.transfer(instruction('A', 'Z', 100), { bookingDate: '2026-01-13', bookedAt: '' }, () => 'r');
    expect(
      ['2026-01-09', '2026-01-10', '2026-01-12', '2026-01-13'].map((d) => ledger.balanceAtEndOf('A', d)),
    ).toEqual([0, 1000, 1500, 1400]);
  });
});
