// The runner's side of the bench: the control plane (/sim/v1), the JTTA register (/jtta/v1), the
// bank's set-up and online-bank endpoints (/bank/v1) — ARCHITECTURE.md §5.1, §5.2, §5.4. Every call
// here is the runner acting as the world (a consumer, a bank), never as the system under test.
import { JsonClient, describeAnswer } from './json-client.ts';
import type { FetchLike, HttpResult } from './json-client.ts';
import type { JournalEntry } from '../traffic/journal-entry.ts';

/** The bench refused a call the runner needed to build the world: a check or bench bug, not the SUT's. */
export class BenchSetupError extends Error {
  constructor(
    readonly call: string,
    readonly result: HttpResult,
  ) {
    super(`the bench refused ${call}: ${describeAnswer(result)}`);
    this.name = 'BenchSetupError';
  }
}

export interface JttaPerson {
  firstName: string;
  lastName: string;
  addresses: Array<{ street: string; postalCode: string; city: string; country: string }>;
  emails: string[];
  mobiles: string[];
}

export interface NettbankEfaktura {
  transactionId: string;
  status?: string;
  kid?: string;
  amount?: number;
  invoiceNumber?: string;
  documentType?: string;
  dueDate?: string;
  issuerOrgNumber?: string;
  [field: string]: unknown;
}

export class BenchClient {
  readonly http: JsonClient;

  constructor(
    baseUrl: string,
    tenantKey: string,
    private readonly fetchImpl?: FetchLike,
  ) {
    this.http = new JsonClient('bench', baseUrl, tenantKey, fetchImpl);
  }

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** Runs a set-up call and insists on a 2xx answer. */
  private async must<T>(call: Promise<HttpResult<T>>, what: string): Promise<T> {
    const result = await call;
    if (!result.ok) throw new BenchSetupError(what, result);
    return result.body;
  }

  // --- control plane (§5.1) ---

  clock(): Promise<{ now: string; frozen: boolean; timeZone: string }> {
    return this.must(this.http.get('/sim/v1/clock'), 'GET /sim/v1/clock');
  }

  /** Freezes the virtual clock at an instant (a jump: no jobs run in between). */
  freezeAt(instant: Date): Promise<unknown> {
    return this.must(
      this.http.post('/sim/v1/clock', { freeze: true, set: instant.toISOString() }),
      'POST /sim/v1/clock',
    );
  }

  /** Moves the virtual clock forward, running every job that falls due. */
  advance(
    by: { days?: number; hours?: number; minutes?: number } | { to: string },
  ): Promise<{ now: string; jobsRun: number }> {
    return this.must(this.http.post('/sim/v1/clock/advance', by), 'POST /sim/v1/clock/advance');
  }

  reset(seed: number, world: 'empty' | 'demo'): Promise<unknown> {
    return this.must(this.http.post('/sim/v1/reset', { seed, world }), 'POST /sim/v1/reset');
  }

  world(): Promise<Record<string, unknown>> {
    return this.must(this.http.get('/sim/v1/world'), 'GET /sim/v1/world');
  }

  settings(): Promise<Record<string, Record<string, unknown>>> {
    return this.must(this.http.get('/sim/v1/settings'), 'GET /sim/v1/settings');
  }

  patchSettings(patch: Record<string, Record<string, unknown>>): Promise<unknown> {
    return this.must(
      this.http.request('PATCH', '/sim/v1/settings', { json: patch }),
      'PATCH /sim/v1/settings',
    );
  }

  /** One page of the journal after `since`. */
  journalPage(since: number, limit = 10_000): Promise<{ entries: JournalEntry[]; next: number }> {
    return this.must(this.http.get(`/sim/v1/journal?since=${since}&limit=${limit}`), 'GET /sim/v1/journal');
  }

  /**
   * Every journal entry after `since`, page by page, up to the moment of the call. Reading the
   * journal is itself journalled, so the loop stops at the first page that is not full (else it
   * would chase its own reads), and the runner's own journal reads are left out.
   */
  async journalSince(since: number): Promise<{ entries: JournalEntry[]; last: number }> {
    const limit = 10_000;
    const entries: JournalEntry[] = [];
    let cursor = since;
    for (;;) {
      const page = await this.journalPage(cursor, limit);
      entries.push(...page.entries.filter((entry) => entry.path !== '/sim/v1/journal'));
      const done = page.entries.length < limit || page.next <= cursor;
      cursor = Math.max(cursor, page.next);
      if (done) return { entries, last: cursor };
    }
  }

  // --- JTTA register (§5.2): what a consumer does in the online bank ---

  putPerson(nationalId: string, person: JttaPerson): Promise<unknown> {
    return this.must(
      this.http.put(`/jtta/v1/persons/${nationalId}`, person),
      `PUT /jtta/v1/persons/${nationalId}`,
    );
  }

  /** The register's view of a person (carries the person's efakturaIdentifier). */
  person(
    nationalId: string,
  ): Promise<{ efakturaIdentifier?: string; jtta?: boolean; [field: string]: unknown }> {
    return this.must(this.http.get(`/jtta/v1/persons/${nationalId}`), `GET /jtta/v1/persons/${nationalId}`);
  }

  /** "Ja takk til alle" on. */
  giveConsent(nationalId: string): Promise<unknown> {
    return this.must(
      this.http.put(`/jtta/v1/persons/${nationalId}/consent`),
      `PUT /jtta/v1/persons/${nationalId}/consent`,
    );
  }

  withdrawConsent(nationalId: string): Promise<unknown> {
    return this.must(
      this.http.delete(`/jtta/v1/persons/${nationalId}/consent`),
      `DELETE /jtta/v1/persons/${nationalId}/consent`,
    );
  }

  /** The consumer blocks one issuer. */
  reserve(nationalId: string, issuerOrgNumber: string): Promise<unknown> {
    return this.must(
      this.http.put(`/jtta/v1/persons/${nationalId}/reservations/${issuerOrgNumber}`),
      `PUT /jtta/v1/persons/${nationalId}/reservations/${issuerOrgNumber}`,
    );
  }

  // --- bank set-up (§5.4) ---

  putAccount(
    bban: string,
    account: {
      owner: { name: string; orgNumber?: string; nationalId?: string };
      balance: number;
      currency: string;
    },
  ): Promise<unknown> {
    return this.must(this.http.put(`/bank/v1/accounts/${bban}`, account), `PUT /bank/v1/accounts/${bban}`);
  }

  putKidAgreement(
    bban: string,
    definitions: Array<{ algorithm: 'MOD10' | 'MOD11'; length: number }>,
  ): Promise<unknown> {
    return this.must(
      this.http.put(`/bank/v1/accounts/${bban}/kid-agreement`, { definitions }),
      `PUT /bank/v1/accounts/${bban}/kid-agreement`,
    );
  }

  putAgreement(
    customerId: string,
    agreement: Record<string, unknown>,
  ): Promise<{ customerId: string; apiKey: string }> {
    return this.must(
      this.http.put(`/bank/v1/agreements/${customerId}`, agreement),
      `PUT /bank/v1/agreements/${customerId}`,
    );
  }

  /** POST /bank/v1/payment-files as a bank agreement (the runner's own payer, never the SUT). */
  async postPaymentFile(
    agreementKey: string,
    xml: string,
    approvers: string[],
  ): Promise<HttpResult<{ fileId?: string; groupStatus?: string }>> {
    const client = new JsonClient('bench', this.http.baseUrl, agreementKey, this.fetchImpl);
    const result = await client.request<{ fileId?: string; groupStatus?: string }>(
      'POST',
      '/bank/v1/payment-files',
      {
        xml,
        headers: { 'x-approved-by': approvers.join(',') },
      },
    );
    if (!result.ok || result.body.groupStatus === 'RJCT') {
      throw new BenchSetupError('POST /bank/v1/payment-files (runner as payer)', result);
    }
    return result;
  }

  // --- the consumer's online bank (§5.4) ---

  async inbox(nationalId: string): Promise<NettbankEfaktura[]> {
    const body = await this.must(
      this.http.get<unknown>(`/bank/v1/nettbank/${nationalId}/efaktura`),
      `GET /bank/v1/nettbank/${nationalId}/efaktura`,
    );
    return listOf<NettbankEfaktura>(body, ['efaktura', 'items', 'invoices', 'entries']);
  }

  approve(nationalId: string, transactionId: string, fromAccount: string): Promise<unknown> {
    return this.must(
      this.http.post(`/bank/v1/nettbank/${nationalId}/efaktura/${transactionId}/approve`, { fromAccount }),
      `POST /bank/v1/nettbank/${nationalId}/efaktura/${transactionId}/approve`,
    );
  }
}

/** A list answer may be a bare array or an object holding one under a known name. */
export function listOf<T>(body: unknown, names: readonly string[]): T[] {
  if (Array.isArray(body)) return body as T[];
  if (typeof body === 'object' && body !== null) {
    for (const name of names) {
      const value = (body as Record<string, unknown>)[name];
      if (Array.isArray(value)) return value as T[];
    }
  }
  return [];
}
