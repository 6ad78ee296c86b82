// The runner pays an invoice itself, as a company with its own bank agreement would: a pain.001
// credit transfer to the issuer's account with the KID (ARCHITECTURE.md §5.5). Used for partial
// payments and unknown KIDs. The runner's agreement is marked so its traffic is not the SUT's.
import { buildPain001 } from '../../src/iso20022/pain001-builder.ts';
import { makeAccountNumber } from '../../src/world/account-number.ts';
import { makeOrgNumber } from '../../src/world/organisation-number.ts';
import { osloIso } from '../../src/norway/oslo-time.ts';
import type { CheckContext } from '../check-context.ts';

export interface Payer {
  customerId: string;
  apiKey: string;
  account: string;
  userId: string;
  name: string;
}

export async function openPayer(ctx: CheckContext): Promise<Payer> {
  const account = makeAccountNumber(ctx.rng);
  const orgNumber = makeOrgNumber(ctx.rng);
  const customerId = `9${ctx.rng.digits(8)}`;
  const name = 'Tredjepart Betaler AS';
  const userId = 'payer-1';
  await ctx.bench.putAccount(account, { owner: { name, orgNumber }, balance: 100_000_000, currency: 'NOK' });
  const { apiKey } = await ctx.bench.putAgreement(customerId, {
    name,
    orgNumber,
    accounts: [account],
    requiredApprovals: 1,
    rgb: true,
    users: [{ userId, name: 'Per Betaler', accounts: [account] }],
    rejectGranularity: 'transaction',
    executionDatePolicy: 'roll-forward',
  });
  ctx.runnerParties.add(`agreement:${customerId}`);
  return { customerId, apiKey, account, userId, name };
}

/** Pays `amount` øre with `kid` to the issuer's account, executed today; returns the file id. */
export async function payWithKid(
  ctx: CheckContext,
  payer: Payer,
  to: string,
  kid: string,
  amount: number,
): Promise<string | undefined> {
  const now = new Date((await ctx.bench.clock()).now);
  const id = `RUNNER-${ctx.rng.digits(10)}`;
  const xml = buildPain001({
    msgId: id,
    creDtTm: osloIso(now),
    initiatingPartyId: payer.customerId,
    initiatingPartyName: payer.name,
    payments: [
      {
        pmtInfId: `${id}-1`,
        executionDate: await ctx.today(),
        debtorName: payer.name,
        debtorAccount: payer.account,
        transactions: [
          { endToEndId: `${id}-E1`, amountOre: amount, creditorName: 'Utsteder', creditorAccount: to, kid },
        ],
      },
    ],
  });
  const answer = await ctx.bench.postPaymentFile(payer.apiKey, xml, [payer.userId]);
  return answer.body.fileId;
}
