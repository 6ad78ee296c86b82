// Who each eFaktura went to, against whose invoice it is: an eFaktura must go to the address the
// register search found for the invoice's own customer (efaktura-b2c.md §2.1: legal recipient only).
import type { BilledInvoice, DriverCustomer } from '../http/driver-client.ts';
import type { SutTraffic } from '../traffic/sut-traffic.ts';
import type { FindingInput } from '../types.ts';
import { describeTx, recipientOf } from './evidence.ts';

export function recipientMismatches(
  traffic: SutTraffic,
  invoices: ReadonlyMap<string, BilledInvoice>,
  customers: ReadonlyMap<string, DriverCustomer>,
): FindingInput[] {
  // The identifier the register returned for each customer number (FOUND results only).
  const found = new Map<string, string>();
  for (const search of traffic.searches) {
    for (const result of search.results) {
      if (result.status === 'FOUND' && result.efakturaIdentifier)
        found.set(result.customerNumber, result.efakturaIdentifier);
    }
  }
  const problems: FindingInput[] = [];
  for (const shipment of traffic.shipments) {
    for (const tx of shipment.transactions) {
      const invoice = tx.invoiceNumber ? invoices.get(tx.invoiceNumber) : undefined;
      if (!invoice) continue;
      const customer = customers.get(invoice.customerNumber);
      const own = found.get(invoice.customerNumber);
      const byId = tx.efakturaIdentifier !== undefined && tx.efakturaIdentifier === own;
      const byNationalId = tx.nationalId !== undefined && tx.nationalId === customer?.nationalId;
      if (byId || byNationalId || tx.efakturaReference !== undefined) continue;
      const whose = [...found.entries()].find(([, id]) => id === tx.efakturaIdentifier)?.[0];
      problems.push({
        message: `eFaktura ${tx.invoiceNumber} belongs to customer ${invoice.customerNumber} but was addressed to ${recipientOf(tx)}${
          whose
            ? `, the eFaktura address of customer ${whose}`
            : own
              ? `, not to their own address ${own}`
              : ' (no search found this customer)'
        }.`,
        fix: 'Address each eFaktura to the identifier the register search returned for that same customer; never bill one person through another person’s eFaktura.',
        seqs: [shipment.seq],
        excerpt: describeTx(tx),
        codes: ['EB-EF-UNKNOWN-IDENTIFIER'],
      });
    }
  }
  return problems;
}
