// Set-up of accounts and their KID agreements (ARCHITECTURE.md §5.4; iso20022-norway.md §5.1, §5.2).
// PUT needs the tenant key; an agreement key may read its own accounts.
import { z } from 'zod';
import { validateAccountNumber } from '../../../src/norway/account-number.ts';
import { validateKidDefinitions } from '../../../src/bank/kid-agreement.ts';
import { ACCOUNT_STATUSES } from '../../../src/bank/bank-account.ts';
import { json, notFound, readJson } from '../../kernel/http.ts';
import { ProblemError } from '../../kernel/problem.ts';
import { bankState } from '../bank-store.ts';
import { requireAccountInScope, scopedAgreement } from '../acting-agreement.ts';
import { accountView } from '../views.ts';
import { throwIssues } from './set-up-problem.ts';
import type { BankAccount, AccountStatus } from '../../../src/bank/bank-account.ts';
import type { HandlerContext, Route } from '../../kernel/types.ts';

const oreAmount = z.number().int().min(-1e15).max(1e15);

const accountSchema = z
  .object({
    owner: z
      .object({
        name: z.string().min(1).max(140),
        orgNumber: z.string().max(20).optional(),
        nationalId: z.string().max(20).optional(),
      })
      .strict(),
    balance: oreAmount,
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO currency code'),
    status: z.enum(ACCOUNT_STATUSES as [AccountStatus, ...AccountStatus[]]).optional(),
    amountLimit: z.number().int().min(1).max(1e15).nullable().optional(),
  })
  .strict();

const kidAgreementSchema = z
  .object({
    definitions: z
      .array(z.object({ algorithm: z.enum(['MOD10', 'MOD11']), length: z.number().int() }).strict())
      .max(100),
  })
  .strict();

/** The account number in the path, normalised to 11 digits (400 when it is no account number). */
export function pathAccount(ctx: HandlerContext, name = 'bban'): string {
  const raw = ctx.params[name] ?? '';
  const result = validateAccountNumber(raw);
  if (!result.valid) {
    throw new ProblemError(
      400,
      'EB-BANK-ACCOUNT-INVALID',
      `${raw} is not a valid Norwegian account number: ${result.message}`,
      {
        errors: [{ path: name, message: result.message }],
      },
    );
  }
  return result.value;
}

export const accountRoutes: Route[] = [
  {
    method: 'PUT',
    path: '/accounts/:bban',
    handler: async (request, ctx) => {
      const bban = pathAccount(ctx);
      const body = await readJson(request, accountSchema);
      const { ledger } = bankState(ctx.tenant);
      const previous = ledger.getAccount(bban);
      const account: BankAccount = {
        bban,
        owner: body.owner,
        balanceOre: body.balance,
        currency: body.currency,
        status: body.status ?? previous?.status ?? 'open',
        amountLimitOre:
          body.amountLimit === undefined ? previous?.amountLimitOre : (body.amountLimit ?? undefined),
        kidDefinitions: previous?.kidDefinitions ?? [],
      };
      return json(accountView(ledger.putAccount(account, ctx.tenant.clock.today())), previous ? 200 : 201);
    },
  },
  {
    method: 'GET',
    path: '/accounts/:bban',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const bban = pathAccount(ctx);
      requireAccountInScope(scopedAgreement(request, ctx), bban);
      const account = bankState(ctx.tenant).ledger.getAccount(bban);
      if (!account) notFound('account', bban);
      return json(accountView(account));
    },
  },
  {
    method: 'PUT',
    path: '/accounts/:bban/kid-agreement',
    handler: async (request, ctx) => {
      const bban = pathAccount(ctx);
      const body = await readJson(request, kidAgreementSchema);
      const { ledger } = bankState(ctx.tenant);
      if (!ledger.holds(bban)) notFound('account', bban);
      throwIssues(validateKidDefinitions(body.definitions), 'The KID agreement is not valid');
      ledger.setKidDefinitions(bban, body.definitions);
      return json({ bban, definitions: body.definitions });
    },
  },
];
