// The bank simulator's tunable rules. Every value here is an inferred ([I]) or partly confirmed
// ([P]) rule from iso20022-norway.md, so it is a setting with a safe default and is documented in
// docs/decisions/001-bank-inferred-rules.md. Settings arrive from PATCH /sim/v1/settings as
// untrusted JSON: `resolveBankSettings` keeps each valid value and falls back to the default.

export interface BankSettings {
  /**
   * Most `RmtInf/Strd` blocks one CdtTrfTxInf may carry before RR07. [NF]/[I]: no source states
   * a limit of 25 (iso20022-norway.md §2.2 item 2, §8.1).
   */
  structuredReferenceLimit: number;
  /** ReqdExctnDt more than this many calendar days ahead of today → CH03 ([I], §2.5). */
  maxExecutionDaysAhead: number;
  /**
   * Banking days a payment without funds is retried, counting its execution date; PDNG meanwhile,
   * RJCT AM04 at the first run after the window ([I], §3.3 step 3).
   */
  fundsRetryBankingDays: number;
  /**
   * Oslo wall-clock times of the execution runs on each banking day. [P]: modelled on SpareBank 1's
   * batch windows (§2.5, S36). The last run is the cut-off for payments due the same day.
   */
  executionRunTimes: string[];
}

export const DEFAULT_BANK_SETTINGS: Readonly<BankSettings> = Object.freeze({
  structuredReferenceLimit: 25,
  maxExecutionDaysAhead: 365,
  fundsRetryBankingDays: 3,
  executionRunTimes: ['06:00', '08:15', '10:00', '11:30', '13:30'],
});

const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

function positiveInteger(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
    ? value
    : fallback;
}

function runTimes(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value) || value.length === 0) return [...fallback];
  if (!value.every((time): time is string => typeof time === 'string' && HH_MM.test(time)))
    return [...fallback];
  return [...new Set(value)].sort();
}

/** The effective settings: each valid value from `raw`, the default for anything missing or invalid. */
export function resolveBankSettings(raw: Record<string, unknown> | undefined): BankSettings {
  const source = raw ?? {};
  return {
    structuredReferenceLimit: positiveInteger(
      source.structuredReferenceLimit,
      DEFAULT_BANK_SETTINGS.structuredReferenceLimit,
      10_000,
    ),
    maxExecutionDaysAhead: positiveInteger(
      source.maxExecutionDaysAhead,
      DEFAULT_BANK_SETTINGS.maxExecutionDaysAhead,
      3_660,
    ),
    fundsRetryBankingDays: positiveInteger(
      source.fundsRetryBankingDays,
      DEFAULT_BANK_SETTINGS.fundsRetryBankingDays,
      60,
    ),
    executionRunTimes: runTimes(source.executionRunTimes, DEFAULT_BANK_SETTINGS.executionRunTimes),
  };
}

/** The cut-off for payments due today: the last execution run of the day. */
export function cutOffTime(settings: BankSettings): string {
  return settings.executionRunTimes[settings.executionRunTimes.length - 1] ?? '13:30';
}
