// Is an upload a pain.001 the rule pass can read? (iso20022-norway.md §1, §2; ARCHITECTURE.md §4):
// the parser-free checks first (size limit, encoding, empty, no DOCTYPE: xml/preflight.ts), then
// libxml parses safely, the root namespace names the message (pain.001.001.03 or .09 only) and the
// XSD decides (xml/schema-check.mjs; large files in pieces, xml/pain001-chunks.mjs). Input that is
// not a pain.001 at all is unusable (a 4xx problem, nothing stored); a pain.001 that fails its XSD
// gets a pain.002 RJCT FF01 with libxml's messages and lines (§3.3 step 1).
import { preflightXml, type PreflightResult } from '../iso20022/xml/preflight.ts';
import {
  checkAgainstSchemaInline,
  checkAgainstSchemaOffThread,
  type OffThreadCheckOptions,
  type OffThreadCheckResult,
} from '../iso20022/xml/off-thread-validation.ts';
import { readPain001 } from '../iso20022/pain001.ts';
import type { SchemaRegistry, SchemaValidationError } from '../iso20022/xml/schemas.ts';
import type { Pain001MessageId } from '../iso20022/pain001-model.ts';
import type { SafeParseFailureReason } from '../iso20022/xml/safe-parse.ts';

/** A catalogue code from src/codes/bench-bank.ts (or the kernel's), with its HTTP status. */
export interface UnusableInput {
  kind: 'unusable';
  status: 400 | 413;
  code: string;
  message: string;
  line?: number;
}

/**
 * The outcome of the safe parse and the XSD check (plain data): unusable input, or a pain.001 of
 * a known version with its schema errors (none: valid).
 */
export type SchemaCheck =
  | UnusableInput
  | {
      kind: 'checked';
      messageNameId: Pain001MessageId;
      errors: SchemaValidationError[];
      /** The document as text when the input was bytes (the reader reads text). */
      text?: string;
    };

const UNUSABLE_CODES = {
  empty: { status: 400, code: 'EB-BANK-EMPTY-FILE' },
  'not-xml': { status: 400, code: 'EB-BANK-NOT-XML' },
  'doctype-forbidden': { status: 400, code: 'EB-BANK-DOCTYPE-FORBIDDEN' },
  encoding: { status: 400, code: 'EB-BANK-ENCODING' },
  'too-large': { status: 413, code: 'EB-PAYLOAD-TOO-LARGE' },
} as const;

const PAIN001_VERSIONS: readonly Pain001MessageId[] = ['pain.001.001.03', 'pain.001.001.09'];

export interface ParseOptions {
  schemas: SchemaRegistry;
  maxBytes?: number;
}

function unusable(reason: SafeParseFailureReason, message: string, line: number | undefined): UnusableInput {
  return { kind: 'unusable', ...UNUSABLE_CODES[reason], message, ...(line === undefined ? {} : { line }) };
}

function checkOptions(options: ParseOptions): OffThreadCheckOptions {
  return { registry: options.schemas, known: PAIN001_VERSIONS };
}

/** The libxml verdict as the bank reads it. */
function schemaCheckFrom(
  result: OffThreadCheckResult,
  pre: Extract<PreflightResult, { ok: true }>,
  input: string | Uint8Array,
): SchemaCheck {
  const first = result.errors[0];
  if (result.parseFailure) {
    return unusable(result.parseFailure, first?.message ?? 'Not well-formed XML', first?.line ?? undefined);
  }
  const messageNameId = PAIN001_VERSIONS.find((id) => id === result.messageId);
  if (!messageNameId) {
    const root = result.unknownRoot;
    return {
      kind: 'unusable',
      status: 400,
      code: 'EB-BANK-NOT-PAIN001',
      message: `The bank takes pain.001.001.03 or pain.001.001.09; this document is <${root?.name ?? '?'}> in namespace "${root?.namespace ?? ''}".`,
      ...(root ? { line: root.line } : {}),
    };
  }
  const errors = result.valid
    ? []
    : result.errors.length > 0
      ? result.errors
      : [{ message: 'The document fails its XSD.', line: null, column: null }];
  return { kind: 'checked', messageNameId, errors, ...(typeof input === 'string' ? {} : { text: pre.text }) };
}

/**
 * Preflight, safe parse, message detection and XSD check on this thread: the CPU-heavy half of
 * processing, independent of the reader and the rules.
 */
export function checkPaymentFileSchema(input: string | Uint8Array, options: ParseOptions): SchemaCheck {
  const pre = preflightXml(input, { maxBytes: options.maxBytes });
  if (!pre.ok) return unusable(pre.reason, pre.message, pre.line);
  return schemaCheckFrom(checkAgainstSchemaInline(pre, checkOptions(options)), pre, input);
}

/**
 * The same check started on the schema worker (inline when this process keeps libxml on its main
 * thread). The work is handed over before this returns, so the caller can read and judge the
 * file meanwhile: `text` is the decoded document for that, or the check's unusable answer.
 */
export function startPaymentFileSchemaCheck(
  input: string | Uint8Array,
  options: ParseOptions,
): { text: string; check: Promise<SchemaCheck> } | { text?: undefined; check: UnusableInput } {
  const pre = preflightXml(input, { maxBytes: options.maxBytes });
  if (!pre.ok) return { check: unusable(pre.reason, pre.message, pre.line) };
  const pending = checkAgainstSchemaOffThread(pre, checkOptions(options));
  return { text: pre.text, check: pending.then((result) => schemaCheckFrom(result, pre, input)) };
}

/** The MsgId of a file that failed its XSD, if the reader still finds one (for OrgnlMsgId). */
export function bestEffortMessageId(text: string): string {
  try {
    const read = readPain001(text);
    return read.ok ? read.document.groupHeader.messageId.value : '';
  } catch {
    // The reader is best-effort on invalid files; without a MsgId the report says so.
    return '';
  }
}
