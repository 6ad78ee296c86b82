// Shipments and transactions (ATG/Kombo addShipment, getShipmentStatus, getShipments,
// getTransactionStatus, cancelShipment, cancelTransaction; efaktura-b2c.md §4.2). Intake is
// synchronous (refusals with MPS codes, nothing stored); validation and delivery happen when the
// clock passes mps.processingDelayMinutes.
import {
  acceptShipment,
  cancelShipment,
  cancelTransaction,
  checkShipment,
} from '../../src/efaktura/index.ts';
import type { CancellationResult, ShipmentInput } from '../../src/efaktura/index.ts';
import { cancelTransfer } from '../bank/ledger-port.ts';
import { json, notFound, readJson } from '../kernel/http.ts';
import type { HandlerContext, Route, Tenant } from '../kernel/types.ts';
import { efakturaState, mpsSettings, refuse, unwrap } from '../jtta/efaktura-store.ts';
import { ISSUER_OR_TENANT, requireOwner } from './issuer-access.ts';
import { scheduleProcessing } from './processing.ts';
import { instantParam } from './query.ts';
import { shipmentSchema } from './schemas.ts';
import { shipmentView, transactionView } from './views.ts';

function dropTransfers(tenant: Tenant, result: CancellationResult): void {
  for (const transferId of result.transfersToCancel) cancelTransfer(tenant, transferId);
}

function ownedShipment(ctx: HandlerContext) {
  const id = ctx.params.shipmentId ?? '';
  const shipment = efakturaState(ctx.tenant).shipments.get(id);
  if (shipment) requireOwner(ctx, shipment.issuerOrgNumber);
  return shipment;
}

function ownedTransaction(ctx: HandlerContext) {
  const id = ctx.params.transactionId ?? '';
  const tx = efakturaState(ctx.tenant).transactions.get(id);
  if (tx) requireOwner(ctx, tx.issuerOrgNumber);
  return tx;
}

export const shipmentRoutes: Route[] = [
  {
    method: 'POST',
    path: '/shipments',
    allow: [...ISSUER_OR_TENANT],
    maxBodyBytes: 4 * 1024 * 1024,
    handler: async (request, ctx) => {
      const body = await readJson(request, shipmentSchema);
      const org = body.issuerOrgNumber.replace(/\s/g, '');
      requireOwner(ctx, org);
      const input: ShipmentInput = { ...body, issuerOrgNumber: org };
      const state = efakturaState(ctx.tenant);
      const issues = checkShipment(state, input, mpsSettings(ctx.tenant));
      if (issues.length > 0) refuse(issues);
      const shipment = acceptShipment(state, input, ctx.tenant.clock.now());
      scheduleProcessing(ctx.tenant, shipment);
      return json(
        { shipmentId: shipment.shipmentId, status: shipment.status, receivedAt: shipment.receivedAt },
        202,
      );
    },
  },
  {
    method: 'GET',
    path: '/shipments',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) => {
      const from = instantParam(ctx.url, 'from');
      const to = instantParam(ctx.url, 'to');
      const only = ctx.party.kind === 'issuer' ? ctx.party.id : ctx.url.searchParams.get('issuerOrgNumber');
      const state = efakturaState(ctx.tenant);
      const shipments = [...state.shipments.values()]
        .filter(
          (s) =>
            (only === null || only === '' || s.issuerOrgNumber === only) &&
            (from === undefined || s.receivedAtMs >= from) &&
            (to === undefined || s.receivedAtMs < to),
        )
        .map((s) => shipmentView(state, s, false));
      return json({ shipments });
    },
  },
  {
    method: 'GET',
    path: '/shipments/:shipmentId',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) => {
      const shipment = ownedShipment(ctx) ?? notFound('shipment', ctx.params.shipmentId ?? '');
      return json(shipmentView(efakturaState(ctx.tenant), shipment));
    },
  },
  {
    method: 'POST',
    path: '/shipments/:shipmentId/cancel',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) => {
      ownedShipment(ctx);
      const state = efakturaState(ctx.tenant);
      const result = unwrap(cancelShipment(state, ctx.params.shipmentId ?? '', ctx.tenant.clock.now()));
      if (result.processingJobId) ctx.tenant.clock.cancel(result.processingJobId);
      dropTransfers(ctx.tenant, result);
      return json(shipmentView(state, result.shipment));
    },
  },
  {
    method: 'GET',
    path: '/transactions/:transactionId',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) => {
      const tx = ownedTransaction(ctx) ?? notFound('transaction', ctx.params.transactionId ?? '');
      return json(transactionView(tx));
    },
  },
  {
    method: 'POST',
    path: '/transactions/:transactionId/cancel',
    allow: [...ISSUER_OR_TENANT],
    handler: async (_request, ctx) => {
      ownedTransaction(ctx);
      const result = unwrap(
        cancelTransaction(efakturaState(ctx.tenant), ctx.params.transactionId ?? '', ctx.tenant.clock.now()),
      );
      dropTransfers(ctx.tenant, result);
      return json(transactionView(result.transaction));
    },
  },
];
