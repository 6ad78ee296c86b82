import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executeDuePayments } from './execute-due-payments.ts';
import { receivePaymentFile } from './payment-intake.ts';
import { dayStatement } from './camt-statement.ts';
import { EXTERNAL_CLEARING_ACCOUNT } from './ledger.ts';
import { writeCamt054 } from '../iso20022/camt054.ts';
import { writeCamt053 } from '../iso20022/camt053.ts';
import { writePain002 } from '../iso20022/pain002.ts';
import { readCamt } from '../iso20022/camt-reader.ts';
import { expectSchemaValid } from '../iso20022/testing/expect-schema-valid.ts';
import {
  ACCOUNTS,
  KIDS,
  bankFixture,
  demoAgreement,
  intakeContext,
  pain001,
  payment,
  transaction,
} from './testing/bank-fixture.ts';
import type { BankState } from './bank-state.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { Pain001TransactionInput } from '../iso20022/pain001-builder.ts';

const at = (iso: string) => new Date(iso);

function setUp(agreement: CustomerAgreement = demoAgreement()) {
  const state = bankFixture(agreement);
  const context = intakeContext();
  const send = (xml: string) => {
    const result = receivePaymentFile(state, xml, agreement, context);
    if (result.kind !== 'received') throw new Error(result.message);
    return result.file;
  };
  const execute = (iso: string) => executeDuePayments(state, { ...context, now: at(iso) });
  return { state, send, execute };
}

function balance(state: BankState, bban: string): number {
  return state.ledger.getAccount(bban)?.balanceOre ?? Number.NaN;
}

describe('execution runs', () => {
  it('books a due payment on a banking day: debits the payer, credits the payee, ACSC with the archive reference', () => {
    const { state, send, execute } = setUp();
    const file = send(pain001());
    const step = execute('2026-01-12T08:15:00+01:00');
    expect(step.run.booked).toHaveLength(1);
    expect(balance(state, ACCOUNTS.operating)).toBe(25_000_000 - 125_000);
    expect(balance(state, ACCOUNTS.kidMod10)).toBe(125_000);
    const tx = file.payments[0]?.transactions[0];
    expect(tx).toMatchObject({ status: 'ACSC', bookingDate: '2026-01-12' });
    expect(tx?.accountServicerReference).toMatch(/^\d{11}$/);
    const report = step.reports[0]?.report;
    expect(report?.group.status).toBe('ACSC');
    expect(report?.payments[0]?.transactions?.[0]).toMatchObject({
      status: 'ACSC',
      accountServicerReference: tx?.accountServicerReference,
    });
    expectSchemaValid(writePain002(report!));
  });

  it('writes a camt.054 debit notification for the payer and a credit notification with the KID for the payee', () => {
    const { send, execute } = setUp();
    send(pain001());
    const { notifications } = execute('2026-01-12T08:15:00+01:00');
    expect(notifications.map((n) => [n.account, n.direction])).toEqual([
      [ACCOUNTS.operating, 'debit'],
      [ACCOUNTS.kidMod10, 'credit'],
    ]);
    const credit = writeCamt054(notifications[1]!.document);
    expectSchemaValid(credit, 'camt.054.001.02');
    const read = readCamt(credit);
    expect(read.ok && read.document.entries[0]).toMatchObject({
      creditDebit: 'CRDT',
      amountOre: 125_000,
      kids: [KIDS.mod10],
      endToEndIds: ['E2E-1'],
    });
  });

  it('writes camt.054 and camt.053 in version .001.08 for an agreement that asks for it', () => {
    const { state, send, execute } = setUp(demoAgreement({ messageVersion: '08' }));
    send(pain001());
    const { notifications } = execute('2026-01-12T08:15:00+01:00');
    const debit = notifications.find((n) => n.direction === 'debit');
    expect(debit?.document.messageNameId).toBe('camt.054.001.08');
    expectSchemaValid(writeCamt054(debit!.document), 'camt.054.001.08');
    const statement = dayStatement(
      state.ledger,
      ACCOUNTS.operating,
      '2026-01-12',
      state.agreementsWithAccount(ACCOUNTS.operating),
      {
        messageId: 'S-1',
        creationDateTime: '2026-01-12T18:00:00+01:00',
      },
    );
    expectSchemaValid(writeCamt053(statement!), 'camt.053.001.08');
  });

  it('does nothing on a Saturday and nothing before the execution date', () => {
    const { state, send, execute } = setUp();
    send(pain001({ payments: [payment({ executionDate: '2026-01-16' })] }));
    expect(execute('2026-01-12T08:15:00+01:00').run.booked).toEqual([]);
    expect(execute('2026-01-17T08:15:00+01:00').run.booked).toEqual([]);
    expect(state.openPayments.size).toBe(1);
    expect(execute('2026-01-16T06:00:00+01:00').run.booked).toHaveLength(1);
  });

  it('keeps a payment without funds PDNG with AM04 and rejects it with AM04 after the retry window', () => {
    const { state, send, execute } = setUp();
    const file = send(
      pain001({ payments: [payment({ transactions: [transaction({ amountOre: 30_000_000 })] })] }),
    );
    const first = execute('2026-01-12T08:15:00+01:00');
    expect(first.reports[0]?.report.payments[0]?.transactions?.[0]).toMatchObject({
      status: 'PDNG',
      reasons: [expect.objectContaining({ code: 'AM04' })],
    });
    expectSchemaValid(writePain002(first.reports[0]!.report));
    // Retried at every run on Monday, Tuesday and Wednesday (3 banking days) without a new report.
    expect(execute('2026-01-13T08:15:00+01:00').reports).toEqual([]);
    expect(execute('2026-01-14T13:30:00+01:00').reports).toEqual([]);
    const last = execute('2026-01-15T06:00:00+01:00');
    expect(last.run.rejected.map((p) => p.reasonCode)).toEqual(['AM04']);
    expect(file.payments[0]?.transactions[0]).toMatchObject({
      status: 'RJCT',
      reasons: [expect.objectContaining({ reason: 'AM04' })],
    });
    expect(balance(state, ACCOUNTS.operating)).toBe(25_000_000);
  });

  it('books a waiting payment once money arrives inside the retry window', () => {
    const { state, send, execute } = setUp();
    send(pain001({ payments: [payment({ transactions: [transaction({ amountOre: 30_000_000 })] })] }));
    execute('2026-01-12T08:15:00+01:00');
    const account = state.ledger.getAccount(ACCOUNTS.operating)!;
    state.ledger.putAccount({ ...account, balanceOre: 40_000_000 }, '2026-01-13');
    expect(execute('2026-01-13T10:00:00+01:00').run.booked).toHaveLength(1);
  });

  it('rejects at execution a payment to an account closed since the file was accepted, with AC04', () => {
    const { state, send, execute } = setUp();
    send(pain001());
    const creditor = state.ledger.getAccount(ACCOUNTS.kidMod10)!;
    state.ledger.putAccount({ ...creditor, status: 'closed' }, '2026-01-12');
    expect(execute('2026-01-12T08:15:00+01:00').run.rejected.map((p) => p.reasonCode)).toEqual(['AC04']);
  });

  it('pays a creditor in another bank through the external clearing account', () => {
    const { state, send, execute } = setUp();
    send(
      pain001({
        payments: [
          payment({ transactions: [transaction({ creditorAccount: ACCOUNTS.otherBank, kid: undefined })] }),
        ],
      }),
    );
    const { notifications } = execute('2026-01-12T08:15:00+01:00');
    expect(state.ledger.clearingBalance()).toBe(125_000);
    expect(notifications.map((n) => n.account)).not.toContain(EXTERNAL_CLEARING_ACCOUNT);
  });

  it('writes a day statement whose closing balance is the opening balance plus the entries', () => {
    const { state, send, execute } = setUp();
    send(pain001());
    execute('2026-01-12T08:15:00+01:00');
    const statement = dayStatement(state.ledger, ACCOUNTS.operating, '2026-01-12', [], {
      messageId: 'S-1',
      creationDateTime: '2026-01-12T18:00:00+01:00',
    })!.statements[0]!;
    expect(statement).toMatchObject({
      id: `${ACCOUNTS.operating}.20260112`,
      openingBalanceOre: 25_000_000,
      closingBalanceOre: 24_875_000,
    });
    expect(statement.entries).toHaveLength(1);
    const nextDay = dayStatement(state.ledger, ACCOUNTS.operating, '2026-01-13', [], {
      messageId: 'S-2',
      creationDateTime: '2026-01-13T18:00:00+01:00',
    });
    expect(nextDay?.statements[0]).toMatchObject({
      openingBalanceOre: 24_875_000,
      closingBalanceOre: 24_875_000,
      entries: [],
    });
    expectSchemaValid(writeCamt053(nextDay!), 'camt.053.001.02');
  });
});

describe('money is conserved', () => {
  const creditors = [
    ACCOUNTS.kidMod10,
    ACCOUNTS.kidMod11,
    ACCOUNTS.plain,
    ACCOUNTS.otherBank,
    ACCOUNTS.closed,
    ACCOUNTS.operating,
  ];
  const kidFor: Record<string, string | undefined> = {
    [ACCOUNTS.kidMod10]: KIDS.mod10,
    [ACCOUNTS.kidMod11]: KIDS.mod11,
  };
  const arbitraryTransaction = fc.record({
    creditor: fc.constantFrom(...creditors),
    amountOre: fc.integer({ min: 1, max: 20_000_000 }),
    dayOffset: fc.integer({ min: 0, max: 6 }),
  });

  it('keeps the sum of all balances, the external clearing account included, constant over any files and runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(arbitraryTransaction, { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 1, max: 8 }),
        (files, runs) => {
          const { state, send, execute } = setUp(demoAgreement({ rejectGranularity: 'transaction' }));
          const before = state.ledger.totalOre();
          files.forEach((txs, fileIndex) => {
            const transactions: Pain001TransactionInput[] = txs.map((tx, i) =>
              transaction({
                endToEndId: `F${fileIndex}-T${i}`,
                amountOre: tx.amountOre,
                creditorAccount: tx.creditor,
                kid: kidFor[tx.creditor],
              }),
            );
            send(
              pain001({
                msgId: `MSG-${fileIndex}`,
                payments: [
                  payment({ executionDate: `2026-01-1${2 + (txs[0]?.dayOffset ?? 0)}`, transactions }),
                ],
              }),
            );
          });
          for (let day = 0; day < runs; day += 1) {
            execute(`2026-01-${String(12 + day).padStart(2, '0')}T08:15:00+01:00`);
            expect(state.ledger.totalOre()).toBe(before);
          }
          const booked = [...state.payments.values()].filter((p) => p.state === 'booked');
          const debits = state.ledger.bookings(ACCOUNTS.operating).filter((b) => b.direction === 'DBIT');
          expect(debits).toHaveLength(booked.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
