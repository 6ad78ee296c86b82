// Re-wiring the SUT for a check: the demo world publishes several confirmed issuers (MOD10 and
// MOD11 KID set-ups) and a bank agreement whose approval rule a check may change. The runner asks
// the driver to re-wire with `POST /driver/v1/reset` carrying optional hints — an addition to
// ARCHITECTURE.md §5.6 documented in docs/conformance.md:
//   { "issuerOrgNumber": "...", "bank": { "customerId": "...", "requiredApprovals": 2 },
//     "config": { ...the reference client's configuration, built from GET /sim/v1/world... } }
// A driver that cannot re-wire answers 4xx; the check then checks what the SUT really used and is
// skipped as not applicable when it is not what the check needs.
import type { KidAlgorithm } from '../../src/norway/kid.ts';
import { NotApplicable } from '../check-context.ts';
import type { CheckContext } from '../check-context.ts';
import { describeAnswer } from '../http/json-client.ts';
import type { WorldAgreement, WorldIssuer } from '../world/world-info.ts';

export interface ResetHints {
  issuer: WorldIssuer;
  agreement: WorldAgreement;
  requiredApprovals?: 1 | 2;
}

/** The reference client's configuration for an issuer and agreement of the demo world. */
export function referenceConfig(hints: ResetHints): Record<string, unknown> | undefined {
  const { issuer, agreement } = hints;
  if (!issuer.apiKey || !agreement.apiKey) return undefined;
  return {
    issuer: {
      orgNumber: issuer.orgNumber,
      apiKey: issuer.apiKey,
      kid: { algorithm: issuer.kid.algorithm, length: Math.max(...issuer.kid.lengths) },
      accountNumber: issuer.accountNumber,
      name: issuer.name.slice(0, 40),
    },
    bank: {
      customerId: agreement.customerId,
      apiKey: agreement.apiKey,
      debtorAccount: agreement.debtorAccount,
      requiredApprovals: hints.requiredApprovals ?? agreement.requiredApprovals,
      approvers: agreement.approvers,
    },
  };
}

export async function resetDriverWith(ctx: CheckContext, hints: ResetHints, why: string): Promise<void> {
  const config = referenceConfig(hints);
  const answer = await ctx.driver.send('POST', '/reset', {
    issuerOrgNumber: hints.issuer.orgNumber,
    bank: {
      customerId: hints.agreement.customerId,
      requiredApprovals: hints.requiredApprovals ?? hints.agreement.requiredApprovals,
    },
    ...(config ? { config } : {}),
  });
  if (!answer.ok) {
    throw new NotApplicable(
      `the driver could not re-wire for ${why} (POST /reset with hints answered ${describeAnswer(answer)})`,
    );
  }
  ctx.note(`The driver was re-wired for ${why}.`);
}

/** Makes the SUT bill as a confirmed demo issuer with the given KID algorithm. */
export async function issuerWithAlgorithm(ctx: CheckContext, algorithm: KidAlgorithm): Promise<WorldIssuer> {
  const current = ctx.world.issuer;
  if (current?.kid.algorithm === algorithm) return current;
  const wanted = ctx.world.issuers.find((issuer) => issuer.kid.algorithm === algorithm);
  if (!wanted) throw new NotApplicable(`the demo world has no confirmed issuer with ${algorithm} KIDs`);
  await resetDriverWith(
    ctx,
    { issuer: wanted, agreement: ctx.agreement },
    `issuer ${wanted.orgNumber} (${wanted.name}, ${algorithm})`,
  );
  return wanted;
}
