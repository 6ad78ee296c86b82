// From the bytes of an upload to a pain.001 the rule pass can read (iso20022-norway.md §1, §2;
// ARCHITECTURE.md §4): safe parsing (no DOCTYPE, size limit, src/iso20022/xml/safe-parse.ts), the
// message from the root namespace (pain.001.001.03 or .09 only), the XSD, then the reader. Input
// that is not a pain.001 at all is unusable (a 4xx problem, nothing stored); a pain.001 that fails
// its XSD gets a pain.002 RJCT FF01 with libxml's messages and lines (§3.3 step 1).
import { safeParseXml } from '../iso20022/xml/safe-parse.ts';
import { detectMessageId } from '../iso20022/xml/message-id.ts';
import { readPain001 } from '../iso20022/pain001.ts';
import type { SchemaRegistry, SchemaValidationError } from '../iso20022/xml/schemas.ts';
import type { Pain001Document, Pain001MessageId } from '../iso20022/pain001-model.ts';

/** A catalogue code from src/codes/bench-bank.ts (or the kernel's), with its HTTP status. */
export interface UnusableInput {
  kind: 'unusable';
  status: 400 | 413;
  code: string;
  message: string;
  line?: number;
}

export type ParsedPaymentFile =
  | UnusableInput
  | {
      kind: 'schema-invalid';
      messageNameId: Pain001MessageId;
      /** Whatever MsgId could still be read ('' when none). */
      messageId: string;
      errors: SchemaValidationError[];
    }
  | { kind: 'pain001'; document: Pain001Document };

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

/** Parse and XSD check; the libxml document stays inside, so it can be freed before the reader runs. */
function checkDocument(
  input: string | Uint8Array,
  options: ParseOptions,
):
  | UnusableInput
  | { kind: 'checked'; messageNameId: Pain001MessageId; text: string; errors: SchemaValidationError[] } {
  const parsed = safeParseXml(input, { maxBytes: options.maxBytes });
  if (!parsed.ok)
    return { kind: 'unusable', ...UNUSABLE_CODES[parsed.reason], message: parsed.message, line: parsed.line };
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
  const text = typeof input === 'string' ? input : parsed.doc.toString(false);
  if (validation.valid) return { kind: 'checked', messageNameId, text, errors: [] };
  const errors =
    validation.errors.length > 0
      ? validation.errors
      : [{ message: 'The document fails its XSD.', line: null, column: null }];
  return { kind: 'checked', messageNameId, text, errors };
}

export function parsePaymentFile(input: string | Uint8Array, options: ParseOptions): ParsedPaymentFile {
  const checked = checkDocument(input, options);
  if (checked.kind === 'unusable') return checked;
  const { messageNameId, text, errors } = checked;
  if (errors.length > 0)
    return { kind: 'schema-invalid', messageNameId, messageId: bestEffortMessageId(text), errors };
  const read = readPain001(text);
  if (!read.ok) {
    return {
      kind: 'schema-invalid',
      messageNameId,
      messageId: '',
      errors: [{ message: read.message, line: read.line ?? null, column: null }],
    };
  }
  return { kind: 'pain001', document: read.document };
}

/** The MsgId of a file that failed its XSD, if the reader still finds one (for OrgnlMsgId). */
function bestEffortMessageId(text: string): string {
  try {
    const read = readPain001(text);
    return read.ok ? read.document.groupHeader.messageId.value : '';
  } catch {
    // The reader is best-effort on invalid files; without a MsgId the report says so.
    return '';
  }
}
