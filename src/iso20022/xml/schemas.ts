// A pure registry of ISO 20022 XSDs: it is given schema TEXT (by schema-files.ts, or by a test)
// and parses each XSD once. libxmljs2 compiles the parsed XSD inside each validate() call
// (xmlSchemaParse), so the parsed schema document is what can be cached; for these XSDs that
// step costs a few milliseconds, not a re-read or re-parse of the file.
import { BenchBugError } from '../bench-bug-error.ts';
import { libxml } from './libxml.ts';
import { detectMessageId, rootNamespace, type SchemaMessageId } from './message-id.ts';
import type { XmlDocument } from './safe-parse.ts';

export interface SchemaValidationError {
  /** libxml's message, without the namespace braces ({urn:...}) and trailing newline. */
  message: string;
  line: number | null;
  column: number | null;
}

export interface SchemaValidationResult {
  valid: boolean;
  /** The message the document was validated as (undefined when it could not be determined). */
  messageId?: SchemaMessageId;
  errors: SchemaValidationError[];
}

/** Returns the XSD text for a message id (throws when it cannot: a set-up error, not bad input). */
export type SchemaTextSource = (messageId: SchemaMessageId) => string;

export interface SchemaRegistry {
  /** The directory the XSD files are read from, when they come from files (the schema worker reads it too). */
  readonly directory?: string;
  /** The parsed XSD for a message (parsed on first use, then cached). */
  schema(messageId: SchemaMessageId): XmlDocument;
  /** Validates a document against its XSD; `messageId` defaults to the root namespace. */
  validate(doc: XmlDocument, messageId?: SchemaMessageId): SchemaValidationResult;
}

export function createSchemaRegistry(source: SchemaTextSource, directory?: string): SchemaRegistry {
  const cache = new Map<SchemaMessageId, XmlDocument>();
  const schema = (messageId: SchemaMessageId): XmlDocument => {
    let xsd = cache.get(messageId);
    if (!xsd) {
      // XSDs are trusted set-up data (checked by SHA-256 on import), parsed without network access.
      xsd = libxml().parseXml(source(messageId), { nonet: true });
      cache.set(messageId, xsd);
    }
    return xsd;
  };
  return {
    ...(directory === undefined ? {} : { directory }),
    schema,
    validate(doc, messageId) {
      const id = messageId ?? detectMessageId(doc);
      if (!id) {
        const ns = rootNamespace(doc);
        return {
          valid: false,
          errors: [
            {
              message: `Unknown message: the root element's namespace "${ns}" is not one of the ISO 20022 messages the bench supports.`,
              line: doc.root()?.line() ?? null,
              column: null,
            },
          ],
        };
      }
      let valid: boolean;
      try {
        valid = doc.validate(schema(id));
      } catch (error) {
        throw new BenchBugError(`The XSD for ${id} could not be used: ${(error as Error).message}`);
      }
      const errors = (doc.validationErrors ?? []).map(toValidationError);
      return { valid, messageId: id, errors };
    },
  };
}

/** libxml validation error → SchemaValidationError (namespace braces and trailing newline removed). */
export function toValidationError(error: {
  message: string;
  line: number | null;
  column: number;
}): SchemaValidationError {
  return {
    message: error.message.replace(/\{urn:iso:std:iso:20022:tech:xsd:[^}]*\}/g, '').trim(),
    line: error.line ?? null,
    column: error.column > 0 ? error.column : null,
  };
}
