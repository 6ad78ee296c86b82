// The documents the bank writes (ARCHITECTURE.md §5.4): pain.002 status reports, camt.054
// notifications and camt.053 day statements, listed as JSON for polling (`since=`) and served as
// XML. An agreement key sees only its own files' reports and its own accounts' documents.
import { isIsoDate } from '../../../src/norway/calendar-date.ts';
import { osloIso } from '../../../src/norway/oslo-time.ts';
import { dayStatement } from '../../../src/bank/camt-statement.ts';
import { writeCamt053 } from '../../../src/iso20022/camt053.ts';
import { json, notFound, xml } from '../../kernel/http.ts';
import { ProblemError } from '../../kernel/problem.ts';
import { bankState } from '../bank-store.ts';
import { requireAccountInScope, scopedAgreement } from '../acting-agreement.ts';
import { notificationXml, statusReportXml } from '../documents.ts';
import { notificationSummary, statusReportSummary } from '../views.ts';
import { sinceFilter } from '../since-query.ts';
import { pathAccount } from './accounts.ts';
import type { Route } from '../../kernel/types.ts';

function nextSeq(items: ReadonlyArray<{ seq: number }>, since: string | null): number {
  const last = items[items.length - 1];
  if (last) return last.seq;
  return since && /^[0-9]+$/.test(since) ? Number(since) : 0;
}

export const documentRoutes: Route[] = [
  {
    method: 'GET',
    path: '/status-reports',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const scope = scopedAgreement(request, ctx);
      const since = sinceFilter(ctx.url);
      const fileId = ctx.url.searchParams.get('fileId');
      const reports = [...bankState(ctx.tenant).statusReports.values()].filter(
        (stored) =>
          (!scope || stored.customerId === scope.customerId) &&
          (!fileId || stored.fileId === fileId) &&
          since(stored),
      );
      return json({
        statusReports: reports.map((stored) => statusReportSummary(stored, ctx.baseUrl)),
        next: nextSeq(reports, ctx.url.searchParams.get('since')),
      });
    },
  },
  {
    method: 'GET',
    path: '/status-reports/:id',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const id = ctx.params.id ?? '';
      const stored = bankState(ctx.tenant).statusReports.get(id);
      const scope = scopedAgreement(request, ctx);
      if (!stored || (scope && stored.customerId !== scope.customerId)) notFound('status report', id);
      return xml(statusReportXml(stored));
    },
  },
  {
    method: 'GET',
    path: '/notifications',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const scope = scopedAgreement(request, ctx);
      const account = ctx.url.searchParams.get('account')?.trim() || undefined;
      if (account !== undefined) requireAccountInScope(scope, account);
      const since = sinceFilter(ctx.url);
      const notifications = [...bankState(ctx.tenant).notifications.values()].filter(
        (stored) =>
          (account === undefined
            ? !scope || scope.accounts.includes(stored.account)
            : stored.account === account) && since(stored),
      );
      return json({
        notifications: notifications.map((stored) => notificationSummary(stored, ctx.baseUrl)),
        next: nextSeq(notifications, ctx.url.searchParams.get('since')),
      });
    },
  },
  {
    method: 'GET',
    path: '/notifications/:id',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const id = ctx.params.id ?? '';
      const stored = bankState(ctx.tenant).notifications.get(id);
      const scope = scopedAgreement(request, ctx);
      if (!stored || (scope && !scope.accounts.includes(stored.account))) notFound('notification', id);
      return xml(notificationXml(stored));
    },
  },
  {
    method: 'GET',
    path: '/statements/:bban/:date',
    allow: ['tenant', 'agreement'],
    handler: async (request, ctx) => {
      const bban = pathAccount(ctx);
      const date = ctx.params.date ?? '';
      requireAccountInScope(scopedAgreement(request, ctx), bban);
      if (!isIsoDate(date)) {
        throw new ProblemError(400, 'EB-BANK-INVALID-DATE', `${date} is not a date written YYYY-MM-DD.`);
      }
      const today = ctx.tenant.clock.today();
      if (date > today) {
        throw new ProblemError(
          409,
          'EB-BANK-STATEMENT-NOT-AVAILABLE',
          `The statement for ${date} does not exist yet: today is ${today}.`,
        );
      }
      const state = bankState(ctx.tenant);
      const statement = dayStatement(state.ledger, bban, date, state.agreementsWithAccount(bban), {
        messageId: `STMT-${bban}-${date.replaceAll('-', '')}`,
        creationDateTime: osloIso(ctx.tenant.clock.now()),
      });
      if (!statement) notFound('account', bban);
      return xml(writeCamt053(statement));
    },
  },
];
