// The reference client's configuration: where the bench is, the issuer's eFaktura agreement and the
// bank remittance agreement, validated on start with clear errors (zod). From a JSON file, from
// command-line flags, or from the bench's demo world (demo-world.ts).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { validateAccountNumber } from '../src/norway/account-number.ts';
import { validateOrganisationNumber } from '../src/norway/organisation-number.ts';
import { KID_MAX_LENGTH, KID_MIN_LENGTH } from '../src/norway/kid.ts';
import { MUTANTS } from './mutants.ts';
import type { MutantName } from './mutants.ts';

export interface ReferenceClientConfig {
  /** Base URL of the bench, e.g. http://127.0.0.1:7070 (no trailing slash needed). */
  benchUrl: string;
  /**
   * The tenant key. Optional: used to read the bench's virtual clock (read-only GET /sim/v1/clock)
   * and the issuer's camt.054 when the issuer's account is in no bank agreement.
   */
  tenantKey?: string;
  issuer: {
    orgNumber: string;
    /** The issuer's MPS key (POST /mps/v1/issuers answers it). */
    apiKey: string;
    /** The KID the issuer's agreement takes: algorithm and total length (check character included). */
    kid: { algorithm: 'MOD10' | 'MOD11'; length: number };
    /** The issuer's account (11-digit BBAN) that eFaktura payments go to. */
    accountNumber: string;
    name: string;
    /** Days from the billing date to the due date. Default 14 (MPS needs at least 3). */
    dueDays?: number;
    /** Days after the due date before an unpaid invoice gets a reminder. Default 14. */
    reminderDays?: number;
  };
  bank: {
    /** "Kundenummer i bank": GrpHdr/InitgPty/Id/OrgId/Othr/Id of every pain.001. */
    customerId: string;
    /** The bank agreement's key. */
    apiKey: string;
    /** The account payables are paid from. */
    debtorAccount: string;
    /** How many approvers with bank authority the bank requires (the second number of 1+1, 2+1, 2+2). */
    requiredApprovals: 1 | 2;
    /** The users who hold approval authority on the debtor account in the bank. */
    approvers?: string[];
    /** pain.001.001.03 (default) or .09. */
    messageVersion?: '03' | '09';
    /** How many approvers the ERP itself requires (the first number of 2+1). Default: requiredApprovals. */
    erpApprovals?: 1 | 2;
    /** The bank's limit of RmtInf/Strd blocks per payment ([I], default 25: iso20022-norway.md §8.1). */
    structuredReferenceLimit?: number;
    /** Dbtr/Nm of the pain.001. Default: the issuer's name. */
    debtorName?: string;
  };
  /** Days an eFaktura may stay unapproved after delivery before the invoice falls back to e-mail. Default 3. */
  fallbackDays?: number;
  /** Where "now" comes from: the bench's virtual clock (default when a tenant key is given) or this machine's. */
  clock?: 'bench' | 'system';
  mutant?: MutantName;
}

export class ConfigError extends Error {
  readonly issues: Array<{ path: string; message: string }>;

  constructor(source: string, issues: Array<{ path: string; message: string }>) {
    super(
      `reference-client configuration (${source}) is invalid:\n` +
        issues.map((issue) => `  - ${issue.path}: ${issue.message}`).join('\n') +
        '\nSee reference-client/README.md ("Configuration") for every field.',
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

const bban = z.string().superRefine((value, ctx) => {
  const result = validateAccountNumber(value);
  if (!result.valid)
    ctx.addIssue({ code: 'custom', message: `${result.message} (an 11-digit kontonummer, MOD11)` });
});

const orgNumber = z.string().superRefine((value, ctx) => {
  const result = validateOrganisationNumber(value);
  if (!result.valid) ctx.addIssue({ code: 'custom', message: `${result.message} (9 digits, MOD11)` });
});

const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an http(s) URL such as http://127.0.0.1:7070');

const userId = z.string().trim().min(1).max(70);

export const configSchema = z
  .object({
    benchUrl: httpUrl,
    tenantKey: z.string().min(1).optional(),
    issuer: z
      .object({
        orgNumber,
        apiKey: z.string().min(1, 'the issuer key from POST /mps/v1/issuers'),
        kid: z
          .object({
            algorithm: z.enum(['MOD10', 'MOD11']),
            // The KID holds the customer number and an invoice counter, so it needs a few digits.
            length: z.number().int().min(Math.max(KID_MIN_LENGTH, 6)).max(KID_MAX_LENGTH),
          })
          .strict(),
        accountNumber: bban,
        name: z.string().trim().min(1).max(40, 'MPS takes an issuerName of at most 40 characters'),
        dueDays: z.number().int().min(3).max(365).optional(),
        reminderDays: z.number().int().min(1).max(365).optional(),
      })
      .strict(),
    bank: z
      .object({
        customerId: z
          .string()
          .regex(/^[0-9]{1,35}$/, 'digits only: banks refuse a non-numeric Initiating Party ID'),
        apiKey: z.string().min(1, 'the agreement key from PUT /bank/v1/agreements/{customerId}'),
        debtorAccount: bban,
        requiredApprovals: z.union([z.literal(1), z.literal(2)]),
        approvers: z.array(userId).max(50).optional(),
        messageVersion: z.enum(['03', '09']).optional(),
        erpApprovals: z.union([z.literal(1), z.literal(2)]).optional(),
        structuredReferenceLimit: z.number().int().min(2).max(10_000).optional(),
        debtorName: z.string().trim().min(1).max(140).optional(),
      })
      .strict()
      .refine((bank) => (bank.erpApprovals ?? bank.requiredApprovals) >= bank.requiredApprovals, {
        message:
          'erpApprovals may not be lower than requiredApprovals (1+2 is not a valid rule; use 1+1, 2+1 or 2+2)',
        path: ['erpApprovals'],
      }),
    fallbackDays: z.number().int().min(1).max(60).optional(),
    clock: z.enum(['bench', 'system']).optional(),
    mutant: z.enum(MUTANTS).optional(),
  })
  .strict();

/** Validates a configuration object; throws ConfigError naming every bad field. */
export function parseConfig(value: unknown, source = 'object'): ReferenceClientConfig {
  const result = configSchema.safeParse(value);
  if (result.success) return { ...result.data, benchUrl: result.data.benchUrl.replace(/\/+$/, '') };
  throw new ConfigError(
    source,
    result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(config)',
      message: issue.message,
    })),
  );
}

/** Command-line flags (all optional); they override the JSON file given as `config`. */
export interface ConfigFlags {
  config?: string;
  bench?: string;
  tenantKey?: string;
  mutant?: string;
  fallbackDays?: number | string;
  issuerOrgNumber?: string;
  issuerApiKey?: string;
  issuerAccount?: string;
  issuerName?: string;
  kidAlgorithm?: string;
  kidLength?: number | string;
  bankCustomerId?: string;
  bankApiKey?: string;
  debtorAccount?: string;
  requiredApprovals?: number | string;
  /** Comma-separated user ids. */
  approvers?: string | string[];
  messageVersion?: string;
}

function numberOrText(value: number | string | undefined): number | string | undefined {
  if (value === undefined || typeof value === 'number') return value;
  return /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
}

function readJsonFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, [{ path: '(file)', message: `cannot read it: ${(error as Error).message}` }]);
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error('the file must hold one JSON object');
    }
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(file, [
      { path: '(file)', message: `not a JSON object: ${(error as Error).message}` },
    ]);
  }
}

function section(base: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = base[key];
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? { ...(value as Record<string, unknown>) }
    : {};
}

function setIfGiven(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/**
 * Loads and validates the configuration: a path to a JSON file, a configuration object, or
 * command-line flags (which may name a file in `config` and override its fields).
 */
export function loadConfig(fileOrFlags: string | ConfigFlags | ReferenceClientConfig): ReferenceClientConfig {
  if (typeof fileOrFlags === 'string') return parseConfig(readJsonFile(fileOrFlags), fileOrFlags);
  if ('issuer' in fileOrFlags || 'benchUrl' in fileOrFlags) return parseConfig(fileOrFlags, 'object');
  const flags = fileOrFlags as ConfigFlags;
  const base: Record<string, unknown> = flags.config ? readJsonFile(flags.config) : {};
  const issuer = section(base, 'issuer');
  const kid = section(issuer, 'kid');
  const bank = section(base, 'bank');
  setIfGiven(base, 'benchUrl', flags.bench);
  setIfGiven(base, 'tenantKey', flags.tenantKey);
  setIfGiven(base, 'mutant', flags.mutant);
  setIfGiven(base, 'fallbackDays', numberOrText(flags.fallbackDays));
  setIfGiven(issuer, 'orgNumber', flags.issuerOrgNumber);
  setIfGiven(issuer, 'apiKey', flags.issuerApiKey);
  setIfGiven(issuer, 'accountNumber', flags.issuerAccount);
  setIfGiven(issuer, 'name', flags.issuerName);
  setIfGiven(kid, 'algorithm', flags.kidAlgorithm);
  setIfGiven(kid, 'length', numberOrText(flags.kidLength));
  setIfGiven(bank, 'customerId', flags.bankCustomerId);
  setIfGiven(bank, 'apiKey', flags.bankApiKey);
  setIfGiven(bank, 'debtorAccount', flags.debtorAccount);
  setIfGiven(bank, 'requiredApprovals', numberOrText(flags.requiredApprovals));
  setIfGiven(bank, 'messageVersion', flags.messageVersion);
  if (flags.approvers !== undefined) {
    const list = Array.isArray(flags.approvers) ? flags.approvers : flags.approvers.split(',');
    bank.approvers = list.map((id) => id.trim()).filter((id) => id !== '');
  }
  if (Object.keys(kid).length > 0) issuer.kid = kid;
  if (Object.keys(issuer).length > 0) base.issuer = issuer;
  if (Object.keys(bank).length > 0) base.bank = bank;
  return parseConfig(base, flags.config ? `${flags.config} + flags` : 'flags');
}

/** The effective defaults, so every run can record the options it used. */
export function effectiveSettings(config: ReferenceClientConfig) {
  return {
    fallbackDays: config.fallbackDays ?? 3,
    dueDays: config.issuer.dueDays ?? 14,
    reminderDays: config.issuer.reminderDays ?? 14,
    messageVersion: config.bank.messageVersion ?? '03',
    erpApprovals: config.bank.erpApprovals ?? config.bank.requiredApprovals,
    structuredReferenceLimit: config.bank.structuredReferenceLimit ?? 25,
    clock: config.clock ?? (config.tenantKey ? 'bench' : 'system'),
  } as const;
}
