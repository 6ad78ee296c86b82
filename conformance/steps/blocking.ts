// The set-up the blocking checks share: a consumer billed by eFaktura, who then blocks the
// issuer (a reservation) or withdraws JTTA, followed by the issuer's next scan.
import type { CheckContext } from '../check-context.ts';
import type { BilledInvoice } from '../http/driver-client.ts';
import { invoiceOf, newCustomer } from './customers.ts';
import type { TestCustomer } from './customers.ts';
import { shippedInvoice } from './evidence.ts';
import { collectStatuses } from './time.ts';

export interface Blocked {
  customer: TestCustomer;
  first: BilledInvoice;
  efakturaIdentifier?: string;
  /** Journal seq of the SUT's last request before its scan that follows the block. */
  scanSeq: number;
  billingDate: string;
}

/**
 * Bills a JTTA consumer by eFaktura (a precondition: fails the check when the SUT does not), then
 * blocks and lets the SUT scan. Returns undefined when the precondition failed.
 */
export async function efakturaThenBlock(
  ctx: CheckContext,
  block: 'reservation' | 'withdrawal',
): Promise<Blocked | undefined> {
  const customer = await newCustomer(ctx, { register: 'jtta' });
  await ctx.driver.efakturaScan();
  const billingDate = await ctx.today();
  const invoices = await ctx.driver.billingRun(billingDate);
  await collectStatuses(
    ctx,
    invoices.map((invoice) => invoice.invoiceNumber),
  );
  const first = invoiceOf(invoices, customer);
  const traffic = await ctx.traffic();
  if (!first || first.channel !== 'efaktura' || shippedInvoice(traffic, first.invoiceNumber).length === 0) {
    ctx.fail({
      message: `Precondition not met: customer ${customer.customerNumber} holds JTTA and was found, but the first invoice did not go by eFaktura (${first ? `channel ${first.channel}` : 'no invoice'}), so blocking cannot be tested.`,
      fix: 'Bill customers found in the register by eFaktura (see EF-CONSENT-002).',
      excerpt: JSON.stringify(first ?? invoices).slice(0, 400),
    });
    return undefined;
  }
  const { efakturaIdentifier } = await ctx.bench.person(customer.person.nationalId);
  if (block === 'reservation')
    await ctx.bench.reserve(customer.person.nationalId, (await ctx.sutIssuer()).orgNumber);
  else await ctx.bench.withdrawConsent(customer.person.nationalId);
  await ctx.advance({ hours: 1 });
  const before = await ctx.journalTail();
  const scan = await ctx.driver.efakturaScan();
  ctx.note(
    `After the ${block === 'reservation' ? 'reservation' : 'JTTA withdrawal'} the scan answered found ${scan.found}, blocked ${scan.blocked}, notFound ${scan.notFound}.`,
  );
  return { customer, first, efakturaIdentifier, scanSeq: before, billingDate };
}
