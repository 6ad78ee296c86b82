// The customer and subscription register behind driver PUT /customers/{n} and
// PUT /subscriptions/{id} (ARCHITECTURE.md §5.6).
import { ProblemError } from '../../simulators/kernel/problem.ts';
import { decide } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { kidCustomerPart, kidLayout } from './kid.ts';
import type { Customer, PostalAddress } from './customer.ts';

export interface CustomerInput {
  nationalId?: string;
  firstName: string;
  lastName: string;
  address: PostalAddress;
  email?: string;
  mobile?: string;
}

export interface SubscriptionInput {
  customerNumber: string;
  amount: number;
  interval: 'monthly';
  startDate: string;
}

export function putCustomer(
  ctx: ClientContext,
  customerNumber: string,
  input: CustomerInput,
): { created: boolean } {
  const { issuer } = ctx.state;
  const existing = issuer.customers.get(customerNumber);
  const kidPart =
    existing?.kidCustomerPart ??
    kidCustomerPart(
      customerNumber,
      (part) => issuer.kidParts.has(part),
      kidLayout(ctx.config.issuer.kid.length),
    );
  issuer.kidParts.add(kidPart);
  const customer: Customer = { customerNumber, ...input, kidCustomerPart: kidPart };
  issuer.customers.set(customerNumber, customer);
  decide(
    ctx,
    'billing',
    `customer ${customerNumber}`,
    existing
      ? 'updated; the next eFaktura scan checks the register with the new keys'
      : `registered (KID customer part ${kidPart}); no eFaktura agreement until a scan finds them`,
  );
  return { created: !existing };
}

export function putSubscription(
  ctx: ClientContext,
  id: string,
  input: SubscriptionInput,
): { created: boolean } {
  const { issuer } = ctx.state;
  if (!issuer.customers.has(input.customerNumber)) {
    throw new ProblemError(
      400,
      'EB-INVALID-BODY',
      `The request body is invalid: customerNumber: no customer ${input.customerNumber}; PUT /driver/v1/customers/${input.customerNumber} first.`,
      { errors: [{ path: 'customerNumber', message: 'unknown customer' }] },
    );
  }
  const existing = issuer.subscriptions.get(id);
  issuer.subscriptions.set(id, { id, ...input, billedPeriods: existing?.billedPeriods ?? new Set() });
  decide(
    ctx,
    'billing',
    `subscription ${id}`,
    `${existing ? 'updated' : 'started'}: customer ${input.customerNumber}, ${input.amount} øre monthly from ${input.startDate}`,
  );
  return { created: !existing };
}
