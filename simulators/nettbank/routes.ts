// The consumer's online bank (ARCHITECTURE.md §5.4, under /bank/v1/nettbank; tenant key, acting as
// the person): the eFaktura list, approve (a credit transfer on the due date with the KID, booked
// by the bank, §5.5), delete; and the JTTA consent and reservations, with the same effect as the
// JTTA routes.
import {
  checkPayerAccount,
  deleteFromInbox,
  inboxItem,
  inboxOf,
  planApproval,
  recordApproval,
  settle,
} from '../../src/efaktura/index.ts';
import { validateAccountNumber } from '../../src/norway/account-number.ts';
import { osloIso } from '../../src/norway/oslo-time.ts';
import { cancelTransfer, getAccount, scheduleTransfer } from '../bank/ledger-port.ts';
import { json, notFound, readJson } from '../kernel/http.ts';
import type { HandlerContext, Route } from '../kernel/types.ts';
import { nationalIdParam, setConsent, setReservation } from '../jtta/consumer-actions.ts';
import { efakturaState, unwrap } from '../jtta/efaktura-store.ts';
import { inboxItemView } from './efaktura-view.ts';
import { approveSchema } from './schemas.ts';

const STATUSES = new Set(['DELIVERED', 'APPROVED', 'PAID', 'DELETED', 'CANCELLED', 'EXPIRED']);

function ownItem(ctx: HandlerContext) {
  const nationalId = nationalIdParam(ctx.tenant, ctx.params.nationalId);
  const tx = inboxItem(efakturaState(ctx.tenant), nationalId, ctx.params.transactionId ?? '');
  return { nationalId, tx: tx ?? notFound(`eFaktura of ${nationalId}`, ctx.params.transactionId ?? '') };
}

/** EndToEndId is Max35Text: "EF" + the UUID without hyphens (34 characters). */
function endToEndId(transactionId: string): string {
  return `EF${transactionId.replace(/-/g, '')}`.slice(0, 35);
}

export const nettbankRoutes: Route[] = [
  {
    method: 'GET',
    path: '/nettbank/:nationalId/efaktura',
    handler: async (_request, { tenant, params, url }) => {
      const nationalId = nationalIdParam(tenant, params.nationalId);
      const state = efakturaState(tenant);
      const wanted = url.searchParams.get('status');
      const items = inboxOf(state, nationalId).filter(
        (tx) => wanted === null || !STATUSES.has(wanted) || tx.status === wanted,
      );
      return json({ nationalId, efaktura: items.map((tx) => inboxItemView(state, tx)) });
    },
  },
  {
    method: 'GET',
    path: '/nettbank/:nationalId/efaktura/:transactionId',
    handler: async (_request, ctx) => json(inboxItemView(efakturaState(ctx.tenant), ownItem(ctx).tx)),
  },
  {
    method: 'POST',
    path: '/nettbank/:nationalId/efaktura/:transactionId/approve',
    handler: async (request, ctx) => {
      const { tenant } = ctx;
      const { nationalId, tx } = ownItem(ctx);
      const body = await readJson(request, approveSchema);
      const now = tenant.clock.now();
      const plan = unwrap(planApproval(tx, body.amount, now));
      const normalised = validateAccountNumber(body.fromAccount);
      const account = normalised.valid ? getAccount(tenant, normalised.value) : undefined;
      const payer = unwrap(checkPayerAccount(account, body.fromAccount, nationalId));
      const person = efakturaState(tenant).register.get(nationalId);
      const { transferId } = scheduleTransfer(tenant, {
        fromAccount: payer.bban,
        toAccount: tx.accountNumber,
        amountOre: plan.amount,
        ...(tx.kid !== undefined ? { kid: tx.kid } : {}),
        executionDate: plan.executionDate,
        debtorName: person ? `${person.firstName} ${person.lastName}` : nationalId,
        endToEndId: endToEndId(tx.transactionId),
        onSettled: (outcome) => settle(tx, outcome, tenant.clock.now()),
      });
      recordApproval(tx, {
        fromAccount: payer.bban,
        amount: plan.amount,
        approvedAt: osloIso(now),
        executionDate: plan.executionDate,
        transferId,
      });
      return json(inboxItemView(efakturaState(tenant), tx));
    },
  },
  {
    method: 'POST',
    path: '/nettbank/:nationalId/efaktura/:transactionId/delete',
    handler: async (_request, ctx) => {
      const { tx } = ownItem(ctx);
      const { transferToCancel } = unwrap(deleteFromInbox(tx, ctx.tenant.clock.now()));
      if (transferToCancel) cancelTransfer(ctx.tenant, transferToCancel);
      return json(inboxItemView(efakturaState(ctx.tenant), tx));
    },
  },
  {
    method: 'PUT',
    path: '/nettbank/:nationalId/consent',
    handler: async (_request, { tenant, params }) => setConsent(tenant, params.nationalId, true),
  },
  {
    method: 'DELETE',
    path: '/nettbank/:nationalId/consent',
    handler: async (_request, { tenant, params }) => setConsent(tenant, params.nationalId, false),
  },
  {
    method: 'PUT',
    path: '/nettbank/:nationalId/reservations/:orgNumber',
    handler: async (_request, { tenant, params }) =>
      setReservation(tenant, params.nationalId, params.orgNumber, true),
  },
  {
    method: 'DELETE',
    path: '/nettbank/:nationalId/reservations/:orgNumber',
    handler: async (_request, { tenant, params }) =>
      setReservation(tenant, params.nationalId, params.orgNumber, false),
  },
];
