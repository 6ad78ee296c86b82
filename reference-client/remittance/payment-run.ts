// A payment run (driver POST /payment-runs { date, approvers }): check the approvers against the
// agreement's rule BEFORE sending (approval-rule.ts), plan the payments (payment-plan.ts), write a
// pain.001 with unique MsgId, PmtInfId and EndToEndId (iso20022-norway.md §2.1: DU01/DU02/DU04),
// send it with the approvers in X-Approved-By (§6.2 RGB, ARCHITECTURE.md §5.4), and read the status
// reports the bank lists in its answer.
import { osloIso } from '../../src/norway/oslo-time.ts';
import { ProblemError } from '../../simulators/kernel/problem.ts';
import { BenchError } from '../bench-client.ts';
import { decide, nowIso } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { DRIVER_CODES } from '../../src/codes/bench-driver.ts';
import { benchFailure } from '../driver/problems.ts';
import { shortRandom } from '../ids.ts';
import type { PaymentFile } from '../state.ts';
import { checkApprovals } from './approval-rule.ts';
import { PAYABLE_NOW } from './payable.ts';
import type { Payable, PayableStatus } from './payable.ts';
import { setPayableStatus } from './payables.ts';
import { planPayments } from './payment-plan.ts';
import { writePain001 } from './pain001-writer.ts';
import type { Pain001Payment } from './pain001-writer.ts';
import { readListedReports, readStatusReports } from './status-reports.ts';

export interface PaymentRunResult {
  fileId: string | null;
  messageId: string;
  groupStatus?: string;
  payables: string[];
  held: Array<{ payableId: string; reason: string }>;
}

interface PaymentFileAnswer {
  fileId?: unknown;
  groupStatus?: unknown;
  statusReports?: Array<{ id?: unknown }>;
}

function messageIdFor(ctx: ClientContext, date: string): string {
  const day = date.replaceAll('-', '');
  // MUTANT: reuses-msgid — one MsgId per date, so a second file the same day repeats it (DU01).
  if (ctx.mutant === 'reuses-msgid') return `RC-${day}`;
  return `RC-${day}-${shortRandom(ctx.ids)}`;
}

export async function runPayments(
  ctx: ClientContext,
  date: string,
  approvers: readonly string[],
): Promise<PaymentRunResult> {
  const { config, state } = ctx;
  const { remittance } = state;
  await readStatusReports(ctx);

  const check = checkApprovals(
    {
      requiredApprovals: config.bank.requiredApprovals,
      erpApprovals: config.bank.erpApprovals,
      approvers: config.bank.approvers,
    },
    approvers,
  );
  let sentApprovers = check.approvers;
  // MUTANT: single-approver — no local rule, and only the first approver travels to the bank.
  if (ctx.mutant === 'single-approver') sentApprovers = check.approvers.slice(0, 1);
  else if (!check.ok) {
    decide(ctx, 'payment-run', `payment run ${date}`, `refused before sending: ${check.reason}`, {
      rule: check.rule,
      approvers: check.approvers,
    });
    throw new ProblemError(
      422,
      DRIVER_CODES.approvalsRefused,
      `Payment run refused before sending: ${check.reason}. The bank would reject the file with AG08 (efaktura-bench explain AG08).`,
      { rule: check.rule, approvers: check.approvers, authorised: check.authorised, isoEquivalent: 'AG08' },
    );
  }

  const eligible = [...remittance.payables.values()]
    .filter((payable) => PAYABLE_NOW.has(payable.status))
    .sort((a, b) => a.id.localeCompare(b.id));
  const nothing = (detail: string) => new ProblemError(409, DRIVER_CODES.nothingToPay, detail);
  if (eligible.length === 0)
    throw nothing(
      'No open payables: register them with PUT /driver/v1/payables/{id} (a rejected one goes out again once it is PUT again).',
    );

  const plan = planPayments(eligible, {
    runDate: date,
    debtorAccount: config.bank.debtorAccount,
    structuredReferenceLimit: ctx.settings.structuredReferenceLimit,
    nextBankingDay: (day) => ctx.calendar.nextBankingDay(day),
    mutant: ctx.mutant,
  });
  for (const { payableId, reason } of plan.held) {
    const payable = remittance.payables.get(payableId);
    if (payable && payable.status !== 'held') setPayableStatus(ctx, payable, 'held', reason);
    decide(ctx, 'payment-run', `payable ${payableId}`, `held: ${reason}`);
  }
  if (plan.payments.length === 0)
    throw nothing('Every open payable is held (see GET /driver/v1/payables/{id} for why).');

  const messageId = messageIdFor(ctx, date);
  remittance.runs += 1;
  const file: PaymentFile = {
    fileId: undefined,
    messageId,
    sentAt: nowIso(ctx),
    payablesByEndToEndId: new Map(),
    endToEndIdsByPmtInf: new Map(),
  };
  const payments: Pain001Payment[] = plan.payments.map((payment, index) => {
    const pmtInfId = `${messageId}-${index + 1}`;
    const transactions = payment.transactions.map((tx) => {
      const endToEndId = `E-${shortRandom(ctx.ids)}`;
      file.payablesByEndToEndId.set(endToEndId, tx.payableIds);
      return { ...tx, endToEndId };
    });
    file.endToEndIdsByPmtInf.set(
      pmtInfId,
      transactions.map((tx) => tx.endToEndId),
    );
    return {
      pmtInfId,
      debtorAccount: payment.debtorAccount,
      executionDate: payment.executionDate,
      transactions,
    };
  });
  const xml = writePain001({
    version: ctx.settings.messageVersion,
    msgId: messageId,
    creationDateTime: osloIso(ctx.now),
    initiatingPartyId: config.bank.customerId,
    debtorName: config.bank.debtorName ?? config.issuer.name,
    payments,
  });

  const sent: Array<{ payable: Payable; previous: PayableStatus }> = [];
  for (const [endToEndId, payableIds] of file.payablesByEndToEndId) {
    for (const payableId of payableIds) {
      const payable = remittance.payables.get(payableId);
      if (!payable) continue;
      sent.push({ payable, previous: payable.status });
      payable.messageId = messageId;
      payable.endToEndId = endToEndId;
      payable.reasonCode = undefined;
      payable.reason = undefined;
      setPayableStatus(ctx, payable, 'sent', `in pain.001 ${messageId} (EndToEndId ${endToEndId})`);
    }
  }
  remittance.files.set(messageId, file);
  const subject = `payment run ${date}`;
  const summary = `${sent.length} payable(s) in ${payments.reduce((n, p) => n + p.transactions.length, 0)} payment(s), ${payments.length} PmtInf, approvers ${sentApprovers.join(', ')} (${check.rule})`;

  let answer: PaymentFileAnswer;
  try {
    // Not repeated automatically: a lost answer is resolved from the status reports (OrgnlMsgId).
    const response = await ctx.bench.call('POST', '/bank/v1/payment-files', {
      key: config.bank.apiKey,
      xml,
      headers: { 'x-approved-by': sentApprovers.join(',') },
      retry: false,
    });
    answer = (response.json ?? {}) as PaymentFileAnswer;
  } catch (error) {
    if (error instanceof BenchError && error.status === 0) {
      decide(
        ctx,
        'payment-run',
        subject,
        `pain.001 ${messageId} sent but no answer arrived: the status reports will tell (OrgnlMsgId); ${summary}`,
      );
      return { fileId: null, messageId, payables: sent.map((s) => s.payable.id), held: plan.held };
    }
    // Refused before the bank stored anything (e.g. 400/403/413): the payables stay payable.
    remittance.files.delete(messageId);
    for (const { payable, previous } of sent)
      setPayableStatus(ctx, payable, previous, `not sent: the bank refused the upload`);
    decide(
      ctx,
      'payment-run',
      subject,
      `the bank refused the upload of ${messageId}: ${error instanceof BenchError ? `${error.status} ${error.code}` : String(error)}`,
    );
    throw benchFailure(error, `uploading pain.001 ${messageId}`);
  }
  const fileId = typeof answer.fileId === 'string' ? answer.fileId : undefined;
  file.fileId = fileId;
  for (const { payable } of sent) payable.fileId = fileId;
  decide(
    ctx,
    'payment-run',
    subject,
    `pain.001.001.${ctx.settings.messageVersion} ${messageId} sent as file ${fileId ?? '?'} (${String(answer.groupStatus ?? '?')}): ${summary}`,
    {
      fileId,
      messageId,
    },
  );
  const reportIds = (answer.statusReports ?? []).flatMap((r) => (typeof r.id === 'string' ? [r.id] : []));
  await readListedReports(ctx, reportIds);
  return {
    fileId: fileId ?? null,
    messageId,
    groupStatus: typeof answer.groupStatus === 'string' ? answer.groupStatus : undefined,
    payables: sent.map((s) => s.payable.id),
    held: plan.held,
  };
}
