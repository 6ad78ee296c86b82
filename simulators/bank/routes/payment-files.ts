// pain.001 intake and its follow-up (ARCHITECTURE.md §5.4): upload (agreement key, or the tenant
// key with X-Agreement-Id), the JSON status view, netbank approval, and the dry run `POST /validate`.
import { z } from 'zod';
import { receivePaymentFileConcurrently } from '../../../src/bank/payment-intake.ts';
import {
  MAX_PAYMENT_FILE_BYTES,
  processPaymentFileConcurrently,
} from '../../../src/bank/process-payment-file.ts';
import { approvePaymentFile } from '../../../src/bank/netbank-approval.ts';
import { parseApprovers } from '../../../src/bank/rgb-approvals.ts';
import { writePain002 } from '../../../src/iso20022/pain002.ts';
import { json, notFound, readJson, xml } from '../../kernel/http.ts';
import { ProblemError, problem } from '../../kernel/problem.ts';
import { bankCalendar, bankSettings, bankState } from '../bank-store.ts';
import { requireAgreement, scopedAgreement } from '../acting-agreement.ts';
import { bankSchemas } from '../schemas.ts';
import { readXmlBody } from '../xml-body.ts';
import { paymentFileView, statusReportSummary } from '../views.ts';
import type { StoredStatusReport } from '../../../src/bank/bank-state.ts';
import type { UnusableInput } from '../../../src/bank/payment-file-parse.ts';
import type { HandlerContext, Route } from '../../kernel/types.ts';

export const APPROVED_BY_HEADER = 'x-approved-by';

function unusable(result: UnusableInput): Response {
  return problem(
    result.status,
    result.code,
    result.message,
    result.line === undefined ? {} : { line: result.line },
  );
}

function processingContext(request: Request, ctx: HandlerContext) {
  const { tenant } = ctx;
  return {
    now: tenant.clock.now(),
    calendar: bankCalendar(tenant),
    settings: bankSettings(tenant),
    approvers: parseApprovers(request.headers.get(APPROVED_BY_HEADER)),
    schemas: bankSchemas(),
    maxBytes: MAX_PAYMENT_FILE_BYTES,
  };
}

function reportsOf(ctx: HandlerContext, ids: readonly string[]): StoredStatusReport[] {
  const { statusReports } = bankState(ctx.tenant);
  return ids.flatMap((id) => statusReports.get(id) ?? []);
}

function ownFile(request: Request, ctx: HandlerContext) {
  const fileId = ctx.params.fileId ?? '';
  const file = bankState(ctx.tenant).files.get(fileId);
  const scope = scopedAgreement(request, ctx);
  // Another agreement's file does not exist for this key (404, not 403: ids are not revealed).
  if (!file || (scope && file.customerId !== scope.customerId)) notFound('payment file', fileId);
  return file;
}

const approvalSchema = z.object({ userId: z.string().min(1).max(35) }).strict();

export const paymentFileRoutes: Route[] = [
  {
    method: 'POST',
    path: '/payment-files',
    allow: ['tenant', 'agreement'],
    maxBodyBytes: MAX_PAYMENT_FILE_BYTES,
    handler: async (request, ctx) => {
      const agreement = requireAgreement(request, ctx);
      const body = await readXmlBody(request);
      const state = bankState(ctx.tenant);
      const result = await receivePaymentFileConcurrently(state, body, agreement, {
        ...processingContext(request, ctx),
        nextId: (prefix) => ctx.tenant.nextId(prefix),
      });
      if (result.kind === 'unusable') return unusable(result);
      const last = result.reports[result.reports.length - 1];
      return json(
        {
          fileId: result.file.fileId,
          messageId: result.file.messageId,
          groupStatus: last?.groupStatus,
          statusReports: result.reports.map((stored) => ({
            id: stored.id,
            url: `${ctx.baseUrl}/bank/v1/status-reports/${encodeURIComponent(stored.id)}`,
            stage: stored.stage,
            groupStatus: stored.groupStatus,
          })),
          url: `${ctx.baseUrl}/bank/v1/payment-files/${encodeURIComponent(result.file.fileId)}`,
        },
        202,
      );
    },
  },
  {
    method: 'GET',
    path: '/payment-files',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const scope = scopedAgreement(request, ctx);
      const files = [...bankState(ctx.tenant).files.values()].filter(
        (file) => !scope || file.customerId === scope.customerId,
      );
      return json({
        paymentFiles: files.map((file) => ({
          fileId: file.fileId,
          customerId: file.customerId,
          messageId: file.messageId,
          receivedAt: file.receivedAt,
          url: `${ctx.baseUrl}/bank/v1/payment-files/${encodeURIComponent(file.fileId)}`,
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/payment-files/:fileId',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const file = ownFile(request, ctx);
      return json(paymentFileView(file, reportsOf(ctx, file.statusReportIds), ctx.baseUrl));
    },
  },
  {
    method: 'POST',
    path: '/payment-files/:fileId/approvals',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const file = ownFile(request, ctx);
      const { userId } = await readJson(request, approvalSchema);
      const state = bankState(ctx.tenant);
      const agreement = state.agreements.get(file.customerId);
      if (!agreement) notFound('agreement', file.customerId);
      const result = approvePaymentFile(state, file, agreement, userId, {
        now: ctx.tenant.clock.now(),
        nextId: (prefix) => ctx.tenant.nextId(prefix),
      });
      if (result.kind === 'not-awaiting') {
        throw new ProblemError(
          409,
          'EB-BANK-NOT-AWAITING-APPROVAL',
          `Payment file ${file.fileId} has no payment waiting for netbank approval.`,
        );
      }
      if (result.kind === 'not-authorised') {
        throw new ProblemError(
          403,
          'EB-BANK-APPROVER-NOT-AUTHORISED',
          `User ${userId} holds no approval authority on the waiting debit account(s) ${result.accounts.join(', ')}.`,
          { userId, accounts: result.accounts },
        );
      }
      return json({
        fileId: file.fileId,
        userId,
        releasedPayments: result.releasedPayments,
        awaitingApproval: result.stillAwaiting,
        statusReports: result.report ? [statusReportSummary(result.report, ctx.baseUrl)] : [],
      });
    },
  },
  {
    method: 'POST',
    path: '/validate',
    allow: ['tenant', 'agreement'],
    maxBodyBytes: MAX_PAYMENT_FILE_BYTES,
    handler: async (request, ctx) => {
      const agreement = requireAgreement(request, ctx);
      const body = await readXmlBody(request);
      const state = bankState(ctx.tenant);
      let counter = 0;
      // A dry run: no tenant ids are consumed, nothing is stored, the MsgId stays unused.
      const result = await processPaymentFileConcurrently(body, agreement, {
        ...processingContext(request, ctx),
        ledger: state.ledger,
        isMessageIdUsed: (messageId) => state.isMessageIdUsed(agreement.customerId, messageId),
        nextId: (prefix) => `DRYRUN-${prefix}-${(counter += 1)}`,
      });
      if (result.kind === 'unusable') return unusable(result);
      const final = result.reports[result.reports.length - 1];
      if (!final) throw new Error('bench bug: processing produced no status report');
      return xml(writePain002(final.report), 200, { 'x-group-status': final.report.group.status ?? '' });
    },
  },
];
