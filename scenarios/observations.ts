// Everything the scenario has seen the driver do, accumulated from the journal over a run: its
// register searches, the eFaktura it sent, the payment files it posted. Invariants ask it
// questions such as "what did the last search before journal entry #n say about customer 1002?".
import type { JournalEntry } from './journal-observer.ts';
import { searchExchanges } from './facts/search-exchange.ts';
import type { SearchExchange, SearchResult } from './facts/search-exchange.ts';
import { sentTransactions } from './facts/shipment-sent.ts';
import type { SentTransaction } from './facts/shipment-sent.ts';
import { sentPaymentFiles } from './facts/payment-file-sent.ts';
import type { SentPaymentFile } from './facts/payment-file-sent.ts';

export interface NewFacts {
  entries: JournalEntry[];
  searches: SearchExchange[];
  sent: SentTransaction[];
  files: SentPaymentFile[];
}

export class Observations {
  readonly searches: SearchExchange[] = [];
  readonly sent: SentTransaction[] = [];
  readonly files: SentPaymentFile[] = [];
  /** Bodies the journal cut (over its body limit): facts from them may be incomplete. */
  truncated = 0;

  add(entries: JournalEntry[]): NewFacts {
    const facts: NewFacts = {
      entries,
      searches: searchExchanges(entries),
      sent: sentTransactions(entries),
      files: sentPaymentFiles(entries),
    };
    this.truncated += entries.filter((entry) => entry.truncated).length;
    this.searches.push(...facts.searches);
    this.sent.push(...facts.sent);
    this.files.push(...facts.files);
    return facts;
  }

  /** The last register answer about a customer before journal entry `beforeSeq`. */
  lastSearchResult(
    customerNumber: string,
    beforeSeq: number,
  ): { seq: number; result: SearchResult } | undefined {
    for (let i = this.searches.length - 1; i >= 0; i -= 1) {
      const exchange = this.searches[i];
      if (!exchange || exchange.seq >= beforeSeq) continue;
      const result = exchange.results.find((r) => r.customerNumber === customerNumber);
      if (result) return { seq: exchange.seq, result };
    }
    return undefined;
  }

  /** The customers an eFaktura identifier was ever returned for (FOUND), before `beforeSeq`. */
  customersOfIdentifier(identifier: string, beforeSeq: number): string[] {
    const customers = new Set<string>();
    for (const exchange of this.searches) {
      if (exchange.seq >= beforeSeq) continue;
      for (const result of exchange.results) {
        if (result.efakturaIdentifier === identifier) customers.add(result.customerNumber);
      }
    }
    return [...customers];
  }

  /** eFaktura transactions sent for an invoice number, in order. */
  sentFor(invoiceNumber: string): SentTransaction[] {
    return this.sent.filter((tx) => tx.invoiceNumber === invoiceNumber);
  }
}
