// The KID checks: bill enough customers that the boundary cases of the check digit occur
// (MOD10 check digit 0 when the Luhn sum is a multiple of 10; MOD11 '-' for a check value of 10),
// then validate every KID the SUT issued against the issuer agreement — iso20022-norway.md §5.1.
import { mod10CheckDigit, mod11CheckDigit, validateKid } from '../../src/norway/kid.ts';
import type { KidAlgorithm } from '../../src/norway/kid.ts';
import type { CheckContext } from '../check-context.ts';
import { newCustomer, newCustomers } from './customers.ts';
import { describeTx } from './evidence.ts';
import { issuerWithAlgorithm } from './driver-profile.ts';
import { NotApplicable } from '../check-context.ts';
import { collectStatuses } from './time.ts';

/** With 80 KIDs a boundary case is missed with probability about 0.9^80 (MOD10) or (10/11)^80. */
const CUSTOMERS = 80;

export async function checkKids(
  ctx: CheckContext,
  algorithm: KidAlgorithm,
  boundary: string,
  boundaryName: string,
): Promise<void> {
  const issuer = await issuerWithAlgorithm(ctx, algorithm);
  const lengths = issuer.kid.lengths;
  await newCustomer(ctx, { register: 'jtta' });
  await newCustomers(ctx, CUSTOMERS, { register: 'unknown', keys: 'phone-and-email' });
  await ctx.driver.efakturaScan();
  const invoices = await ctx.driver.billingRun(await ctx.today());
  await collectStatuses(
    ctx,
    invoices.filter((i) => i.channel === 'efaktura').map((i) => i.invoiceNumber),
  );
  if (invoices.length < CUSTOMERS) {
    ctx.fail({
      message: `The billing run answered ${invoices.length} invoices for ${CUSTOMERS + 1} subscribed customers, so their KIDs cannot all be checked.`,
      fix: 'Bill every active subscription and list each invoice with its KID.',
    });
  }
  const traffic = await ctx.traffic();
  const used = traffic.shipments.find((s) => s.issuerOrgNumber)?.issuerOrgNumber;
  if (used !== undefined && used !== issuer.orgNumber) {
    // The driver ignored the re-wiring hint: its KIDs follow another issuer's set-up.
    throw new NotApplicable(
      `the SUT kept billing as issuer ${used}, not the ${algorithm} issuer ${issuer.orgNumber} it was asked to use`,
    );
  }

  let boundaryCases = 0;
  for (const invoice of invoices) {
    const kid = String(invoice.kid ?? '');
    // A KID of the wrong length (e.g. a check written "10") is read as body of the agreed length + rest.
    const bodyLength = (lengths.includes(kid.length) ? kid.length : Math.max(...lengths)) - 1;
    const body = kid.slice(0, bodyLength);
    const correct = algorithm === 'MOD10' ? mod10CheckDigit(body) : mod11CheckDigit(body);
    if (correct === boundary) boundaryCases += 1;
    const result = validateKid(kid, { algorithm, lengths });
    if (!result.valid) {
      ctx.fail({
        message: `Invoice ${invoice.invoiceNumber} has KID ${JSON.stringify(kid)}: ${result.message}${correct !== null ? ` The correct KID for body ${body} is ${body}${correct}.` : ''}`,
        fix: `Compute the ${algorithm} check character as iso20022-norway.md §5.1 says (${boundaryName}) and keep the agreement's length (${lengths.join(' or ')}).`,
        excerpt: JSON.stringify(invoice),
        codes: ['RR09', 'EB-EF-KID-INVALID'],
      });
    }
  }
  for (const shipment of traffic.shipments) {
    for (const tx of shipment.transactions) {
      const invoice = tx.invoiceNumber ? ctx.driver.invoices.get(tx.invoiceNumber) : undefined;
      if (invoice && tx.kid !== invoice.kid) {
        ctx.fail({
          message: `eFaktura ${tx.invoiceNumber} was shipped with KID ${JSON.stringify(tx.kid)}, but the invoice carries KID ${JSON.stringify(invoice.kid)}.`,
          fix: 'Ship the same KID that is printed on the invoice.',
          seqs: [shipment.seq],
          excerpt: describeTx(tx),
          codes: ['EB-EF-KID-INVALID'],
        });
      }
    }
  }
  ctx.note(
    `${invoices.length} KIDs checked against ${algorithm} length ${lengths.join('/')}; ${boundaryCases} of them hit the ${boundaryName} case.`,
  );
  if (boundaryCases === 0)
    ctx.note(`No KID hit the ${boundaryName} case in this world, so that rule was not exercised.`);
}
