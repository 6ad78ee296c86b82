// Set-up the reconciliation checks share: an invoice, paid (fully, partly, or with a KID nobody
// issued) into the issuer's account; then the bank books it and sends camt.054 (ARCHITECTURE.md §5.5).
import { addDays, osloInstant } from '../../src/norway/oslo-time.ts';
import type { CheckContext } from '../check-context.ts';
import type { BilledInvoice, InvoiceView } from '../http/driver-client.ts';
import { invoiceOf, newCustomer } from './customers.ts';
import { shippedInvoice } from './evidence.ts';
import { openPayer, payWithKid } from './third-party-payment.ts';
import type { Payer } from './third-party-payment.ts';
import { collectStatuses } from './time.ts';

export interface Billed {
  invoice: BilledInvoice;
  /** The account the invoice asks to be paid to (from the shipment, else the issuer's). */
  account: string;
  payer: Payer;
}

/** Bills one JTTA customer and opens the runner's payer; undefined (with a finding) when no invoice came. */
export async function billOne(ctx: CheckContext): Promise<Billed | undefined> {
  const customer = await newCustomer(ctx, { register: 'jtta' });
  await ctx.driver.efakturaScan();
  const invoices = await ctx.driver.billingRun(await ctx.today());
  await collectStatuses(
    ctx,
    invoices.map((i) => i.invoiceNumber),
  );
  const invoice = invoiceOf(invoices, customer);
  if (!invoice) {
    ctx.fail({
      message: `The billing run returned no invoice for customer ${customer.customerNumber}.`,
      fix: 'Bill every active subscription and list the invoice (with its KID) in the answer.',
      excerpt: JSON.stringify(invoices).slice(0, 400),
    });
    return undefined;
  }
  const shipped = shippedInvoice(await ctx.traffic(), invoice.invoiceNumber)[0]?.tx.accountNumber;
  const issuer = await ctx.sutIssuer();
  const account = shipped ?? issuer.accountNumber;
  // The issuer's bank account takes KIDs of the issuer's set-up (an OCR/KID agreement with its
  // bank, iso20022-norway.md §5.1 S43/S44); without it the bank refuses KID payments (AC03).
  const owner = ctx.world.issuers.find((i) => i.accountNumber === account) ?? issuer;
  await ctx.bench.putKidAgreement(
    account,
    owner.kid.lengths.map((length) => ({ algorithm: owner.kid.algorithm, length })),
  );
  return { invoice, account, payer: await openPayer(ctx) };
}

export async function pay(
  ctx: CheckContext,
  billed: Billed,
  amount: number,
  kid = billed.invoice.kid,
): Promise<void> {
  await payWithKid(ctx, billed.payer, billed.account, kid, amount);
}

/** Lets the bank execute today's payments and publish camt.054 (next morning). */
export async function bankDayPasses(ctx: CheckContext): Promise<void> {
  const tomorrow = addDays(await ctx.today(), 1);
  await ctx.advance({ to: osloInstant(tomorrow, '09:00').toISOString() });
}

/** `paid` but not `partially-paid`/`part-paid`: the vocabulary docs/conformance.md asks for. */
export function isPaid(view: InvoiceView): boolean {
  return /paid/i.test(view.status) && !/part|partial|over/i.test(view.status);
}
