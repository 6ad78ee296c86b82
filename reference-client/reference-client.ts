// The reference client: a subscription-billing eFaktura issuer and an AutoPay-like remittance
// client in one system, talking to the bench only over HTTP. One instance per configuration (the
// in-process driver keeps one per tenant). Driver calls are served one at a time, so a status
// poll never races a billing run.
import { createBankingCalendar } from '../src/bank/banking-calendar.ts';
import type { BankingCalendar } from '../src/bank/banking-calendar.ts';
import { ProblemError } from '../simulators/kernel/problem.ts';
import { BenchClient } from './bench-client.ts';
import type { Fetcher } from './bench-client.ts';
import { effectiveSettings } from './config.ts';
import type { ReferenceClientConfig } from './config.ts';
import { decide } from './context.ts';
import type { ClientContext } from './context.ts';
import { DecisionLog } from './decision-log.ts';
import { uuid } from './ids.ts';
import type { IdSource } from './ids.ts';
import type { MutantName } from './mutants.ts';
import { createState } from './state.ts';
import { benchTime, systemTime } from './time-source.ts';
import type { TimeSource } from './time-source.ts';
import { checkApprovalDeadlines } from './issuer/approval-deadline.ts';
import { runBilling } from './issuer/billing-run.ts';
import type { BilledInvoice } from './issuer/billing-run.ts';
import { runScan } from './issuer/efaktura-scan.ts';
import type { ScanResult } from './issuer/efaktura-scan.ts';
import { invoiceView } from './issuer/invoice.ts';
import { DEFAULT_POLL_BACKOFF } from './issuer/poll-schedule.ts';
import type { PollBackoff } from './issuer/poll-schedule.ts';
import { reconcile } from './issuer/reconciliation.ts';
import type { ReconcileResult } from './issuer/reconciliation.ts';
import { putCustomer, putSubscription } from './issuer/register.ts';
import type { CustomerInput, SubscriptionInput } from './issuer/register.ts';
import { pollShipments } from './issuer/shipment-poller.ts';
import { payableView, putPayable } from './remittance/payables.ts';
import type { PayableInput } from './remittance/payables.ts';
import { runPayments } from './remittance/payment-run.ts';
import type { PaymentRunResult } from './remittance/payment-run.ts';
import { readStatusReports } from './remittance/status-reports.ts';

export interface ReferenceClientOptions {
  config: ReferenceClientConfig;
  /** How HTTP requests reach the bench (default: global fetch). */
  fetcher?: Fetcher;
  /** Where "now" comes from (default: the bench's clock when a tenant key is configured). */
  time?: TimeSource;
  ids?: IdSource;
  log?: DecisionLog;
  backoff?: PollBackoff;
  calendar?: BankingCalendar;
  /** Overrides config.mutant. */
  mutant?: MutantName;
  /** The time of the first log line (default: now from the system clock). */
  startedAt?: Date;
}

export class ReferenceClient {
  readonly config: ReferenceClientConfig;
  readonly log: DecisionLog;
  readonly mutant: MutantName | undefined;
  private readonly ctx: ClientContext;
  private queue: Promise<unknown> = Promise.resolve();
  /** False until the clock has been read once: until then log times come from `startedAt`. */
  private timeKnown: boolean;

  constructor(options: ReferenceClientOptions) {
    this.config = options.config;
    this.mutant = options.mutant ?? options.config.mutant;
    this.log = options.log ?? new DecisionLog();
    const settings = effectiveSettings(options.config);
    const bench = new BenchClient({
      baseUrl: options.config.benchUrl,
      fetcher: options.fetcher,
      onRetry: ({ method, path, attempt, reason }) =>
        decide(
          this.ctx,
          'bench',
          `${method} ${path}`,
          `transient failure (${reason}), retry ${attempt} with back-off`,
        ),
    });
    const time =
      options.time ??
      (settings.clock === 'bench' && options.config.tenantKey
        ? benchTime(bench, options.config.tenantKey)
        : systemTime());
    this.ctx = {
      config: options.config,
      settings,
      state: createState(),
      bench,
      log: this.log,
      time,
      ids: options.ids ?? uuid,
      backoff: options.backoff ?? DEFAULT_POLL_BACKOFF,
      calendar: options.calendar ?? createBankingCalendar(),
      mutant: this.mutant,
      now: options.startedAt ?? new Date(),
    };
    this.timeKnown = options.startedAt !== undefined;
    if (this.timeKnown) decide(this.ctx, 'config', 'reference client', this.describe());
  }

  /** One line on how the client is wired (no keys). */
  describe(): string {
    const { config, settings } = this.ctx;
    return (
      `issuer ${config.issuer.orgNumber} "${config.issuer.name}" (KID ${config.issuer.kid.algorithm} length ${config.issuer.kid.length}, account ${config.issuer.accountNumber}); ` +
      `bank agreement ${config.bank.customerId} paying from ${config.bank.debtorAccount} (${settings.erpApprovals}+${config.bank.requiredApprovals}, pain.001.001.${settings.messageVersion}); ` +
      `fallback after ${settings.fallbackDays} days; clock ${this.ctx.time.kind}${this.mutant ? `; MUTANT ${this.mutant}` : ''}`
    );
  }

  /** The options in effect, for reports (keys left out). */
  settingsView() {
    const { config, settings } = this.ctx;
    return {
      benchUrl: config.benchUrl,
      issuer: {
        orgNumber: config.issuer.orgNumber,
        name: config.issuer.name,
        kid: config.issuer.kid,
        accountNumber: config.issuer.accountNumber,
      },
      bank: {
        customerId: config.bank.customerId,
        debtorAccount: config.bank.debtorAccount,
        requiredApprovals: config.bank.requiredApprovals,
        approvers: config.bank.approvers,
      },
      ...settings,
      clock: this.ctx.time.kind,
      pollBackoff: this.ctx.backoff,
      mutant: this.mutant ?? null,
    };
  }

  /**
   * Serialises operations. `refreshTime` reads the clock first; other operations stamp their log
   * lines with the last time read (the clock is read once at least, so no line carries a time that
   * is not the bench's).
   */
  private run<T>(refreshTime: boolean, work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      if (refreshTime || !this.timeKnown) {
        this.ctx.now = await this.ctx.time.now();
        if (!this.timeKnown) decide(this.ctx, 'config', 'reference client', this.describe());
        this.timeKnown = true;
      }
      return work();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Collects what happened since the last call: shipment statuses, approval deadlines. */
  private async syncIssuer(): Promise<void> {
    await pollShipments(this.ctx);
    await checkApprovalDeadlines(this.ctx);
  }

  reset(): Promise<void> {
    return this.run(false, async () => {
      this.ctx.state.issuer = createState().issuer;
      this.ctx.state.remittance = createState().remittance;
      decide(
        this.ctx,
        'config',
        'reference client',
        'reset: customers, subscriptions, invoices and payables forgotten',
      );
    });
  }

  putCustomer(customerNumber: string, input: CustomerInput) {
    return this.run(false, async () => putCustomer(this.ctx, customerNumber, input));
  }

  putSubscription(id: string, input: SubscriptionInput) {
    return this.run(false, async () => putSubscription(this.ctx, id, input));
  }

  efakturaScan(): Promise<ScanResult> {
    return this.run(true, async () => {
      await this.syncIssuer();
      return runScan(this.ctx);
    });
  }

  billingRun(date: string): Promise<{ invoices: BilledInvoice[] }> {
    return this.run(true, async () => {
      await this.syncIssuer();
      return { invoices: await runBilling(this.ctx, date) };
    });
  }

  /** Polls what is due and answers the invoice's current state. */
  getInvoice(invoiceNumber: string) {
    return this.run(true, async () => {
      await this.syncIssuer();
      const invoice = this.ctx.state.issuer.invoices.get(invoiceNumber);
      if (!invoice)
        throw new ProblemError(404, 'EB-NOT-FOUND', `No invoice ${invoiceNumber}.`, {
          resource: 'invoice',
          id: invoiceNumber,
        });
      return invoiceView(invoice);
    });
  }

  listInvoices() {
    return this.run(true, async () => {
      await this.syncIssuer();
      return [...this.ctx.state.issuer.invoices.values()].map(invoiceView);
    });
  }

  /** Runs the polling and deadline checks now (a background poller calls this). */
  sync(): Promise<void> {
    return this.run(true, async () => {
      await this.syncIssuer();
      await readStatusReports(this.ctx);
    });
  }

  reconcile(): Promise<ReconcileResult> {
    return this.run(true, async () => {
      await this.syncIssuer();
      return reconcile(this.ctx);
    });
  }

  putPayable(id: string, input: PayableInput) {
    return this.run(false, async () => {
      const { created, payable } = putPayable(this.ctx, id, input);
      return { created, payable: payableView(payable) };
    });
  }

  paymentRun(date: string, approvers: readonly string[]): Promise<PaymentRunResult> {
    return this.run(true, () => runPayments(this.ctx, date, approvers));
  }

  getPayable(id: string) {
    return this.run(true, async () => {
      await readStatusReports(this.ctx);
      const payable = this.ctx.state.remittance.payables.get(id);
      if (!payable)
        throw new ProblemError(404, 'EB-NOT-FOUND', `No payable ${id}.`, { resource: 'payable', id });
      return payableView(payable);
    });
  }

  listPayables() {
    return this.run(true, async () => {
      await readStatusReports(this.ctx);
      return [...this.ctx.state.remittance.payables.values()].map(payableView);
    });
  }

  customers() {
    return this.run(false, async () =>
      [...this.ctx.state.issuer.customers.values()].map((customer) => ({
        ...customer,
        agreement: this.ctx.state.issuer.agreements.get(customer.customerNumber) ?? null,
        noAgreementReason: this.ctx.state.issuer.noAgreementReasons.get(customer.customerNumber) ?? null,
      })),
    );
  }
}
