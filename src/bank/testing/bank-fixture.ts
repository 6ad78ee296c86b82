// Test fixture for the bank's pure core: a bank with a corporate customer (two funded accounts,
// users ola and kari), creditors with and without KID agreements, and a pain.001 builder with
// sensible defaults. Tests change only what they are about.
import { makeAccountNumber, makeKid } from '../../norway/index.ts';
import { buildPain001 } from '../../iso20022/pain001-builder.ts';
import { schemaRegistry } from '../../iso20022/xml/schema-files.ts';
import { BankState } from '../bank-state.ts';
import { DEFAULT_BANK_SETTINGS } from '../bank-settings.ts';
import { createBankingCalendar } from '../banking-calendar.ts';
import type { BankSettings } from '../bank-settings.ts';
import type { CustomerAgreement } from '../customer-agreement.ts';
import type { IntakeContext } from '../payment-intake.ts';
import type {
  Pain001Input,
  Pain001PaymentInput,
  Pain001TransactionInput,
} from '../../iso20022/pain001-builder.ts';

function account(body: string): string {
  const result = makeAccountNumber(body);
  if (!result.valid) throw new Error(`fixture: ${body}: ${result.message}`);
  return result.value;
}

function kid(body: string, algorithm: 'MOD10' | 'MOD11'): string {
  const result = makeKid(body, algorithm);
  if (!result.valid) throw new Error(`fixture: ${body}: ${result.message}`);
  return result.value;
}

/** Monday 12 January 2026, 08:00 in Oslo: a banking day before the first cut-off. */
export const MONDAY_0800 = new Date('2026-01-12T08:00:00+01:00');
export const CUSTOMER_ID = '923456783';

export const ACCOUNTS = {
  /** Debit account, 250 000.00 NOK, ola and kari authorised. */
  operating: account('1503100001'),
  /** Debit account, 50 000.00 NOK, only ola authorised; limit 10 000.00 NOK per payment. */
  tax: account('1503100002'),
  /** Creditor with a MOD10 length-15 KID agreement. */
  kidMod10: account('1503200001'),
  /** Creditor with a MOD11 length-10 KID agreement. */
  kidMod11: account('1503200002'),
  /** Creditor without KID agreement. */
  plain: account('1503200003'),
  closed: account('1503200004'),
  blocked: account('1503200005'),
  /** Valid, not held in the bank: another bank. */
  otherBank: '12345678903',
  /** Valid BBAN, not in the agreement, held in the bank. */
  stranger: account('1503300001'),
} as const;

export const KIDS = {
  mod10: kid('00013370050164', 'MOD10'),
  mod11: kid('123456780', 'MOD11'),
} as const;

export function demoAgreement(overrides: Partial<CustomerAgreement> = {}): CustomerAgreement {
  return {
    customerId: CUSTOMER_ID,
    name: 'Eksempel AS',
    orgNumber: CUSTOMER_ID,
    accounts: [ACCOUNTS.operating, ACCOUNTS.tax],
    requiredApprovals: 1,
    rgb: true,
    users: [
      { userId: 'ola', name: 'Ola Nordmann', accounts: [ACCOUNTS.operating, ACCOUNTS.tax] },
      { userId: 'kari', name: 'Kari Nordmann', accounts: [ACCOUNTS.operating] },
    ],
    rejectGranularity: 'transaction',
    executionDatePolicy: 'roll-forward',
    messageVersion: '02',
    ...overrides,
  };
}

/** A bank holding the fixture's accounts and agreement. */
export function bankFixture(agreement: CustomerAgreement = demoAgreement()): BankState {
  const state = new BankState();
  const today = '2026-01-12';
  const open = (bban: string, name: string, balanceOre: number, extra: object = {}) =>
    state.ledger.putAccount(
      { bban, owner: { name }, balanceOre, currency: 'NOK', status: 'open', kidDefinitions: [], ...extra },
      today,
    );
  open(ACCOUNTS.operating, 'Eksempel AS', 25_000_000);
  open(ACCOUNTS.tax, 'Eksempel AS', 5_000_000, { amountLimitOre: 1_000_000 });
  open(ACCOUNTS.kidMod10, 'Kraft AS', 0, { kidDefinitions: [{ algorithm: 'MOD10', length: 15 }] });
  open(ACCOUNTS.kidMod11, 'Tele AS', 0, { kidDefinitions: [{ algorithm: 'MOD11', length: 10 }] });
  open(ACCOUNTS.plain, 'Hansen AS', 0);
  open(ACCOUNTS.closed, 'Nedlagt AS', 0, { status: 'closed' });
  open(ACCOUNTS.blocked, 'Sperret AS', 0, { status: 'blocked' });
  open(ACCOUNTS.stranger, 'Annen kunde AS', 1_000_000);
  state.agreements.set(agreement.customerId, agreement);
  return state;
}

/** Ids like the tenant's: 'file-000001'. */
export function sequentialIds(): (prefix: string) => string {
  const counters = new Map<string, number>();
  return (prefix) => {
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    return `${prefix}-${String(next).padStart(6, '0')}`;
  };
}

export function intakeContext(
  overrides: Partial<IntakeContext> & { settings?: Partial<BankSettings> } = {},
): IntakeContext {
  const { settings, ...rest } = overrides;
  return {
    now: MONDAY_0800,
    calendar: createBankingCalendar(),
    settings: {
      ...DEFAULT_BANK_SETTINGS,
      executionRunTimes: [...DEFAULT_BANK_SETTINGS.executionRunTimes],
      ...settings,
    },
    approvers: ['ola'],
    schemas: schemaRegistry(),
    nextId: sequentialIds(),
    ...rest,
  };
}

export function transaction(overrides: Partial<Pain001TransactionInput> = {}): Pain001TransactionInput {
  return {
    endToEndId: 'E2E-1',
    amountOre: 125_000,
    creditorName: 'Kraft AS',
    creditorAccount: ACCOUNTS.kidMod10,
    kid: KIDS.mod10,
    ...overrides,
  };
}

export function payment(overrides: Partial<Pain001PaymentInput> = {}): Pain001PaymentInput {
  return {
    pmtInfId: 'PMT-1',
    executionDate: '2026-01-12',
    debtorName: 'Eksempel AS',
    debtorAccount: ACCOUNTS.operating,
    transactions: [transaction()],
    ...overrides,
  };
}

/** A pain.001 from the fixture's customer; one payment with one KID transaction unless told otherwise. */
export function pain001(overrides: Partial<Pain001Input> = {}): string {
  return buildPain001({
    msgId: 'MSG-1',
    creDtTm: '2026-01-12T07:55:00',
    initiatingPartyId: CUSTOMER_ID,
    initiatingPartyName: 'Eksempel AS',
    payments: [payment()],
    ...overrides,
  });
}

/**
 * A pain.001 of `count` KID payments from the operating account (the benchmark's file, also used
 * by tests of large files): half to the fixture's MOD10/15 KID creditor held in the bank, half to
 * another bank, every KID valid, spread over `payments` PmtInf blocks (default 1). About 385
 * bytes per transaction written compactly, so 100,000 transactions are ≈ 37 MiB.
 */
export function kidPaymentFile(
  count: number,
  options: { msgId?: string; payments?: number; pretty?: boolean; executionDate?: string } = {},
): string {
  const msgId = options.msgId ?? `BENCH-${count}`;
  const blocks = Math.max(1, options.payments ?? 1);
  const transactions: Pain001TransactionInput[] = [];
  for (let i = 0; i < count; i++) {
    transactions.push({
      endToEndId: `E2E-${i}`,
      amountOre: 10_000 + (i % 90_000),
      creditorName: i % 2 === 0 ? 'Kraft AS' : 'Leverandør i annen bank AS',
      creditorAccount: i % 2 === 0 ? ACCOUNTS.kidMod10 : ACCOUNTS.otherBank,
      kid: kid(String(10_000_000_000_000 + i), 'MOD10'), // 14-digit body → length 15
    });
  }
  const size = Math.ceil(count / blocks);
  return buildPain001(
    {
      msgId,
      creDtTm: '2026-01-12T07:55:00',
      initiatingPartyId: CUSTOMER_ID,
      initiatingPartyName: 'Eksempel AS',
      payments: Array.from({ length: blocks }, (_, b) => ({
        pmtInfId: `${msgId}-${b + 1}`,
        executionDate: options.executionDate ?? '2026-01-13',
        debtorName: 'Eksempel AS',
        debtorAccount: ACCOUNTS.operating,
        transactions: transactions.slice(b * size, (b + 1) * size),
      })),
    },
    { pretty: options.pretty ?? false },
  );
}
