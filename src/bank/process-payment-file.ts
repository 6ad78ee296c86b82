// The pure processing entry point for one pain.001 upload: parse safely, validate against the
// XSD, run the rule pass and write the status reports it gets on arrival (iso20022-norway.md §3.3
// steps 1–2). Nothing is stored: `receivePaymentFile` (payment-intake.ts) stores the result, and
// `POST /validate` and the `validate` CLI show it as a dry run. Linear in the file's size; the
// benchmark (bench/bank.bench.ts) runs it on 100,000 transactions.
import { osloIso } from '../norway/oslo-time.ts';
import { evaluatePaymentFile } from './evaluate-payment-file.ts';
import { parsePaymentFile } from './payment-file-parse.ts';
import { receiptReport, validationReport } from './status-reports.ts';
import type { NextId } from './bank-ids.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import type { Finding } from './finding.ts';
import type { UnusableInput } from './payment-file-parse.ts';
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

export function processPaymentFile(
  input: string | Uint8Array,
  agreement: CustomerAgreement,
  context: ProcessingContext,
): ProcessingResult {
  const parsed = parsePaymentFile(input, {
    schemas: context.schemas,
    maxBytes: context.maxBytes ?? MAX_PAYMENT_FILE_BYTES,
  });
  if (parsed.kind === 'unusable') return parsed;
  const fileId = context.nextId('file');
  const header = () => ({ messageId: context.nextId('pain002'), creationDateTime: osloIso(context.now) });
  if (parsed.kind === 'schema-invalid') {
    const file = schemaRejectedFile(
      parsed.messageNameId,
      parsed.messageId,
      parsed.errors,
      agreement,
      context,
      fileId,
    );
    return {
      kind: 'processed',
      evaluation: { file, accepted: [] },
      reports: [{ stage: 'receipt', report: receiptReport(file, header()) }],
    };
  }
  const evaluation = evaluatePaymentFile(parsed.document, agreement, context, fileId);
  const reports: Array<{ stage: 'receipt' | 'validation'; report: Pain002Report }> = [
    { stage: 'receipt', report: receiptReport(evaluation.file, header()) },
  ];
  if (!evaluation.file.groupRejected)
    reports.push({ stage: 'validation', report: validationReport(evaluation.file, header()) });
  return { kind: 'processed', evaluation, reports };
}
