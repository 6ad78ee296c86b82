// Building blocks the eFaktura checks share: consumers in the JTTA register (the runner acting as
// the consumer's online bank) and the same persons as customers of the system under test.
import type { Person } from '../../src/world/person.ts';
import { makeAccountNumber } from '../../src/world/account-number.ts';
import type { CheckContext } from '../check-context.ts';
import type { BilledInvoice, DriverCustomer } from '../http/driver-client.ts';

/** Which of the person's data the SUT's customer record holds (efaktura-b2c.md §2.3 key combinations). */
export type CustomerKeys = 'all' | 'national-id' | 'phone-and-email' | 'email-and-name' | 'name-only';

export type RegisterState = 'jtta' | 'no-jtta' | 'unknown';

export interface TestCustomer {
  customerNumber: string;
  person: Person;
  keys: CustomerKeys;
  register: RegisterState;
  /** The consumer's own account in the bank (for paying), when one was opened. */
  account?: string;
}

export function driverCustomer(person: Person, keys: CustomerKeys): DriverCustomer {
  const address = person.addresses[0] ?? {
    street: 'Storgata 1',
    postalCode: '0155',
    city: 'Oslo',
    country: 'NO',
  };
  const base: DriverCustomer = { firstName: person.firstName, lastName: person.lastName, address };
  switch (keys) {
    case 'all':
      return { ...base, nationalId: person.nationalId, email: person.emails[0], mobile: person.mobiles[0] };
    case 'national-id':
      return { ...base, nationalId: person.nationalId };
    case 'phone-and-email':
      return { ...base, email: person.emails[0], mobile: person.mobiles[0] };
    case 'email-and-name':
      return { ...base, email: person.emails[0] };
    case 'name-only':
      return base;
  }
}

/** Puts the person into the JTTA register, with or without "Ja takk til alle". */
export async function registerPerson(ctx: CheckContext, person: Person, jtta: boolean): Promise<void> {
  await ctx.bench.putPerson(person.nationalId, {
    firstName: person.firstName,
    lastName: person.lastName,
    addresses: person.addresses,
    emails: person.emails,
    mobiles: person.mobiles,
  });
  if (jtta) await ctx.bench.giveConsent(person.nationalId);
}

export interface NewCustomerOptions {
  register?: RegisterState;
  keys?: CustomerKeys;
  /** Monthly amount in øre. */
  amount?: number;
  /** Register a monthly subscription starting today (default true). */
  subscribe?: boolean;
  /** Override the generated person (e.g. a household member at the same address). */
  person?: Person;
  /** Leave the e-mail out of the SUT's record, so its fallback is print. */
  withoutEmail?: boolean;
  customerNumber?: string;
  /** Subscription start (default: today on the virtual clock). */
  startDate?: string;
}

/** A consumer in the register (or not) and the same person as the SUT's customer, with a subscription. */
export async function newCustomer(
  ctx: CheckContext,
  options: NewCustomerOptions = {},
): Promise<TestCustomer> {
  const person = options.person ?? ctx.person();
  const register = options.register ?? 'jtta';
  const keys = options.keys ?? 'all';
  if (register !== 'unknown') await registerPerson(ctx, person, register === 'jtta');
  const customerNumber = options.customerNumber ?? ctx.customerNumber();
  const customer = driverCustomer(person, keys);
  if (options.withoutEmail) delete customer.email;
  await ctx.driver.putCustomer(customerNumber, customer);
  if (options.subscribe ?? true) {
    await ctx.driver.putSubscription(`S${customerNumber}`, {
      customerNumber,
      amount: options.amount ?? 49_900 + ctx.rng.int(0, 500) * 100,
      interval: 'monthly',
      startDate: options.startDate ?? (await ctx.today()),
    });
  }
  return { customerNumber, person, keys, register };
}

/** Many customers at once, a few requests in flight at a time (large-world checks). */
export async function newCustomers(
  ctx: CheckContext,
  count: number,
  options: NewCustomerOptions = {},
): Promise<TestCustomer[]> {
  // Everything random is drawn up front, so the data do not depend on request timing.
  const startDate = options.startDate ?? (await ctx.today());
  const plans = Array.from({ length: count }, () => ({
    person: ctx.person(),
    customerNumber: ctx.customerNumber(),
    amount: options.amount ?? 49_900 + ctx.rng.int(0, 500) * 100,
  }));
  const customers: TestCustomer[] = new Array<TestCustomer>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      customers[index] = await newCustomer(ctx, { ...options, ...plans[index], startDate });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return customers;
}

/** Opens a bank account for the consumer so they can pay eFaktura from the online bank. */
export async function openAccount(ctx: CheckContext, customer: TestCustomer): Promise<string> {
  const bban = makeAccountNumber(ctx.rng);
  await ctx.bench.putAccount(bban, {
    owner: {
      name: `${customer.person.firstName} ${customer.person.lastName}`,
      nationalId: customer.person.nationalId,
    },
    balance: 10_000_000,
    currency: 'NOK',
  });
  customer.account = bban;
  return bban;
}

export function invoiceOf(
  invoices: readonly BilledInvoice[],
  customer: TestCustomer,
): BilledInvoice | undefined {
  return invoices.find((invoice) => invoice.customerNumber === customer.customerNumber);
}

export function invoicesOf(invoices: readonly BilledInvoice[], customer: TestCustomer): BilledInvoice[] {
  return invoices.filter((invoice) => invoice.customerNumber === customer.customerNumber);
}
