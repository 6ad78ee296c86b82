// Types for schema-check.mjs (plain JavaScript so the schema worker can load it without a loader).
import type { Document, parseXml } from 'libxmljs2';

type ParserOptions = NonNullable<Parameters<typeof parseXml>[1]>;

export interface XsdCheckRequest {
  parseOptions: ParserOptions;
  /** Validate against this message's XSD; otherwise the root namespace decides, among `known`. */
  messageId?: string;
  known: readonly string[];
  /** The parsed XSD for a message id. */
  schemaFor(messageId: string): Document;
  /** Called between the pieces of a chunked check (pain001-chunks.mjs). */
  release?: () => void;
}

export type XsdCheckReply =
  | {
      kind: 'validated';
      messageId: string;
      valid: boolean;
      errors: Array<{ message: string; line: number | null; column: number }>;
      /** 1 when the document was checked whole, else the number of pieces. */
      pieces: number;
    }
  | { kind: 'parse-error'; error: { message: string; line: number | null; code: number | null } }
  | { kind: 'unknown-message'; namespace: string; name: string; line: number };

export function checkXmlAgainstXsd(
  libxml: { parseXml(source: string | Buffer, options?: ParserOptions): Document },
  source: string | Buffer,
  request: XsdCheckRequest,
): XsdCheckReply;
