// Test helper: validates a document against its ISO 20022 XSD, read from ../shared at test time
// (never copied into the repo).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import libxml from 'libxmljs2';
import type { Document } from 'libxmljs2';

const xsdDir = fileURLToPath(new URL('../../../shared/iso20022/xsd/', import.meta.url));
const cache = new Map<string, Document>();

export function schemaErrors(xml: string, messageId: string): string[] {
  let schema = cache.get(messageId);
  if (!schema) {
    schema = libxml.parseXml(readFileSync(`${xsdDir}${messageId}.xsd`, 'utf8'));
    cache.set(messageId, schema);
  }
  const doc = libxml.parseXml(xml);
  return doc.validate(schema)
    ? []
    : doc.validationErrors.map((error) => `${error.line}: ${error.message.trim()}`);
}
