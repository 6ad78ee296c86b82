// The ISO 20022 messages the bench reads or writes, identified by their XML namespace
// (`urn:iso:std:iso:20022:tech:xsd:<message id>`, iso20022-norway.md §1 and §7).
import type { XmlDocument } from './safe-parse.ts';

export const SCHEMA_MESSAGE_IDS = [
  'pain.001.001.03',
  'pain.001.001.09',
  'pain.002.001.03',
  'pain.002.001.10',
  'camt.053.001.02',
  'camt.053.001.08',
  'camt.054.001.02',
  'camt.054.001.08',
] as const;

export type SchemaMessageId = (typeof SCHEMA_MESSAGE_IDS)[number];

const NAMESPACE_PREFIX = 'urn:iso:std:iso:20022:tech:xsd:';

export function namespaceOf(messageId: SchemaMessageId): string {
  return `${NAMESPACE_PREFIX}${messageId}`;
}

export function isSchemaMessageId(value: string): value is SchemaMessageId {
  return (SCHEMA_MESSAGE_IDS as readonly string[]).includes(value);
}

/** The message id for a namespace URI, or undefined when the bench has no schema for it. */
export function messageIdFromNamespace(namespace: string | undefined): SchemaMessageId | undefined {
  if (!namespace?.startsWith(NAMESPACE_PREFIX)) return undefined;
  const id = namespace.slice(NAMESPACE_PREFIX.length);
  return isSchemaMessageId(id) ? id : undefined;
}

/** The root element's namespace URI ('' when it has none). */
export function rootNamespace(doc: XmlDocument): string {
  return doc.root()?.namespace()?.href() ?? '';
}

/** Detects the message from the root `Document` element's namespace. */
export function detectMessageId(doc: XmlDocument): SchemaMessageId | undefined {
  return messageIdFromNamespace(rootNamespace(doc));
}
