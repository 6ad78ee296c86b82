// The XSD registry the bank validates uploads with (ARCHITECTURE.md §4 lookup order, in
// src/iso20022/xml/schema-files.ts). Missing schemas are a set-up problem: 503 with the fix.
import { SchemaDirectoryNotFoundError, schemaRegistry } from '../../src/iso20022/xml/schema-files.ts';
import { ProblemError } from '../kernel/problem.ts';
import type { SchemaRegistry } from '../../src/iso20022/xml/schemas.ts';

export function bankSchemas(): SchemaRegistry {
  try {
    return schemaRegistry();
  } catch (error) {
    if (error instanceof SchemaDirectoryNotFoundError) {
      throw new ProblemError(503, 'EB-BANK-SCHEMAS-UNAVAILABLE', error.message);
    }
    throw error;
  }
}
