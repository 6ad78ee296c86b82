// The command arbitraries of the model: what a run may do, step by step, and how often. Persons
// are p0…p3 (p3 lives with p2), creditors k0 (KID MOD10), k1 (KID MOD11), k2 (no KID
// agreement); approvers ola and kari hold authority on the debtor account, nils does not.
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

export const customerKeys = fc.constantFrom<CustomerKeys>(
  'national-id',
  'email-and-mobile',
  'email-only',
  'name-and-address',
);

/** Customer numbers of 3–5 digits: the KID carries them (reference-client/issuer/kid.ts). */
export const customerNumber = fc.integer({ min: 100, max: 99_999 });

const person = fc.integer({ min: 0, max: PERSON_COUNT - 1 });
const userIds = AGREEMENT_USERS.map((user) => user.userId);

/** Short steps (MPS processing, the next banking day) more often than long ones. */
const clockStep = fc.oneof(
  { arbitrary: fc.constantFrom<ClockStep>('10m', '1h'), weight: 3 },
  { arbitrary: fc.constantFrom<ClockStep>('1d', '3d'), weight: 3 },
  { arbitrary: fc.constantFrom<ClockStep>(...CLOCK_STEPS), weight: 2 },
);

/** Approver lists as an ERP user would pick them: nobody, one, or two (possibly unauthorised). */
const approvers = fc.oneof(
  fc.constant<string[]>([]),
  fc.constantFrom(...userIds).map((id) => [id]),
  fc.uniqueArray(fc.constantFrom(...userIds), { minLength: 2, maxLength: 2 }),
);

const payable = fc
  .record({
    creditor: fc.integer({ min: 0, max: CREDITOR_KID_SETUPS.length - 1 }),
    type: fc.constantFrom<'invoice' | 'credit-note'>('invoice', 'invoice', 'credit-note'),
    kid: fc.constantFrom<'valid' | 'wrong-check-digit' | 'wrong-length'>(
      'valid',
      'valid',
      'wrong-check-digit',
      'wrong-length',
    ),
    kroner: fc.integer({ min: 50, max: 5_000 }),
    dueInDays: fc.integer({ min: 0, max: 20 }),
    kidSeed: fc.nat(),
  })
  .map((p) => new AddPayableCommand(p.creditor, p.type, p.kid, p.kroner, p.dueInDays, p.kidSeed));

export interface CommandEntry {
  /** The name a story shows (and `--exclude` takes). */
  name: string;
  arbitrary: ScenarioArbitrary;
  /**
   * How often it comes up (fc.commands picks uniformly among its arbitraries, so an entry is
   * listed this many times): the steps that move a story forward — scans, billing runs, time,
   * payables and payment runs — more often than the consent changes that set it up.
   */
  weight: number;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'giveJtta', weight: 1, arbitrary: person.map((p) => new GiveJttaCommand(p)) },
  { name: 'withdrawJtta', weight: 2, arbitrary: person.map((p) => new WithdrawJttaCommand(p)) },
  { name: 'reserve', weight: 2, arbitrary: person.map((p) => new ReserveIssuerCommand(p)) },
  { name: 'liftReservation', weight: 1, arbitrary: person.map((p) => new LiftReservationCommand(p)) },
  {
    name: 'addCustomer',
    weight: 1,
    arbitrary: fc
      .tuple(person, customerKeys, customerNumber)
      .map(([p, keys, number]) => new AddCustomerCommand(p, keys, number)),
  },
  {
    name: 'addSubscription',
    weight: 1,
    arbitrary: fc
      .tuple(person, fc.integer({ min: 99, max: 999 }))
      .map(([p, kroner]) => new AddSubscriptionCommand(p, kroner)),
  },
  { name: 'runScan', weight: 3, arbitrary: fc.constant(null).map(() => new RunScanCommand()) },
  { name: 'runBilling', weight: 3, arbitrary: fc.constant(null).map(() => new RunBillingCommand()) },
  {
    name: 'approveEfaktura',
    weight: 3,
    arbitrary: fc.nat(9).map((pick) => new ApproveEfakturaCommand(pick)),
  },
  { name: 'deleteEfaktura', weight: 1, arbitrary: fc.nat(9).map((pick) => new DeleteEfakturaCommand(pick)) },
  { name: 'advanceClock', weight: 4, arbitrary: clockStep.map((step) => new AdvanceClockCommand(step)) },
  { name: 'reconcile', weight: 1, arbitrary: fc.constant(null).map(() => new ReconcileCommand()) },
  { name: 'addPayable', weight: 3, arbitrary: payable },
  { name: 'runPayments', weight: 2, arbitrary: approvers.map((list) => new RunPaymentRunCommand(list)) },
  {
    name: 'changeApprovalRule',
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom<1 | 2>(1, 2), fc.boolean())
      .map(([required, rgb]) => new ChangeApprovalRuleCommand(required, rgb)),
  },
  {
    name: 'approvePaymentFile',
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(9), fc.constantFrom(...userIds))
      .map(([pick, user]) => new ApprovePaymentFileCommand(pick, user)),
  },
];

/** The weighted command arbitraries for fc.commands, without the excluded command names. */
export function allCommands(exclude: readonly string[] = []): ScenarioArbitrary[] {
  const unknown = exclude.filter((name) => !COMMANDS.some((c) => c.name === name));
  if (unknown.length > 0) {
    throw new RangeError(
      `unknown command(s) ${unknown.join(', ')}; known: ${COMMANDS.map((c) => c.name).join(', ')}`,
    );
  }
  return COMMANDS.filter((c) => !exclude.includes(c.name)).flatMap((c) =>
    Array.from({ length: c.weight }, () => c.arbitrary),
  );
}
