// Moving virtual time the way an issuer's day passes: MPS validates shipments asynchronously
// (a few minutes), so after a billing run the SUT learns the outcome on later calls. The SUT may
// collect status on its next driver call or with a background poller; `until` gives both a chance.
import { osloInstant } from '../../src/norway/oslo-time.ts';
import type { CheckContext } from '../check-context.ts';

export interface UntilOptions {
  /** Virtual minutes to advance before each probe. */
  stepsMinutes?: readonly number[];
  /** Real milliseconds to wait before each probe (for background pollers). */
  realWaitMs?: number;
}

const DEFAULT_STEPS = [6, 10, 30, 60, 120] as const;

/**
 * Advances the clock step by step and calls `probe` (which makes driver calls) after each step,
 * until it returns true. Returns whether it ever did.
 */
export async function until(
  ctx: CheckContext,
  probe: () => Promise<boolean>,
  options: UntilOptions = {},
): Promise<boolean> {
  for (const minutes of options.stepsMinutes ?? DEFAULT_STEPS) {
    if (minutes > 0) await ctx.advance({ minutes });
    if (options.realWaitMs) await ctx.sleep(options.realWaitMs);
    if (await probe()) return true;
  }
  return false;
}

/** Lets MPS process what the SUT shipped and gives the SUT driver calls to collect the statuses. */
export async function collectStatuses(ctx: CheckContext, invoiceNumbers: readonly string[]): Promise<void> {
  for (const minutes of [6, 30]) {
    await ctx.advance({ minutes });
    for (const invoiceNumber of invoiceNumbers) await ctx.driver.invoice(invoiceNumber);
  }
}

/** The same day of the next month (clamped to the month's last day), YYYY-MM-DD. */
export function nextMonth(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonthNumber = month === 12 ? 1 : month + 1;
  const last = new Date(Date.UTC(nextYear, nextMonthNumber, 0)).getUTCDate();
  return `${nextYear}-${String(nextMonthNumber).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/**
 * A month of the issuer's life: a mid-month scan, then on the next billing date a scan and a
 * billing run, then time for MPS and the SUT to process. Returns the billing date.
 */
export async function monthPasses(ctx: CheckContext, billingDate: string): Promise<string> {
  const next = nextMonth(billingDate);
  await ctx.advance({ days: 14 });
  await ctx.driver.efakturaScan();
  await ctx.advance({ to: osloInstant(next, '08:00').toISOString() });
  await ctx.driver.efakturaScan();
  const invoices = await ctx.driver.billingRun(next);
  await collectStatuses(
    ctx,
    invoices.map((invoice) => invoice.invoiceNumber),
  );
  return next;
}
