// The driver's JTTA register searches as the journal recorded them: POST
// /mps/v1/efaktura-identifiers/search (ARCHITECTURE.md §5.3) with the keys it sent and what MPS
// answered per customer (efaktura-b2c.md §2.3, §10.2).
import type { JournalEntry } from '../journal-observer.ts';
import { parseJsonBody } from '../journal-observer.ts';

export type SearchStatus = 'FOUND' | 'NOT_FOUND' | 'BLOCKED' | 'AMBIGUOUS' | 'INSUFFICIENT_KEYS';

export interface SearchedCustomer {
  customerNumber: string;
  nationalId?: string;
  email?: string;
  mobile?: string;
  firstName?: string;
  lastName?: string;
  address?: unknown;
}

export interface SearchResult {
  customerNumber: string;
  status: SearchStatus | string;
  efakturaIdentifier?: string;
}

export interface SearchExchange {
  seq: number;
  issuerOrgNumber: string;
  customers: SearchedCustomer[];
  results: SearchResult[];
}

export const SEARCH_PATH = '/mps/v1/efaktura-identifiers/search';

/** Answered searches (200) in journal order; refused ones carry no result to act on. */
export function searchExchanges(entries: readonly JournalEntry[]): SearchExchange[] {
  const exchanges: SearchExchange[] = [];
  for (const entry of entries) {
    if (entry.method !== 'POST' || entry.path !== SEARCH_PATH || entry.status !== 200) continue;
    const request = parseJsonBody(entry.requestBody) as
      { issuerOrgNumber?: unknown; customers?: unknown } | undefined;
    const response = parseJsonBody(entry.responseBody) as { results?: unknown } | undefined;
    exchanges.push({
      seq: entry.seq,
      issuerOrgNumber: typeof request?.issuerOrgNumber === 'string' ? request.issuerOrgNumber : '',
      customers: Array.isArray(request?.customers) ? (request.customers as SearchedCustomer[]) : [],
      results: Array.isArray(response?.results) ? (response.results as SearchResult[]) : [],
    });
  }
  return exchanges;
}
