// The command arbitraries of the model: what a run may do, step by step. Persons are p0…p3,
// creditors k0 (KID MOD10), k1 (KID MOD11), k2 (no KID agreement); approvers ola and kari hold
// authority on the debtor account, nils does not.
import fc from 'fast-check';
import type { CustomerKeys, ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { AGREEMENT_USERS, CREDITOR_KID_SETUPS, PERSON_COUNT } from '../world.ts';
import { AddCustomerCommand } from './add-customer.ts';
import { AddPayableCommand } from './add-payable.ts';
import { AddSubscriptionCommand } from './add-subscription.ts';
import { AdvanceClockCommand, CLOCK_STEPS } from './advance-clock.ts';
import type { ClockStep } from './advance-clock.ts';
import { ApproveEfakturaCommand } from './approve-efaktura.ts';
import { ApprovePaymentFileCommand } from './approve-payment-file.ts';
import { ChangeApprovalRuleCommand } from './change-approval-rule.ts';
import { DeleteEfakturaCommand } from './delete-efaktura.ts';
import { GiveJttaCommand } from './give-jtta.ts';
import { LiftReservationCommand } from './lift-reservation.ts';
import { ReconcileCommand } from './reconcile.ts';
import { ReserveIssuerCommand } from './reserve-issuer.ts';
import { RunBillingCommand } from './run-billing.ts';
import { RunPaymentRunCommand } from './run-payment-run.ts';
import { RunScanCommand } from './run-scan.ts';
import { WithdrawJttaCommand } from './withdraw-jtta.ts';

export type ScenarioArbitrary = fc.Arbitrary<fc.AsyncCommand<ScenarioModel, ScenarioSystem>>;

/** Short steps (MPS processing, the next banking day) more often than long ones. */
const clockStep = fc.oneof(
  { arbitrary: fc.constantFrom<ClockStep>('10m', '1h'), weight: 3 },
  { arbitrary: fc.constantFrom<ClockStep>('1d', '3d'), weight: 3 },
  { arbitrary: fc.constantFrom<ClockStep>(...CLOCK_STEPS), weight: 2 },
);

export const customerKeys = fc.constantFrom<CustomerKeys>(
  'national-id',
  'email-and-mobile',
  'email-only',
  'name-and-address',
);

/** Customer numbers of 3–6 digits: the KID carries them (reference-client/issuer/kid.ts). */
export const customerNumber = fc.integer({ min: 100, max: 99_999 });

const person = fc.integer({ min: 0, max: PERSON_COUNT - 1 });
const userIds = AGREEMENT_USERS.map((user) => user.userId);

/** Approver lists as an ERP user would pick them: nobody, one, or two (possibly unauthorised). */
const approvers = fc.oneof(
  fc.constant<string[]>([]),
  fc.constantFrom(...userIds).map((id) => [id]),
  fc.uniqueArray(fc.constantFrom(...userIds), { minLength: 2, maxLength: 2 }),
);

/** The eFaktura side: consent, customers, scans, billing, the consumer's online bank, time. */
export function efakturaCommands(): ScenarioArbitrary[] {
  return [
    person.map((p) => new GiveJttaCommand(p)),
    person.map((p) => new WithdrawJttaCommand(p)),
    person.map((p) => new ReserveIssuerCommand(p)),
    person.map((p) => new LiftReservationCommand(p)),
    fc
      .tuple(person, customerKeys, customerNumber)
      .map(([p, keys, number]) => new AddCustomerCommand(p, keys, number)),
    fc
      .tuple(person, fc.integer({ min: 99, max: 999 }))
      .map(([p, kroner]) => new AddSubscriptionCommand(p, kroner)),
    fc.constant(null).map(() => new RunScanCommand()),
    fc.constant(null).map(() => new RunBillingCommand()),
    fc.nat(9).map((pick) => new ApproveEfakturaCommand(pick)),
    fc.nat(9).map((pick) => new DeleteEfakturaCommand(pick)),
    clockStep.map((step) => new AdvanceClockCommand(step)),
    fc.constant(null).map(() => new ReconcileCommand()),
  ];
}

/** The remittance side: payables, payment runs with approvers, the bank's approval rule. */
export function remittanceCommands(): ScenarioArbitrary[] {
  return [
    fc
      .record({
        creditor: fc.integer({ min: 0, max: CREDITOR_KID_SETUPS.length - 1 }),
        type: fc.constantFrom('invoice', 'invoice', 'credit-note') as fc.Arbitrary<'invoice' | 'credit-note'>,
        kid: fc.constantFrom('valid', 'valid', 'wrong-check-digit', 'wrong-length') as fc.Arbitrary<
          'valid' | 'wrong-check-digit' | 'wrong-length'
        >,
        kroner: fc.integer({ min: 50, max: 5_000 }),
        dueInDays: fc.integer({ min: 0, max: 20 }),
        kidSeed: fc.nat(),
      })
      .map((p) => new AddPayableCommand(p.creditor, p.type, p.kid, p.kroner, p.dueInDays, p.kidSeed)),
    approvers.map((list) => new RunPaymentRunCommand(list)),
    fc
      .tuple(fc.constantFrom<1 | 2>(1, 2), fc.boolean())
      .map(([required, rgb]) => new ChangeApprovalRuleCommand(required, rgb)),
    fc
      .tuple(fc.nat(9), fc.constantFrom(...userIds))
      .map(([pick, user]) => new ApprovePaymentFileCommand(pick, user)),
    fc.constantFrom(...CLOCK_STEPS).map((step) => new AdvanceClockCommand(step)),
  ];
}

/**
 * Every command, weighted by repetition (fc.commands picks uniformly among the arbitraries): the
 * steps that move a story forward — scans, billing runs, time, payables and payment runs — come
 * up more often than the consent changes that set it up.
 */
export function allCommands(): ScenarioArbitrary[] {
  const [
    give,
    withdraw,
    reserve,
    lift,
    addCustomer,
    addSubscription,
    scan,
    billing,
    approve,
    remove,
    clock,
    reconcile,
  ] = efakturaCommands();
  const [payable, payments, rule, netbank, remittanceClock] = remittanceCommands();
  const weighted: Array<[ScenarioArbitrary | undefined, number]> = [
    [give, 1],
    [withdraw, 1],
    [reserve, 1],
    [lift, 1],
    [addCustomer, 1],
    [addSubscription, 1],
    [scan, 3],
    [billing, 3],
    [approve, 3],
    [remove, 1],
    [clock, 4],
    [reconcile, 1],
    [payable, 3],
    [payments, 2],
    [rule, 1],
    [netbank, 1],
    [remittanceClock, 0],
  ];
  return weighted.flatMap(([arbitrary, weight]) =>
    arbitrary ? Array.from({ length: weight }, () => arbitrary) : [],
  );
}
