// pain.001 intake with the XSD check on a second core: preflight (size, encoding, empty, DOCTYPE)
// on this thread, libxml parse + XSD on the schema worker (xml/off-thread-validation.ts) while
// this thread reads the file (readPain001) and runs the caller's rule pass on it. The libxml
// verdict decides: a file that is not well-formed or fails its XSD discards the evaluation.
// Without a worker (libxml already loaded on this thread) it does the same steps one after the
// other — same answers, no overlap. iso20022-norway.md §3.3 step 1 (receipt: XSD → FF01).
import { readPain001 } from './pain001.ts';
import type { Pain001Document, Pain001MessageId } from './pain001-model.ts';
import { preflightXml, type SafeParseFailureReason, type SafeParseOptions } from './xml/preflight.ts';
import { checkAgainstSchemaOffThread, type OffThreadCheckOptions } from './xml/off-thread-validation.ts';
import type { SchemaValidationError } from './xml/schemas.ts';

export type Pain001Intake<T> =
  /** Not XML the bench accepts (too large, encoding, empty, DOCTYPE, not well-formed). */
  | { kind: 'unusable'; reason: SafeParseFailureReason; message: string; line?: number }
  /** Well-formed XML, but not a pain.001.001.03/.09 (another message or namespace). */
  | { kind: 'not-pain001'; message: string; line?: number }
  /** A pain.001 that fails its XSD: FF01 with libxml's messages. */
  | {
      kind: 'schema-invalid';
      messageNameId: Pain001MessageId;
      messageId: string;
      errors: SchemaValidationError[];
    }
  | { kind: 'pain001'; document: Pain001Document; evaluated: T; ranOn: 'worker' | 'inline' };

export interface Pain001IntakeOptions extends SafeParseOptions, Omit<OffThreadCheckOptions, 'messageId'> {}

export async function intakePain001<T>(
  input: string | Uint8Array,
  evaluate: (document: Pain001Document) => T,
  options: Pain001IntakeOptions = {},
): Promise<Pain001Intake<T>> {
  const pre = preflightXml(input, options);
  if (!pre.ok)
    return {
      kind: 'unusable',
      reason: pre.reason,
      message: pre.message,
      ...(pre.line ? { line: pre.line } : {}),
    };
  const check = checkAgainstSchemaOffThread(pre, options);
  // Meanwhile, on this thread: read and judge. Errors here must not leave the check unobserved.
  let read: ReturnType<typeof readPain001>;
  let evaluated: { value: T } | undefined;
  try {
    read = readPain001(pre.text);
    if (read.ok) evaluated = { value: evaluate(read.document) };
  } catch (error) {
    await check.catch(() => undefined);
    throw error;
  }
  const verdict = await check;
  if (verdict.parseFailure) {
    const first = verdict.errors[0];
    return {
      kind: 'unusable',
      reason: verdict.parseFailure,
      message: first?.message ?? 'Not well-formed XML',
      ...(first?.line ? { line: first.line } : {}),
    };
  }
  if (verdict.messageId !== 'pain.001.001.03' && verdict.messageId !== 'pain.001.001.09') {
    return {
      kind: 'not-pain001',
      message: verdict.messageId
        ? `The bank takes pain.001.001.03 or pain.001.001.09; this document is a ${verdict.messageId}.`
        : (verdict.errors[0]?.message ?? 'Not a pain.001 document.'),
      ...(verdict.errors[0]?.line ? { line: verdict.errors[0].line } : {}),
    };
  }
  if (!verdict.valid || !read.ok || !evaluated) {
    return {
      kind: 'schema-invalid',
      messageNameId: verdict.messageId,
      messageId: read.ok ? read.document.groupHeader.messageId.value : '',
      errors:
        verdict.valid && !read.ok
          ? [{ message: read.message, line: read.line ?? null, column: null }]
          : verdict.errors,
    };
  }
  return { kind: 'pain001', document: read.document, evaluated: evaluated.value, ranOn: verdict.ranOn };
}
