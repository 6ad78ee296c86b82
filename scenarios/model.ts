// The scenario model: what a careful observer knows about the world at each step of a run — the
// persons' consent (JTTA) and reservations, the driver's customers, invoices and payables, the
// bank agreement's approval rule — so each command can say what the system must do next.
// fast-check's commands read it in `check` (preconditions) and update it in `run`.
import type { KidAlgorithm } from '../src/norway/kid.ts';

export type CustomerKeys = 'national-id' | 'email-and-mobile' | 'email-only' | 'name-and-address';
export type Channel = 'efaktura' | 'email' | 'print';
export type AgreementState = 'yes' | 'no' | 'maybe';

export interface PersonModel {
  /** p0, p1, …: the name used in command stories. */
  label: string;
  nationalId: string;
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  address: { street: string; postalCode: string; city: string; country: 'NO' };
  /** The person's own account in the bank, used to pay approved eFaktura. */
  account: string;
  /** JTTA ("Ja takk til alle") consent is on — efaktura-b2c.md §2.1. */
  jtta: boolean;
  /** Reserved against the driver's issuer — efaktura-b2c.md §2.1, §2.4. */
  reserved: boolean;
}

export interface CustomerModel {
  customerNumber: string;
  person: number;
  keys: CustomerKeys;
  /**
   * The customer's eFaktura agreement as the last scan left it: 'yes' when that scan found the
   * person, 'no' otherwise; 'maybe' when the person reserved or withdrew JTTA since a scan that
   * found them — the driver may learn of it before the next scan (the blacklist, an MPS
   * rejection) and end the agreement early, which is allowed (efaktura-b2c.md §2.4).
   */
  agreement: AgreementState;
  /** Step at which a scan disabled the agreement (cancellation discovered), if it did. */
  cancelledAtStep?: number;
}

export interface InvoiceModel {
  invoiceNumber: string;
  customerNumber: string;
  channel: Channel;
  kid: string;
  amount: number;
  dueDate: string;
  billedAtStep: number;
  /** The driver's latest view (GET /driver/v1/invoices/{n}). */
  status?: string;
  remindersSent?: number;
}

/** An eFaktura seen in a person's online bank (GET /bank/v1/nettbank/{nationalId}/efaktura). */
export interface InboxItemModel {
  transactionId: string;
  person: number;
  issuerOrgNumber: string;
  invoiceNumber?: string;
  kid?: string;
  amount: number;
  dueDate: string;
  status: string;
  documentType?: string;
  /** Step at which the scenario first saw it. */
  seenAtStep: number;
}

export type KidVariant = 'valid' | 'wrong-check-digit' | 'wrong-length' | 'none';

export interface CreditorModel {
  label: string;
  name: string;
  orgNumber: string;
  bban: string;
  /** The creditor account's KID agreement at the bank, if it has one (iso20022-norway.md §5.1). */
  kid?: { algorithm: KidAlgorithm; length: number };
}

export interface PayableModel {
  id: string;
  creditor: number;
  amount: number;
  type: 'invoice' | 'credit-note';
  kid?: string;
  kidVariant: KidVariant;
  invoiceNumber?: string;
  dueDate: string;
  /** The driver refused it (4xx) at PUT. */
  refused: boolean;
  addedAtStep: number;
}

export interface ApprovalRule {
  requiredApprovals: 1 | 2;
  rgb: boolean;
}

export interface PaymentRunModel {
  step: number;
  date: string;
  approvers: string[];
  /** The driver refused the run (4xx) or had nothing to pay. */
  refused: boolean;
  fileId?: string;
  messageId?: string;
  /** The bank's rule when the file arrived. */
  bankRule: ApprovalRule;
}

export interface ScenarioModel {
  step: number;
  /** Virtual time (ISO 8601 with offset) and the Oslo date. */
  now: string;
  today: string;
  issuer: {
    orgNumber: string;
    name: string;
    account: string;
    kid: { algorithm: KidAlgorithm; length: number };
  };
  persons: PersonModel[];
  customers: Map<number, CustomerModel>;
  /** Subscriptions by id, with the customer's person index. */
  subscriptions: Map<string, { id: string; person: number; amount: number; startDate: string }>;
  invoices: Map<string, InvoiceModel>;
  inbox: Map<string, InboxItemModel>;
  creditors: CreditorModel[];
  payables: Map<string, PayableModel>;
  runs: PaymentRunModel[];
  /** The agreement's approval rule in the bank now. */
  bankRule: ApprovalRule;
  /** The rule the driver was configured with, when the scenario configured it (reference client). */
  clientRule?: { erpApprovals: 1 | 2; requiredApprovals: 1 | 2 };
  /** Users of the bank agreement and whether each may approve on the debtor account. */
  users: Array<{ userId: string; authorisedOnDebtor: boolean }>;
  /**
   * Netbank approvals of payment files (RGB off): the users who approved each file there, and
   * whether they satisfied the bank's rule when the last of them approved.
   */
  netbankApprovals: Map<string, { users: string[]; satisfied: boolean }>;
  scans: number;
  billingRuns: number;
}

export function personLabel(model: Readonly<ScenarioModel>, index: number): string {
  const person = model.persons[index];
  return person ? `${person.label} (${person.firstName} ${person.lastName})` : `p${index}`;
}

/** Persons an eFaktura may reach: JTTA on and no reservation against this issuer — §2.1. */
export function mayReceiveEfaktura(person: PersonModel): boolean {
  return person.jtta && !person.reserved;
}

export function customerByNumber(
  model: Readonly<ScenarioModel>,
  customerNumber: string,
): CustomerModel | undefined {
  for (const customer of model.customers.values())
    if (customer.customerNumber === customerNumber) return customer;
  return undefined;
}

/**
 * The customer number a person gets: a generated number with the person's index appended, so
 * two persons never share one and KIDs (which carry the customer number) vary from run to run.
 */
export function customerNumberFor(index: number, number: number): string {
  return `${number}${index}`;
}
