// The generated start of a run, part of every counterexample: the approval rule (1+1, 2+1 or
// 2+2, RGB on or off — iso20022-norway.md §6.1, §6.2), which demo issuer the reference client
// bills as (its KID is MOD10 or MOD11 — §5.1), and where each person stands when the run begins
// (already a customer, with JTTA, with a subscription). Commands then move the world from there;
// fast-check shrinks the set-up toward the plainest one that still fails.
import fc from 'fast-check';
import type { CustomerKeys } from './model.ts';
import { PERSON_COUNT } from './world.ts';
import { customerKeys, customerNumber } from './commands/index.ts';
import { customerNumberFor } from './model.ts';

export interface PersonSetup {
  /** The issuer's customer record for the person, if they are a customer from the start. */
  customer: CustomerKeys | null;
  /** Becomes the customer number (with the person's index appended). */
  number: number;
  jtta: boolean;
  /** A monthly subscription in whole kroner (needs a customer). */
  subscription: number | null;
}

export interface RunSetup {
  /** The rule the client is configured with: `erp`+`required` (1+1, 2+1, 2+2, §6.1). */
  erpApprovals: 1 | 2;
  requiredApprovals: 1 | 2;
  /**
   * What the bank agreement actually requires. Usually the same; sometimes the bank asks for
   * more than the ERP knows (§6.1: "the bank has 2 approvers registered while AutoPay has 1"),
   * which is how files the bank must reject with AG08 reach it.
   */
  bankRequiredApprovals: 1 | 2;
  rgb: boolean;
  /** Index among the demo world's confirmed issuers (reference client only). */
  issuer: number;
  cast: PersonSetup[];
  /** The issuer has run its periodic search once before the run starts. */
  scanned: boolean;
}

const personSetup: fc.Arbitrary<PersonSetup> = fc
  .record({
    customer: fc.option(customerKeys, { nil: null, freq: 4 }),
    number: customerNumber,
    jtta: fc.boolean(),
    subscription: fc.option(fc.integer({ min: 99, max: 999 }), { nil: null, freq: 3 }),
  })
  .map((p) => ({ ...p, subscription: p.customer === null ? null : p.subscription }));

export const runSetupArbitrary: fc.Arbitrary<RunSetup> = fc
  .record({
    rule: fc.constantFrom<[1 | 2, 1 | 2]>([1, 1], [2, 1], [2, 2]),
    bankStricter: fc.boolean(),
    rgb: fc.boolean(),
    issuer: fc.nat(1),
    cast: fc.array(personSetup, { minLength: PERSON_COUNT, maxLength: PERSON_COUNT }),
    scanned: fc.boolean(),
  })
  .map(({ rule, bankStricter, rgb, issuer, cast, scanned }) => ({
    erpApprovals: rule[0],
    requiredApprovals: rule[1],
    bankRequiredApprovals: bankStricter ? 2 : rule[1],
    rgb,
    issuer,
    cast,
    scanned,
  }));

export function describeSetup(setup: RunSetup): string {
  const cast = setup.cast
    .map((p, index) => {
      const parts = [
        p.customer ? `customer ${customerNumberFor(index, p.number)} (${p.customer})` : 'not a customer',
        p.jtta ? 'JTTA' : 'no JTTA',
        ...(p.subscription !== null ? [`${p.subscription} kr/month`] : []),
      ];
      return `p${index}: ${parts.join(', ')}`;
    })
    .join('; ');
  const bank =
    setup.bankRequiredApprovals !== setup.requiredApprovals
      ? ` (the bank requires ${setup.bankRequiredApprovals})`
      : '';
  return `rule ${setup.erpApprovals}+${setup.requiredApprovals}${bank}, RGB ${setup.rgb ? 'on' : 'off'}, issuer #${setup.issuer}; ${cast}${setup.scanned ? '; then a scan' : ''}`;
}
