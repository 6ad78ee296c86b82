// Is an upload a pain.001 the rule pass can read? (iso20022-norway.md §1, §2; ARCHITECTURE.md §4):
// safe parsing (no DOCTYPE, size limit, src/iso20022/xml/safe-parse.ts), the message from the root
// namespace (pain.001.001.03 or .09 only), then the XSD. Input that is not a pain.001 at all is
// unusable (a 4xx problem, nothing stored); a pain.001 that fails its XSD gets a pain.002 RJCT FF01
// with libxml's messages and lines (§3.3 step 1).
import { safeParseXml } from '../iso20022/xml/safe-parse.ts';
import { detectMessageId } from '../iso20022/xml/message-id.ts';
import { readPain001 } from '../iso20022/pain001.ts';
import type { SchemaRegistry, SchemaValidationError } from '../iso20022/xml/schemas.ts';
import type { Pain001MessageId } from '../iso20022/pain001-model.ts';

/** A catalogue code from src/codes/bench-bank.ts (or the kernel's), with its HTTP status. */
export interface UnusableInput {
  kind: 'unusable';
  status: 400 | 413;
  code: string;
  message: string;
  line?: number;
}

/**
 * The outcome of the safe parse and the XSD check (plain data, so it can cross a worker boundary):
 * unusable input, or a pain.001 of a known version with its schema errors (none: valid).
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

export interface ParseOptions {
  schemas: SchemaRegistry;
  maxBytes?: number;
}

/**
 * Safe parse, message detection and XSD check: the CPU-heavy half of processing, independent of
 * the reader and the rules (so a caller may run it in a worker while the rules run). The libxml
 * document stays inside, so it can be freed before the reader runs.
 */
export function checkPaymentFileSchema(input: string | Uint8Array, options: ParseOptions): SchemaCheck {
  const parsed = safeParseXml(input, { maxBytes: options.maxBytes });
  if (!parsed.ok) {
    return { kind: 'unusable', ...UNUSABLE_CODES[parsed.reason], message: parsed.message, line: parsed.line };
  }
  const messageNameId = detectMessageId(parsed.doc);
  if (messageNameId !== 'pain.001.001.03' && messageNameId !== 'pain.001.001.09') {
    const root = parsed.doc.root();
    return {
      kind: 'unusable',
      status: 400,
      code: 'EB-BANK-NOT-PAIN001',
      message: `The bank takes pain.001.001.03 or pain.001.001.09; this document is <${root?.name() ?? '?'}> in namespace "${root?.namespace()?.href() ?? ''}".`,
      line: root?.line() ?? undefined,
    };
  }
  const validation = options.schemas.validate(parsed.doc, messageNameId);
  const text = typeof input === 'string' ? undefined : parsed.doc.toString(false);
  const errors = validation.valid
    ? []
    : validation.errors.length > 0
      ? validation.errors
      : [{ message: 'The document fails its XSD.', line: null, column: null }];
  return { kind: 'checked', messageNameId, errors, ...(text === undefined ? {} : { text }) };
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
