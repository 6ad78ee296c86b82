import { describe, expect, it } from 'vitest';
import { journalEntry, shipmentEntry } from '../traffic/journal-fixture.ts';
import { readSutTraffic } from '../traffic/sut-traffic.ts';
import type { BilledInvoice, DriverCustomer } from '../http/driver-client.ts';
import { recipientMismatches } from './recipients.ts';

const search = journalEntry({
  method: 'POST',
  path: '/mps/v1/efaktura-identifiers/search',
  requestBody: JSON.stringify({
    issuerOrgNumber: '912852792',
    customers: [{ customerNumber: '1' }, { customerNumber: '2' }],
  }),
  responseBody: JSON.stringify({
    results: [
      { customerNumber: '1', status: 'FOUND', efakturaIdentifier: 'EFA-HOLDER' },
      { customerNumber: '2', status: 'NOT_FOUND' },
    ],
  }),
});

const invoices = new Map<string, BilledInvoice>([
  [
    'INV-1',
    {
      invoiceNumber: 'INV-1',
      customerNumber: '1',
      channel: 'efaktura',
      kid: '1',
      amount: 1,
      dueDate: '2026-01-26',
    },
  ],
  [
    'INV-2',
    {
      invoiceNumber: 'INV-2',
      customerNumber: '2',
      channel: 'efaktura',
      kid: '2',
      amount: 1,
      dueDate: '2026-01-26',
    },
  ],
]);
const customers = new Map<string, DriverCustomer>();

describe('eFaktura recipients', () => {
  it('accepts an eFaktura addressed to the identifier found for its own customer', () => {
    const traffic = readSutTraffic([
      search,
      shipmentEntry({ transactions: [{ invoiceNumber: 'INV-1', efakturaIdentifier: 'EFA-HOLDER' }] }),
    ]);
    expect(recipientMismatches(traffic, invoices, customers)).toEqual([]);
  });

  it('names the household member whose address an "on behalf of" eFaktura used', () => {
    const traffic = readSutTraffic([
      search,
      shipmentEntry({ transactions: [{ invoiceNumber: 'INV-2', efakturaIdentifier: 'EFA-HOLDER' }] }),
    ]);
    const [problem] = recipientMismatches(traffic, invoices, customers);
    expect(problem?.message).toContain('belongs to customer 2');
    expect(problem?.message).toContain('the eFaktura address of customer 1');
  });
});
