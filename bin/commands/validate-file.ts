// `efaktura-bench validate <file.xml>` (registered in validate.ts): the pain.002 the bank would
// answer a pain.001 with, and each finding explained from the catalogue (title and remedy).
// Nothing is sent anywhere: the bank's rule pass runs here, under the agreement given with
// --agreement or one derived from the file (its initiating party id and debit accounts, 1
// approval, RGB off). Exit codes: 0 accepted, 1 rejected (any RJCT), 2 unusable input (not a
// pain.001, unreadable file or agreement, no schemas).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BankState } from '../../src/bank/bank-state.ts';
import { DEFAULT_BANK_SETTINGS } from '../../src/bank/bank-settings.ts';
import { createBankingCalendar } from '../../src/bank/banking-calendar.ts';
import { explainedFindings } from '../../src/bank/explained-findings.ts';
import { loneFileAgreement } from '../../src/bank/lone-file-agreement.ts';
import { processPaymentFileConcurrently } from '../../src/bank/process-payment-file.ts';
import { parseApprovers } from '../../src/bank/rgb-approvals.ts';
import { lookupCode } from '../../src/codes/catalogue.ts';
import { writePain002 } from '../../src/iso20022/pain002.ts';
import { SchemaDirectoryNotFoundError, schemaRegistry } from '../../src/iso20022/xml/schema-files.ts';
import type { BankAccount } from '../../src/bank/bank-account.ts';
import type { CustomerAgreement } from '../../src/bank/customer-agreement.ts';
import type { ExplainedFinding } from '../../src/bank/explained-findings.ts';

export interface ValidateOptions {
  agreement?: string;
  schemas?: string;
  json?: boolean;
  now?: string;
  approvedBy?: string;
}

const bban = z.string().regex(/^[0-9]{11}$/, 'must be an 11-digit account number');

/** The --agreement file: an agreement as PUT /bank/v1/agreements takes it, plus what the bank holds. */
const agreementFileSchema = z
  .object({
    customerId: z.string().min(1).max(35),
    name: z.string().min(1).max(140).default('Customer'),
    orgNumber: z.string().max(20).optional(),
    accounts: z.array(bban),
    requiredApprovals: z.union([z.literal(1), z.literal(2)]).default(1),
    rgb: z.boolean().default(false),
    users: z
      .array(
        z
          .object({ userId: z.string().min(1), name: z.string().default(''), accounts: z.array(bban) })
          .strict(),
      )
      .default([]),
    rejectGranularity: z.enum(['transaction', 'creditor', 'file']).default('transaction'),
    executionDatePolicy: z.enum(['roll-forward', 'reject']).default('roll-forward'),
    messageVersion: z.enum(['02', '08']).default('02'),
    /** Who approved the upload (X-Approved-By), for RGB. */
    approvers: z.array(z.string()).default([]),
    /** Accounts the simulated bank holds, e.g. creditors with KID agreements. */
    bankAccounts: z
      .array(
        z
          .object({
            bban,
            owner: z.object({ name: z.string() }).default({ name: 'Account holder' }),
            balance: z.number().int().default(0),
            currency: z.string().default('NOK'),
            status: z.enum(['open', 'closed', 'blocked']).default('open'),
            amountLimit: z.number().int().positive().optional(),
            kidAgreement: z
              .object({
                definitions: z.array(
                  z.object({ algorithm: z.enum(['MOD10', 'MOD11']), length: z.number().int() }),
                ),
              })
              .optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

class UnusableInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function readAgreementFile(path: string): {
  agreement: CustomerAgreement;
  accounts: BankAccount[];
  approvers: string[];
} {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UnusableInputError(
      'EB-INVALID-JSON',
      `Cannot read the agreement file ${path}: ${(error as Error).message}`,
    );
  }
  const parsed = agreementFileSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`)
      .join('; ');
    throw new UnusableInputError('EB-INVALID-BODY', `The agreement file ${path} is not valid: ${detail}`);
  }
  const { approvers, bankAccounts, ...rest } = parsed.data;
  const agreement: CustomerAgreement = { ...rest, orgNumber: rest.orgNumber ?? rest.customerId };
  const accounts: BankAccount[] = bankAccounts.map((account) => ({
    bban: account.bban,
    owner: account.owner,
    balanceOre: account.balance,
    currency: account.currency,
    status: account.status,
    amountLimitOre: account.amountLimit,
    kidDefinitions: account.kidAgreement?.definitions ?? [],
  }));
  const held = new Set(accounts.map((account) => account.bban));
  for (const own of agreement.accounts) {
    if (!held.has(own))
      accounts.push({
        bban: own,
        owner: { name: agreement.name },
        balanceOre: 0,
        currency: 'NOK',
        status: 'open',
        kidDefinitions: [],
      });
  }
  return { agreement, accounts, approvers };
}

function describeFinding(finding: ExplainedFinding): string {
  const where = `${finding.path}${finding.line === undefined ? '' : ` (line ${finding.line})`}`;
  const value = finding.value === undefined ? '' : `, value ${JSON.stringify(finding.value)}`;
  const lines = [`  ${finding.code.padEnd(5)} ${finding.level.padEnd(11)} ${where}${value}`];
  for (const text of finding.texts) lines.push(`        ${text}`);
  lines.push(`        ${finding.title}`, `        What to do: ${finding.remedy}`);
  lines.push(`        More: efaktura-bench explain ${finding.narrative ?? finding.code}`);
  return lines.join('\n');
}

/**
 * Unusable input: exit 2 with the catalogue's title and remedy, unless the CLI knows better (the
 * catalogue speaks of API requests, and a path on this machine is not a resource id).
 */
function fail(code: string, message: string, options: ValidateOptions, remedyHere?: string): void {
  const entry = lookupCode(code);
  const remedy = remedyHere ?? entry?.remedy.en;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ result: 'unusable', exitCode: 2, error: { code, message, title: entry?.title.en, remedy } }, null, 2)}\n`,
    );
  } else {
    process.stderr.write(`efaktura-bench: ${code}: ${message}\n${remedy ? `  What to do: ${remedy}\n` : ''}`);
  }
  process.exitCode = 2;
}

export async function validate(file: string, options: ValidateOptions): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(
      'EB-NOT-FOUND',
      `Cannot read ${file}: ${(error as Error).message}`,
      options,
      'Check the path to the pain.001 file, and that it may be read.',
    );
    return;
  }
  const now = options.now === undefined ? new Date() : new Date(options.now);
  if (Number.isNaN(now.getTime())) {
    fail('EB-INVALID-BODY', `--now ${options.now} is not an ISO 8601 timestamp`, options);
    return;
  }
  let setUp: { agreement: CustomerAgreement; accounts: BankAccount[]; approvers: string[] };
  let schemas: ReturnType<typeof schemaRegistry>;
  try {
    setUp = options.agreement
      ? readAgreementFile(options.agreement)
      : { ...loneFileAgreement(bytes.toString('utf8')), approvers: [] };
    schemas = schemaRegistry(options.schemas ? { dir: options.schemas } : {});
  } catch (error) {
    if (error instanceof UnusableInputError) return fail(error.code, error.message, options);
    if (error instanceof SchemaDirectoryNotFoundError)
      return fail('EB-BANK-SCHEMAS-UNAVAILABLE', error.message, options);
    throw error;
  }
  const state = new BankState();
  const today = now.toISOString().slice(0, 10);
  for (const account of setUp.accounts) state.ledger.putAccount(account, today);
  const approvers = options.approvedBy === undefined ? setUp.approvers : parseApprovers(options.approvedBy);
  let counter = 0;
  const result = await processPaymentFileConcurrently(bytes, setUp.agreement, {
    now,
    calendar: createBankingCalendar(),
    settings: { ...DEFAULT_BANK_SETTINGS, executionRunTimes: [...DEFAULT_BANK_SETTINGS.executionRunTimes] },
    ledger: state.ledger,
    isMessageIdUsed: () => false,
    approvers,
    schemas,
    nextId: (prefix) => `VALIDATE-${prefix}-${(counter += 1)}`,
  });
  if (result.kind === 'unusable') {
    // The parser's messages name their line already ("… (line 3)"); others get it added.
    const line = result.line === undefined ? '' : ` (line ${result.line})`;
    fail(result.code, result.message.endsWith(line) ? result.message : `${result.message}${line}`, options);
    return;
  }
  const final = result.reports[result.reports.length - 1];
  if (!final) throw new Error('bench bug: processing produced no status report');
  const xml = writePain002(final.report);
  const { file: record } = result.evaluation;
  const rejected =
    record.groupRejected || record.payments.some((p) => p.transactions.some((t) => t.status === 'RJCT'));
  const findings = explainedFindings(record);
  const exitCode = rejected ? 1 : 0;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          result: rejected ? 'rejected' : 'accepted',
          exitCode,
          groupStatus: final.report.group.status,
          messageNameId: final.report.messageNameId,
          agreement: {
            customerId: setUp.agreement.customerId,
            derivedFromFile: options.agreement === undefined,
          },
          findings,
          pain002: xml,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = [
      `${final.report.messageNameId}, group status ${final.report.group.status ?? '(none)'}:`,
      xml.trimEnd(),
      '',
      findings.length === 0 ? 'No findings.' : `Findings (${findings.length}):`,
      ...findings.map(describeFinding),
      '',
      `Result: ${rejected ? 'rejected' : 'accepted'} (exit ${exitCode})${options.agreement ? '' : `, checked under an agreement derived from the file (customer ${setUp.agreement.customerId}, RGB off)`}.`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  process.exitCode = exitCode;
}
