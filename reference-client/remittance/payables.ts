// The payables register behind driver PUT /payables/{id} and GET /payables/{id}
// (ARCHITECTURE.md §5.6). A rejected payable is corrected by PUT-ing it again: it gets a new
// version and goes into the next payment run with a new EndToEndId; nothing the bank holds or has
// paid can change underneath it, so a correction never produces a duplicate payment.
import { lookupCode } from '../../src/codes/catalogue.ts';
import { ProblemError } from '../../simulators/kernel/problem.ts';
import { decide, nowIso } from '../context.ts';
import type { ClientContext } from '../context.ts';
import { DRIVER_CODES } from '../../src/codes/bench-driver.ts';
import { CORRECTABLE } from './payable.ts';
import type { Payable, PayableStatus, PayableType } from './payable.ts';

export interface PayableInput {
  creditorName: string;
  creditorAccount: string;
  amount: number;
  kid?: string;
  invoiceNumber?: string;
  type: PayableType;
  dueDate: string;
  debtorAccount?: string;
}

function sameContent(payable: Payable, input: PayableInput): boolean {
  return (
    payable.creditorName === input.creditorName &&
    payable.creditorAccount === input.creditorAccount &&
    payable.amount === input.amount &&
    payable.kid === input.kid &&
    payable.invoiceNumber === input.invoiceNumber &&
    payable.type === input.type &&
    payable.dueDate === input.dueDate &&
    payable.debtorAccount === input.debtorAccount
  );
}

export function setPayableStatus(
  ctx: ClientContext,
  payable: Payable,
  status: PayableStatus,
  note: string,
): void {
  payable.status = status;
  payable.history.push({ at: nowIso(ctx), status, note });
}

export function putPayable(
  ctx: ClientContext,
  id: string,
  input: PayableInput,
): { created: boolean; payable: Payable } {
  const { payables } = ctx.state.remittance;
  const existing = payables.get(id);
  if (existing && !CORRECTABLE.has(existing.status)) {
    if (sameContent(existing, input)) return { created: false, payable: existing };
    throw new ProblemError(
      409,
      DRIVER_CODES.payableLocked,
      `Payable ${id} is ${existing.status}${existing.fileId ? ` in file ${existing.fileId}` : ''}; only open, held or rejected payables can be corrected.`,
      { status: existing.status },
    );
  }
  if (existing && existing.status === 'open' && sameContent(existing, input))
    return { created: false, payable: existing };
  const kid = input.type === 'credit-note' ? undefined : input.kid;
  const payable: Payable = {
    id,
    ...input,
    kid,
    version: (existing?.version ?? 0) + 1,
    status: 'open',
    history: existing?.history ?? [],
  };
  payables.set(id, payable);
  const note = existing
    ? existing.status === 'rejected'
      ? `corrected after ${existing.reasonCode ?? 'rejection'}: goes out again in the next payment run with a new EndToEndId`
      : 'updated'
    : 'registered';
  setPayableStatus(ctx, payable, 'open', note);
  const kidNote =
    input.type === 'credit-note' && input.kid
      ? ' (the KID of a credit note is never used: iso20022-norway.md §2.2)'
      : '';
  decide(
    ctx,
    'payables',
    `payable ${id}`,
    `${note}: ${input.type} ${input.amount} øre to ${input.creditorName} (${input.creditorAccount}) due ${input.dueDate}${kidNote}`,
  );
  return { created: !existing, payable };
}

/** The public view: GET /driver/v1/payables/{id} (the §5.6 fields first). */
export function payableView(payable: Payable) {
  const entry = payable.reasonCode ? lookupCode(payable.reasonCode) : undefined;
  return {
    status: payable.status,
    reasonCode: payable.reasonCode,
    reason: payable.reason,
    explanation: entry ? { title: entry.title, meaning: entry.meaning, remedy: entry.remedy } : undefined,
    id: payable.id,
    type: payable.type,
    amount: payable.amount,
    creditorName: payable.creditorName,
    creditorAccount: payable.creditorAccount,
    kid: payable.kid,
    invoiceNumber: payable.invoiceNumber,
    dueDate: payable.dueDate,
    version: payable.version,
    fileId: payable.fileId,
    messageId: payable.messageId,
    endToEndId: payable.endToEndId,
    history: payable.history,
  };
}
