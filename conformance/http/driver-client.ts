// The system under test, seen through its driver (ARCHITECTURE.md §5.6). Paths and fields are the
// fixed v1 contract. Every call is remembered with its real-time window, so polling checks can tell
// which of the SUT's requests to the bench happened during which driver call.
import { JsonClient, describeAnswer } from './json-client.ts';
import type { FetchLike, HttpResult } from './json-client.ts';

export interface DriverCustomer {
  nationalId?: string;
  firstName: string;
  lastName: string;
  address: { street: string; postalCode: string; city: string; country: string };
  email?: string;
  mobile?: string;
}

export interface DriverSubscription {
  customerNumber: string;
  amount: number;
  interval: 'monthly';
  startDate: string;
}

export type Channel = 'efaktura' | 'email' | 'print';

export interface BilledInvoice {
  invoiceNumber: string;
  customerNumber: string;
  channel: Channel | string;
  kid: string;
  amount: number;
  dueDate: string;
}

export interface InvoiceView {
  status: string;
  channel: Channel | string;
  kid: string;
  remindersSent: number;
  [field: string]: unknown;
}

export interface DriverPayable {
  creditorName: string;
  creditorAccount: string;
  amount: number;
  kid?: string;
  invoiceNumber?: string;
  type: 'invoice' | 'credit-note';
  dueDate: string;
}

export interface DriverCall {
  method: string;
  path: string;
  status: number;
  startedAt: number;
  endedAt: number;
}

/** The driver answered a call the check needs with an error: the SUT's failure, with its answer. */
export class DriverFailure extends Error {
  constructor(
    readonly call: string,
    readonly result: HttpResult,
  ) {
    super(`the driver answered ${call} with ${describeAnswer(result)}`);
    this.name = 'DriverFailure';
  }
}

export class DriverClient {
  readonly http: JsonClient;
  readonly calls: DriverCall[] = [];
  /** What the runner told the SUT, for passive checks (customer keys, billed invoices). */
  readonly customers = new Map<string, DriverCustomer>();
  readonly invoices = new Map<string, BilledInvoice>();

  constructor(baseUrl: string, key: string | undefined, fetchImpl?: FetchLike) {
    this.http = new JsonClient('driver', baseUrl, key, fetchImpl);
  }

  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** Any call, whatever the answer (for checks that expect a refusal). */
  async send<T = unknown>(method: string, path: string, json?: unknown): Promise<HttpResult<T>> {
    const result = await this.http.request<T>(method, path, json === undefined ? {} : { json });
    this.calls.push({
      method,
      path,
      status: result.status,
      startedAt: result.startedAt,
      endedAt: result.endedAt,
    });
    return result;
  }

  private async must<T>(method: string, path: string, json?: unknown): Promise<T> {
    const result = await this.send<T>(method, path, json);
    if (!result.ok) throw new DriverFailure(`${method} ${path}`, result);
    return result.body;
  }

  reset(): Promise<unknown> {
    return this.must('POST', '/reset');
  }

  async putCustomer(customerNumber: string, customer: DriverCustomer): Promise<unknown> {
    const answer = await this.must('PUT', `/customers/${encodeURIComponent(customerNumber)}`, customer);
    this.customers.set(customerNumber, customer);
    return answer;
  }

  putSubscription(id: string, subscription: DriverSubscription): Promise<unknown> {
    return this.must('PUT', `/subscriptions/${encodeURIComponent(id)}`, subscription);
  }

  efakturaScan(): Promise<{ found: number; blocked: number; notFound: number }> {
    return this.must('POST', '/efaktura-scan');
  }

  async billingRun(date: string): Promise<BilledInvoice[]> {
    const body = await this.must<{ invoices?: BilledInvoice[] }>('POST', '/billing-runs', { date });
    const invoices = Array.isArray(body?.invoices) ? body.invoices : [];
    for (const invoice of invoices) this.invoices.set(invoice.invoiceNumber, invoice);
    return invoices;
  }

  invoice(invoiceNumber: string): Promise<InvoiceView> {
    return this.must('GET', `/invoices/${encodeURIComponent(invoiceNumber)}`);
  }

  reconcile(): Promise<{ matched: number; unmatched: number }> {
    return this.must('POST', '/reconcile');
  }

  putPayable(id: string, payable: DriverPayable): Promise<unknown> {
    return this.must('PUT', `/payables/${encodeURIComponent(id)}`, payable);
  }

  paymentRun(
    date: string,
    approvers: string[],
  ): Promise<HttpResult<{ fileId?: string; messageId?: string }>> {
    // A refusal is a legitimate answer here (unsatisfiable approvals): the caller judges it.
    return this.send('POST', '/payment-runs', { date, approvers });
  }

  payable(id: string): Promise<{ status: string; reasonCode?: string; [field: string]: unknown }> {
    return this.must('GET', `/payables/${encodeURIComponent(id)}`);
  }
}

/** `http://host:8080` and `http://host:8080/driver/v1/` both mean the driver at `/driver/v1`. */
export function driverBaseUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  return trimmed.endsWith('/driver/v1') ? trimmed : `${trimmed}/driver/v1`;
}
