// Consent invariants (efaktura-b2c.md §2.1, §2.3, §7.2–§7.4):
// - the periodic search looks up every customer with the best keys it holds, and the register
//   finds exactly the persons with JTTA who have not reserved against the issuer;
// - an eFaktura goes only to a customer the last search found (so only to a person with JTTA);
// - it is delivered only to a person with JTTA and no reservation at delivery time;
// - every invoice goes out by exactly one channel: eFaktura when an agreement exists, else e-mail,
//   else print.
import { customerByNumber, mayReceiveEfaktura, personLabel } from '../model.ts';
import type { Channel, CustomerModel, InboxItemModel, ScenarioModel } from '../model.ts';
import type { SearchExchange } from '../facts/search-exchange.ts';
import type { SentTransaction } from '../facts/shipment-sent.ts';
import { recipientOf } from '../facts/shipment-sent.ts';
import type { Observations } from '../observations.ts';
import { InvariantViolation } from '../system.ts';

const RULE = 'consent';

/** Whether the driver's customer record holds keys the register search can use (§2.3). */
export function isSearchable(customer: CustomerModel): boolean {
  return customer.keys !== 'name-and-address';
}

export function hasEmail(customer: CustomerModel): boolean {
  return customer.keys !== 'name-and-address';
}

export interface ScanJudgement {
  violations: InvariantViolation[];
  /** The agreement each searched customer has after the scan (FOUND and not blocked). */
  agreements: Map<number, boolean>;
}

/** Judges the searches one driver scan made against what the model knows about consent. */
export function judgeScan(
  model: Readonly<ScenarioModel>,
  exchanges: readonly SearchExchange[],
): ScanJudgement {
  const violations: InvariantViolation[] = [];
  const agreements = new Map<number, boolean>();
  const mine = exchanges.filter((e) => e.issuerOrgNumber === model.issuer.orgNumber);
  for (const exchange of exchanges) {
    if (exchange.issuerOrgNumber !== model.issuer.orgNumber) {
      violations.push(
        new InvariantViolation(
          RULE,
          `the scan searched as issuer ${exchange.issuerOrgNumber}, not the driver's issuer ${model.issuer.orgNumber}`,
          [`journal #${exchange.seq}`],
        ),
      );
    }
  }
  for (const [personIndex, customer] of model.customers) {
    const person = model.persons[personIndex];
    if (!person) continue;
    const who = `customer ${customer.customerNumber} (${personLabel(model, personIndex)})`;
    const asked = mine.flatMap((e) =>
      e.customers
        .filter((c) => c.customerNumber === customer.customerNumber)
        .map((c) => ({ seq: e.seq, keys: c })),
    );
    const answered = mine.flatMap((e) =>
      e.results
        .filter((r) => r.customerNumber === customer.customerNumber)
        .map((r) => ({ seq: e.seq, result: r })),
    );
    if (!isSearchable(customer)) continue;
    const last = answered.at(-1);
    if (!last) {
      // §7.2: the periodic search looks up every customer it holds keys for.
      violations.push(new InvariantViolation(RULE, `the scan did not look up ${who} in the JTTA register`));
      continue;
    }
    // §2.3 (c): the national id alone is the best key; a customer that has one is searched by it.
    if (customer.keys === 'national-id' && !asked.some((a) => a.keys.nationalId === person.nationalId)) {
      violations.push(
        new InvariantViolation(RULE, `${who} has a national id, but the scan searched without it`, [
          `journal #${last.seq}`,
        ]),
      );
    }
    const { result } = last;
    const mayReceive = mayReceiveEfaktura(person);
    if (result.status === 'FOUND' && !mayReceive) {
      violations.push(
        new InvariantViolation(
          RULE,
          `the register answered FOUND for ${who}, who ${person.jtta ? 'reserved against the issuer' : 'has no JTTA'}`,
          [`journal #${last.seq}`],
        ),
      );
    }
    if (result.status !== 'FOUND' && mayReceive) {
      violations.push(
        new InvariantViolation(
          RULE,
          `the register answered ${result.status} for ${who}, who has JTTA and no reservation (searched with ${Object.keys(
            asked.at(-1)?.keys ?? {},
          )
            .filter((k) => k !== 'customerNumber')
            .join(', ')})`,
          [`journal #${last.seq}`],
        ),
      );
    }
    agreements.set(
      personIndex,
      result.status === 'FOUND' && typeof result.efakturaIdentifier === 'string' && mayReceive,
    );
  }
  return { violations, agreements };
}

/**
 * The channels the distribution plan may pick (§7.4): eFaktura when there is an agreement, else
 * e-mail, else print; either while the agreement may have ended early (AgreementState 'maybe').
 */
export function allowedChannels(customer: CustomerModel): Channel[] {
  const fallback: Channel = hasEmail(customer) ? 'email' : 'print';
  if (customer.agreement === 'yes') return ['efaktura'];
  if (customer.agreement === 'maybe') return ['efaktura', fallback];
  return [fallback];
}

export interface BilledInvoice {
  invoiceNumber: string;
  customerNumber: string;
  channel: string;
  kid: string;
  amount: number;
  dueDate: string;
}

export function judgeBilling(
  model: Readonly<ScenarioModel>,
  invoices: readonly BilledInvoice[],
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  const seen = new Set<string>();
  for (const invoice of invoices) {
    if (seen.has(invoice.invoiceNumber) || model.invoices.has(invoice.invoiceNumber)) {
      violations.push(
        new InvariantViolation(
          RULE,
          `invoice number ${invoice.invoiceNumber} was billed twice (an invoice goes out once)`,
        ),
      );
    }
    seen.add(invoice.invoiceNumber);
    const customer = customerByNumber(model, invoice.customerNumber);
    if (!customer) {
      violations.push(
        new InvariantViolation(
          RULE,
          `invoice ${invoice.invoiceNumber} is for customer ${invoice.customerNumber}, whom the scenario never added`,
        ),
      );
      continue;
    }
    const expected = allowedChannels(customer);
    if (!expected.includes(invoice.channel as Channel)) {
      const person = model.persons[customer.person];
      const state = person
        ? `${person.jtta ? 'JTTA on' : 'no JTTA'}${person.reserved ? ', reserved against the issuer' : ''}`
        : '';
      violations.push(
        new InvariantViolation(
          RULE,
          `invoice ${invoice.invoiceNumber} for customer ${invoice.customerNumber} (${personLabel(model, customer.person)}: ${state}; agreement after the last scan: ${customer.agreement}) went by ${invoice.channel}; the distribution plan must choose ${expected.join(' or ')}`,
        ),
      );
    }
  }
  return violations;
}

/**
 * Every eFaktura the driver sent must go to a customer whose last search (before the send) said
 * FOUND with that identifier, and must be that customer's own invoice — never "on behalf of"
 * (§2.1). This is what stops eFaktura and eFaktura reminders after a reservation or withdrawal
 * has been discovered by a scan (§7.6).
 */
export function judgeSends(
  model: Readonly<ScenarioModel>,
  observations: Observations,
  sent: readonly SentTransaction[],
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  for (const tx of sent) {
    if (tx.issuerOrgNumber !== model.issuer.orgNumber) continue;
    const evidence = [`journal #${tx.seq}`, `transaction ${tx.transactionId}`];
    const what = `${tx.documentType} ${tx.invoiceNumber} to ${recipientOf(tx)}`;
    let customers: string[] = [];
    if (tx.efakturaIdentifier) customers = observations.customersOfIdentifier(tx.efakturaIdentifier, tx.seq);
    else if (tx.nationalId) {
      customers = [...model.customers.values()]
        .filter((c) => model.persons[c.person]?.nationalId === tx.nationalId)
        .map((c) => c.customerNumber);
    }
    if (customers.length === 0) {
      violations.push(
        new InvariantViolation(
          RULE,
          `the driver sent ${what}, which no register search returned as FOUND`,
          evidence,
        ),
      );
      continue;
    }
    for (const customerNumber of customers) {
      const last = observations.lastSearchResult(customerNumber, tx.seq);
      const customer = customerByNumber(model, customerNumber);
      const who = customer
        ? `customer ${customerNumber} (${personLabel(model, customer.person)})`
        : `customer ${customerNumber}`;
      if (
        !last ||
        last.result.status !== 'FOUND' ||
        (tx.efakturaIdentifier && last.result.efakturaIdentifier !== tx.efakturaIdentifier)
      ) {
        violations.push(
          new InvariantViolation(
            RULE,
            `the driver sent ${what} of ${who}, but the last search before it answered ${last ? last.result.status : 'nothing'}: the scan had ended the eFaktura agreement`,
            [...evidence, ...(last ? [`search at journal #${last.seq}`] : [])],
          ),
        );
      }
    }
    const invoice = model.invoices.get(tx.invoiceNumber);
    if (invoice && !customers.includes(invoice.customerNumber)) {
      violations.push(
        new InvariantViolation(
          RULE,
          `the driver sent ${what}, but invoice ${tx.invoiceNumber} belongs to customer ${invoice.customerNumber}: eFaktura go only to the person named on the invoice, never "on behalf of" (§2.1)`,
          evidence,
        ),
      );
    }
  }
  return violations;
}

/**
 * eFaktura newly seen in a person's online bank after the clock moved: each one was delivered
 * during that advance, when the model's consent did not change, so the person must have had JTTA
 * and no reservation against the issuer (MPS checks at delivery time, §2.4 [C] Vipps).
 */
export function judgeDeliveries(
  model: Readonly<ScenarioModel>,
  newItems: readonly InboxItemModel[],
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  for (const item of newItems) {
    const person = model.persons[item.person];
    if (!person || item.issuerOrgNumber !== model.issuer.orgNumber) continue;
    if (!mayReceiveEfaktura(person)) {
      violations.push(
        new InvariantViolation(
          RULE,
          `eFaktura ${item.transactionId} (invoice ${item.invoiceNumber ?? '?'}) was delivered to ${personLabel(model, item.person)}, who ${person.jtta ? 'has reserved against the issuer' : 'has no JTTA'}`,
          [`transaction ${item.transactionId}`],
        ),
      );
    }
  }
  return violations;
}

/** MPS statuses in which an eFaktura is live in the online bank (or paid through it). */
export const LIVE_EFAKTURA = new Set(['IN_PROGRESS', 'DELIVERED', 'APPROVED', 'PAID']);

export interface InvoiceOutcome {
  invoiceNumber: string;
  driverChannel: string;
  driverStatus: string;
  /** MPS status of each eFaktura INVOICE transaction sent for it, oldest first. */
  efakturaStatuses: Array<{ transactionId: string; status: string; reason?: string }>;
}

/**
 * At the end of a run, after the driver has had time to collect every shipment status: each
 * invoice is on exactly one channel, and none is lost — an invoice whose eFaktura was rejected
 * has been re-sent by e-mail or print, or is reported rejected (§7.5).
 */
export function judgeNothingLost(outcomes: readonly InvoiceOutcome[]): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  const channels = new Set(['efaktura', 'email', 'print']);
  for (const outcome of outcomes) {
    const live = outcome.efakturaStatuses.filter((s) => LIVE_EFAKTURA.has(s.status));
    if (!channels.has(outcome.driverChannel)) {
      violations.push(
        new InvariantViolation(
          RULE,
          `invoice ${outcome.invoiceNumber} reports channel "${outcome.driverChannel}"; it must be efaktura, email or print`,
        ),
      );
      continue;
    }
    if (live.length > 1) {
      violations.push(
        new InvariantViolation(
          RULE,
          `invoice ${outcome.invoiceNumber} is live as ${live.length} eFaktura at once (${live.map((s) => s.transactionId).join(', ')}): an invoice goes out once`,
        ),
      );
    }
    const reportedRejected = /reject/i.test(outcome.driverStatus);
    if (
      outcome.driverChannel === 'efaktura' &&
      outcome.efakturaStatuses.length > 0 &&
      live.length === 0 &&
      !reportedRejected
    ) {
      const lastStatus = outcome.efakturaStatuses.at(-1);
      violations.push(
        new InvariantViolation(
          RULE,
          `invoice ${outcome.invoiceNumber} is lost: its eFaktura ended ${lastStatus?.status ?? '?'}${lastStatus?.reason ? ` (${lastStatus.reason})` : ''}, and the driver still reports channel efaktura, status ${outcome.driverStatus}; it must go out by e-mail or print, or be reported rejected (§7.5)`,
          [`transaction ${lastStatus?.transactionId ?? '?'}`],
        ),
      );
    }
    if (
      outcome.driverChannel !== 'efaktura' &&
      live.some((s) => s.status === 'DELIVERED' || s.status === 'IN_PROGRESS')
    ) {
      violations.push(
        new InvariantViolation(
          RULE,
          `invoice ${outcome.invoiceNumber} went by ${outcome.driverChannel}, but its eFaktura ${live.map((s) => s.transactionId).join(', ')} is still waiting in the online bank: cancel it before falling back, or the invoice is out twice`,
        ),
      );
    }
  }
  return violations;
}
