// The pure processing entry point for one pain.001 upload: parse safely, validate against the
// XSD, run the rule pass and build the status reports it gets on arrival (iso20022-norway.md §3.3
// steps 1–2). Nothing is stored: `receivePaymentFile` (payment-intake.ts) stores the result, and
// `POST /validate` and the `validate` CLI show it as a dry run. Linear in the file's size; the
// benchmark (bench/bank.bench.ts) runs it on 100,000 transactions. The two halves — the schema
// check (libxml) and the reader plus rule pass (plain JS, plain-data result) — are independent:
// `processPaymentFileConcurrently` (what the bank and the CLI use) hands the schema check to the
// schema worker and reads and judges the file meanwhile, then joins both with `finishProcessing`;
// `processPaymentFile` runs them one after the other on this thread.
import { osloIso } from '../norway/oslo-time.ts';
import { evaluatePaymentFile } from './evaluate-payment-file.ts';
import {
  bestEffortMessageId,
  checkPaymentFileSchema,
  startPaymentFileSchemaCheck,
} from './payment-file-parse.ts';
import { readPain001 } from '../iso20022/pain001.ts';
import { receiptReport, validationReport } from './status-reports.ts';
import type { NextId } from './bank-ids.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import type { Finding } from './finding.ts';
import type { SchemaCheck, UnusableInput } from './payment-file-parse.ts';
import type { PaymentFileRecord } from './payment-file.ts';
import type { FileEvaluation } from './evaluate-payment-file.ts';
import type { Pain001MessageId } from '../iso20022/pain001-model.ts';
import type { Pain002Report } from '../iso20022/pain002-model.ts';
import type { SchemaRegistry, SchemaValidationError } from '../iso20022/xml/schemas.ts';

/**
 * The largest payment file the bank takes: 100,000 KID transactions written with indentation are
 * about 60 MB, so the 50 MiB default of safe-parse.ts is raised for the bank.
 */
export const MAX_PAYMENT_FILE_BYTES = 128 * 1024 * 1024;

export interface ProcessingContext extends EvaluationContext {
  schemas: SchemaRegistry;
  /** Largest accepted file in bytes (default MAX_PAYMENT_FILE_BYTES). */
  maxBytes?: number;
  /** Ids for the file record and the reports' MsgIds. */
  nextId: NextId;
}

export type ProcessingResult =
  | UnusableInput
  | {
      kind: 'processed';
      evaluation: FileEvaluation;
      /** The receipt report, then (when the group was accepted) the business validation report. */
      reports: Array<{ stage: 'receipt' | 'validation'; report: Pain002Report }>;
    };

/** At most this many XSD errors are reported in AddtlInf: the first ones are the useful ones. */
const MAX_SCHEMA_ERRORS = 10;
const MAX35 = 35;

/** A file that fails its XSD: rejected as a whole with FF01 (§3.3 step 1, §3.4). */
function schemaRejectedFile(
  messageNameId: Pain001MessageId,
  messageId: string,
  errors: readonly SchemaValidationError[],
  agreement: CustomerAgreement,
  context: ProcessingContext,
  fileId: string,
): PaymentFileRecord {
  const reasons: Finding[] = errors.slice(0, MAX_SCHEMA_ERRORS).map((error) => ({
    reason: 'FF01',
    level: 'group',
    path: 'Document',
    line: error.line ?? undefined,
    text: `${error.line === null ? '' : `line ${error.line}: `}${error.message}`,
  }));
  if (errors.length > MAX_SCHEMA_ERRORS) {
    const more = errors.length - MAX_SCHEMA_ERRORS;
    const last = reasons[reasons.length - 1];
    if (last) last.text = `${last.text} (and ${more} more schema errors)`;
  }
  if (reasons.length === 0)
    reasons.push({ reason: 'FF01', level: 'group', path: 'Document', text: 'The file fails its XSD' });
  return {
    fileId,
    customerId: agreement.customerId,
    // OrgnlMsgId is Max35Text: an unreadable or overlong MsgId is shown as far as it fits.
    messageId: messageId === '' ? '(unreadable MsgId)' : Array.from(messageId).slice(0, MAX35).join(''),
    messageNameId,
    receivedAt: osloIso(context.now),
    groupRejected: true,
    groupReasons: reasons,
    payments: [],
    statusReportIds: [],
    uploadApprovers: [...context.approvers],
  };
}

/** The reader and the rule pass, run on text whose XSD check may still be under way. */
export type TentativeEvaluation =
  | { kind: 'evaluated'; evaluation: FileEvaluation }
  | { kind: 'unreadable'; message: string; line?: number }
  | { kind: 'failed'; error: unknown };

/**
 * Reads and evaluates a pain.001 text as if it were schema-valid. Safe on any text: a file that
 * later proves invalid is answered from the schema check, so nothing here may throw. Run it at the
 * same time as `checkPaymentFileSchema` (e.g. the check in a worker thread), then `finishProcessing`.
 */
export function evaluatePaymentFileText(
  text: string,
  agreement: CustomerAgreement,
  context: EvaluationContext,
): TentativeEvaluation {
  try {
    const read = readPain001(text);
    if (!read.ok) return { kind: 'unreadable', message: read.message, line: read.line };
    // The file id is given when the result is kept (finishProcessing).
    return { kind: 'evaluated', evaluation: evaluatePaymentFile(read.document, agreement, context, '') };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/**
 * Joins the schema check and the evaluation into the processing result: the check decides whether
 * the evaluation stands. Without a tentative evaluation, evaluates now (only when the file is valid).
 */
export function finishProcessing(
  check: SchemaCheck,
  text: string,
  agreement: CustomerAgreement,
  context: ProcessingContext,
  tentative?: TentativeEvaluation,
): ProcessingResult {
  if (check.kind === 'unusable') return check;
  const header = () => ({ messageId: context.nextId('pain002'), creationDateTime: osloIso(context.now) });
  const rejected = (messageId: string, errors: readonly SchemaValidationError[]): ProcessingResult => {
    const file = schemaRejectedFile(
      check.messageNameId,
      messageId,
      errors,
      agreement,
      context,
      context.nextId('file'),
    );
    return {
      kind: 'processed',
      evaluation: { file, accepted: [] },
      reports: [{ stage: 'receipt', report: receiptReport(file, header()) }],
    };
  };
  if (check.errors.length > 0) {
    const messageId =
      tentative?.kind === 'evaluated' ? tentative.evaluation.file.messageId : bestEffortMessageId(text);
    return rejected(messageId, check.errors);
  }
  const outcome = tentative ?? evaluatePaymentFileText(text, agreement, context);
  // A schema-valid file the reader cannot take, or a rule pass that threw, is a bench bug.
  if (outcome.kind === 'failed') throw outcome.error;
  if (outcome.kind === 'unreadable') {
    return rejected('', [{ message: outcome.message, line: outcome.line ?? null, column: null }]);
  }
  const { evaluation } = outcome;
  evaluation.file.fileId = context.nextId('file');
  const reports: Array<{ stage: 'receipt' | 'validation'; report: Pain002Report }> = [
    { stage: 'receipt', report: receiptReport(evaluation.file, header()) },
  ];
  if (!evaluation.file.groupRejected) {
    reports.push({ stage: 'validation', report: validationReport(evaluation.file, header()) });
  }
  return { kind: 'processed', evaluation, reports };
}

/**
 * Everything the bank does with an upload on arrival, on two cores: the schema check runs on the
 * schema worker while this thread reads the file and runs the rule pass; the XSD verdict then
 * decides whether that evaluation stands. Same result as `processPaymentFile` (a test holds them
 * to it). The evaluation sees the state as it was when the file arrived: a caller that stores
 * the result must re-check what may have changed during the await (payment-intake.ts does).
 */
export async function processPaymentFileConcurrently(
  input: string | Uint8Array,
  agreement: CustomerAgreement,
  context: ProcessingContext,
): Promise<ProcessingResult> {
  const started = startPaymentFileSchemaCheck(input, {
    schemas: context.schemas,
    maxBytes: context.maxBytes ?? MAX_PAYMENT_FILE_BYTES,
  });
  if (started.text === undefined) return started.check;
  // Meanwhile, on this thread (evaluatePaymentFileText never throws, so the check is always awaited).
  const tentative = evaluatePaymentFileText(started.text, agreement, context);
  const check = await started.check;
  return finishProcessing(check, started.text, agreement, context, tentative);
}

/** Everything the bank does with an upload on arrival, in one call, on this thread. */
export function processPaymentFile(
  input: string | Uint8Array,
  agreement: CustomerAgreement,
  context: ProcessingContext,
): ProcessingResult {
  const check = checkPaymentFileSchema(input, {
    schemas: context.schemas,
    maxBytes: context.maxBytes ?? MAX_PAYMENT_FILE_BYTES,
  });
  if (check.kind === 'unusable') return check;
  const text = typeof input === 'string' ? input : (check.text ?? '');
  return finishProcessing(check, text, agreement, context);
}
