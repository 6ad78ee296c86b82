// The judgement the blocking checks share: after the scan that saw the block, no eFaktura of any
// document type (invoice or reminder) goes to the consumer, and invoices use another channel.
import type { CheckContext } from '../check-context.ts';
import type { Blocked } from './blocking.ts';
import { describeTx, shippedTo } from './evidence.ts';

export async function expectNoEfakturaAfterBlock(
  ctx: CheckContext,
  blocked: Blocked,
  code: string,
  what: string,
): Promise<void> {
  const traffic = await ctx.traffic();
  const { customer } = blocked;
  const after = shippedTo(
    traffic,
    { nationalId: customer.person.nationalId, efakturaIdentifier: blocked.efakturaIdentifier },
    blocked.scanSeq,
  );
  for (const { shipment, tx } of after) {
    ctx.fail({
      message: `After ${what} and the SUT's next scan, it still shipped eFaktura ${tx.documentType ?? 'INVOICE'} ${tx.invoiceNumber ?? '?'} to customer ${customer.customerNumber}.`,
      fix: 'When the scan no longer finds the customer (BLOCKED or NOT_FOUND), or the blacklist lists them, disable the eFaktura agreement and send invoices and reminders by e-mail or print.',
      seqs: [shipment.seq],
      excerpt: describeTx(tx),
      codes: [code],
    });
  }
  for (const [invoiceNumber, invoice] of ctx.driver.invoices) {
    if (invoice.customerNumber !== customer.customerNumber || invoiceNumber === blocked.first.invoiceNumber)
      continue;
    if (invoice.channel === 'efaktura') {
      ctx.fail({
        message: `Invoice ${invoiceNumber} of customer ${customer.customerNumber}, billed after ${what}, has channel efaktura.`,
        fix: 'Revert the customer to the default channel (e-mail or print) once the scan shows the block.',
        excerpt: JSON.stringify(invoice),
        codes: [code],
      });
    }
  }
}
