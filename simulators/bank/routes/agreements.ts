// Customer agreements (ARCHITECTURE.md §5.4; iso20022-norway.md §2.4, §6): each gets its own key,
// which sees only the agreement's files, reports, notifications and accounts.
import { z } from 'zod';
import { validateOrganisationNumber } from '../../../src/norway/organisation-number.ts';
import { validateCustomerAgreement } from '../../../src/bank/customer-agreement.ts';
import { json, notFound, readJson, requireParty } from '../../kernel/http.ts';
import { bankState } from '../bank-store.ts';
import { agreementView } from '../views.ts';
import { throwIssues } from './set-up-problem.ts';
import type { CustomerAgreement } from '../../../src/bank/customer-agreement.ts';
import type { SetUpIssue } from '../../../src/bank/set-up-issue.ts';
import type { Route } from '../../kernel/types.ts';

const bban = z.string().regex(/^[0-9]{11}$/, 'must be an 11-digit account number');

const agreementSchema = z
  .object({
    name: z.string().min(1).max(140),
    orgNumber: z.string().min(1).max(20),
    accounts: z.array(bban).max(100),
    requiredApprovals: z.union([z.literal(1), z.literal(2)]),
    rgb: z.boolean(),
    users: z
      .array(
        z
          .object({
            userId: z.string().min(1).max(35),
            name: z.string().min(1).max(140),
            accounts: z.array(bban).max(100),
          })
          .strict(),
      )
      .max(1000),
    rejectGranularity: z.enum(['transaction', 'creditor', 'file']).default('transaction'),
    executionDatePolicy: z.enum(['roll-forward', 'reject']).default('roll-forward'),
    messageVersion: z.enum(['02', '08']).default('02'),
  })
  .strict();

export const agreementRoutes: Route[] = [
  {
    method: 'PUT',
    path: '/agreements/:customerId',
    handler: async (request, ctx) => {
      const customerId = ctx.params.customerId ?? '';
      const body = await readJson(request, agreementSchema);
      const agreement: CustomerAgreement = { customerId, ...body, accounts: [...new Set(body.accounts)] };
      const state = bankState(ctx.tenant);
      const issues: SetUpIssue[] = validateCustomerAgreement(agreement, (account) =>
        state.ledger.getAccount(account),
      );
      const orgNumber = validateOrganisationNumber(body.orgNumber);
      if (!orgNumber.valid) {
        issues.push({
          code: 'EB-BANK-AGREEMENT-INVALID',
          path: 'orgNumber',
          value: body.orgNumber,
          message: orgNumber.message,
        });
      }
      throwIssues(issues, 'The agreement is not valid');
      const created = !state.agreements.has(customerId);
      state.agreements.set(customerId, agreement);
      const apiKey = ctx.tenant.issueKey({ kind: 'agreement', id: customerId });
      return json({ customerId, apiKey, agreement: agreementView(agreement) }, created ? 201 : 200);
    },
  },
  {
    method: 'GET',
    path: '/agreements/:customerId',
    allow: ['tenant', 'agreement'],
    handler: async (_request, ctx) => {
      const customerId = ctx.params.customerId ?? '';
      requireParty(ctx, 'agreement', customerId);
      const agreement = bankState(ctx.tenant).agreements.get(customerId);
      if (!agreement) notFound('agreement', customerId);
      return json(agreementView(agreement));
    },
  },
];
