// Test helper (vitest): the law "every document the bench writes validates against its XSD"
// (style.md §10). Lives beside the code it checks so every area's tests can import it.
import { expect } from 'vitest';
import { checkAgainstSchema } from '../xml/schema-files.ts';
import type { SchemaMessageId } from '../xml/message-id.ts';

/** Asserts the XML is well-formed and valid against its XSD (from the root namespace unless given). */
export function expectSchemaValid(xml: string, messageId?: SchemaMessageId): void {
  const result = checkAgainstSchema(xml, messageId);
  expect(result.errors, `schema errors for ${result.messageId ?? messageId ?? 'unknown message'}`).toEqual(
    [],
  );
  expect(result.valid).toBe(true);
  if (messageId) expect(result.messageId).toBe(messageId);
}

/** Asserts the XML is NOT valid against its XSD and returns libxml's errors for further checks. */
export function expectSchemaInvalid(
  xml: string,
  messageId?: SchemaMessageId,
): { message: string; line: number | null }[] {
  const result = checkAgainstSchema(xml, messageId);
  expect(result.valid).toBe(false);
  expect(result.errors.length).toBeGreaterThan(0);
  return result.errors;
}
