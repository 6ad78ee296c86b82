// Choosing which demo issuer the SUT bills as. The demo world publishes several confirmed issuers
// (MOD10 and MOD11 KID set-ups). A SUT is configured with one; to verify the other algorithm the
// runner asks the driver to switch with `POST /driver/v1/reset { "issuerOrgNumber": ... }` — an
// optional extension of ARCHITECTURE.md §5.6 (docs/conformance.md). A driver that cannot switch
// answers 4xx and the check is skipped as not applicable.
import type { KidAlgorithm } from '../../src/norway/kid.ts';
import { NotApplicable } from '../check-context.ts';
import type { CheckContext } from '../check-context.ts';
import type { WorldIssuer } from '../world/world-info.ts';
import { describeAnswer } from '../http/json-client.ts';

export async function issuerWithAlgorithm(ctx: CheckContext, algorithm: KidAlgorithm): Promise<WorldIssuer> {
  const current = ctx.world.issuer;
  if (current?.kid.algorithm === algorithm) return current;
  const wanted = ctx.world.issuers.find((issuer) => issuer.kid.algorithm === algorithm);
  if (!wanted) throw new NotApplicable(`the demo world has no confirmed issuer with ${algorithm} KIDs`);
  const answer = await ctx.driver.send('POST', '/reset', { issuerOrgNumber: wanted.orgNumber });
  if (!answer.ok) {
    throw new NotApplicable(
      `the SUT bills as ${current?.orgNumber ?? '?'} (${current?.kid.algorithm ?? '?'}) and its driver did not switch to ${algorithm} issuer ${wanted.orgNumber} (POST /reset {"issuerOrgNumber"} answered ${describeAnswer(answer)})`,
    );
  }
  ctx.note(`The driver was switched to issuer ${wanted.orgNumber} (${wanted.name}, ${algorithm}).`);
  return wanted;
}
