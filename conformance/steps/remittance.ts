// Building blocks of the remittance checks: creditors with accounts (and KID agreements) in the
// bank, payables given to the SUT, payment runs watched in the journal, and time for the bank to
// report (pain.002) and execute (ACSC) — iso20022-norway.md §2, §3; ARCHITECTURE.md §5.4, §5.6.
import { mod10CheckDigit, mod11CheckDigit } from '../../src/norway/kid.ts';
import type { KidAlgorithm } from '../../src/norway/kid.ts';
import { addDays, osloInstant } from '../../src/norway/oslo-time.ts';
import { makeAccountNumber } from '../../src/world/account-number.ts';
import type { CheckContext } from '../check-context.ts';
import type { DriverPayable } from '../http/driver-client.ts';
import type { HttpResult } from '../http/json-client.ts';
import type { PaymentFilePost } from '../traffic/bank-traffic.ts';
import type { SutTraffic } from '../traffic/sut-traffic.ts';
import type { FindingInput } from '../types.ts';
import { bankingCalendar } from './pain001-rules.ts';

export interface Creditor {
  name: string;
  account: string;
  kidSetup?: { algorithm: KidAlgorithm; length: number };
}

/** A supplier with an account in the bank and, optionally, a KID agreement on it. */
export async function newCreditor(
  ctx: CheckContext,
  name: string,
  kidSetup?: Creditor['kidSetup'],
): Promise<Creditor> {
  const account = makeAccountNumber(ctx.rng);
  await ctx.bench.putAccount(account, { owner: { name }, balance: 0, currency: 'NOK' });
  if (kidSetup) await ctx.bench.putKidAgreement(account, [kidSetup]);
  return { name, account, kidSetup };
}

/** A valid KID for a creditor's agreement; `ending` asks for a given check character ('-', '0'). */
export function kidFor(
  ctx: CheckContext,
  setup: { algorithm: KidAlgorithm; length: number },
  ending?: string,
): string {
  for (;;) {
    const body = ctx.rng.digits(setup.length - 1);
    const check = setup.algorithm === 'MOD10' ? mod10CheckDigit(body) : mod11CheckDigit(body);
    if (check !== null && (ending === undefined || check === ending)) return `${body}${check}`;
  }
}

export async function putPayable(
  ctx: CheckContext,
  id: string,
  payable: Partial<DriverPayable> & Pick<DriverPayable, 'creditorAccount' | 'amount'>,
): Promise<void> {
  await ctx.driver.putPayable(id, {
    creditorName: 'Leverandør AS',
    type: 'invoice',
    dueDate: await ctx.today(),
    ...payable,
  });
}

/** Approvers with bank authority on the SUT's debtor account (first `count`). */
export function approvers(ctx: CheckContext, count = 1): string[] {
  return ctx.agreement.approvers.slice(0, count);
}

export interface WatchedRun {
  answer: HttpResult<{ fileId?: string; messageId?: string }>;
  /** Payment files the SUT posted during the call. */
  files: PaymentFilePost[];
}

export async function paymentRun(ctx: CheckContext, date: string, who: string[]): Promise<WatchedRun> {
  const from = await ctx.journalTail();
  const answer = await ctx.driver.paymentRun(date, who);
  const to = await ctx.journalTail();
  const files = (await ctx.traffic()).paymentFiles.filter((file) => file.seq > from && file.seq <= to);
  return { answer, files };
}

/** Lets the bank report and execute: the next banking day after `date`, mid-morning, with a driver call. */
export async function executionPasses(ctx: CheckContext, date: string): Promise<void> {
  const after = bankingCalendar().nextBankingDay(addDays(bankingCalendar().nextBankingDay(date), 1));
  await ctx.advance({ to: osloInstant(after, '10:00').toISOString() });
}

/** The transactions of a payment file to one creditor account. */
export function transactionsTo(file: PaymentFilePost, account: string) {
  return (file.document?.payments ?? []).flatMap((payment) =>
    payment.transactions.filter((tx) => tx.creditorAccount?.id.replace(/\D/g, '').endsWith(account)),
  );
}

export function kidsOf(tx: ReturnType<typeof transactionsTo>[number]): string[] {
  return (tx.remittance?.structured ?? []).flatMap((block) =>
    block.creditorReference?.typeCode === 'SCOR' && block.creditorReference.ref !== undefined
      ? [block.creditorReference.ref]
      : [],
  );
}

export function documentTypesOf(tx: ReturnType<typeof transactionsTo>[number]): string[] {
  return (tx.remittance?.structured ?? []).flatMap((block) =>
    block.referredDocuments.map((d) => d.typeCode ?? ''),
  );
}

/**
 * When the bank refused a file (group status RJCT), a finding with the reasons of the pain.002
 * the SUT read for it (StsRsnInf), or the bank's answer to the upload.
 */
export function refusedFile(
  traffic: SutTraffic,
  file: PaymentFilePost,
  fix: string,
): FindingInput | undefined {
  if (file.accepted && file.groupStatus !== 'RJCT') return undefined;
  const messageId = file.document?.groupHeader.messageId.value;
  const reports = traffic.statusReports.filter(
    (report) => messageId !== undefined && report.originalMessageId === messageId,
  );
  const reasons = [...new Set(reports.flatMap((report) => report.reasons))];
  const stsRsnInf = reports
    .flatMap((report) =>
      [...report.xml.matchAll(/<(?:\w+:)?StsRsnInf>[\s\S]*?<\/(?:\w+:)?StsRsnInf>/g)].map((m) => m[0]),
    )
    .slice(0, 3)
    .join('\n');
  return {
    message: `The bank refused payment file ${file.fileId ?? '?'} (MsgId ${messageId ?? '?'}, group status ${file.groupStatus ?? file.entry.status})${reasons.length ? ` with ${reasons.join(', ')}` : ''}.`,
    fix,
    seqs: [file.seq, ...reports.map((report) => report.seq)],
    excerpt: stsRsnInf || file.entry.responseBody?.slice(0, 400),
    codes: reasons.length > 0 ? reasons : file.entry.code ? [file.entry.code] : [],
  };
}
