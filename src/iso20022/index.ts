// The ISO 20022 message layer: safe XML, schemas, pain.001 in, pain.002 / camt.054 / camt.053 out.
export * from './iso-amount.ts';
export * from './bench-bug-error.ts';
export * from './pain001-model.ts';
export * from './pain002-model.ts';
export * from './camt-model.ts';
export * from './pain001.ts';
export * from './pain001-remittance.ts';
export * from './pain001-builder.ts';
export * from './pain002.ts';
export * from './pain002-reader.ts';
export * from './camt054.ts';
export * from './camt053.ts';
export * from './camt-reader.ts';
export { DEFAULT_BANK_TRANSACTION_CODES } from './camt-entry.ts';
export * from './xml/safe-parse.ts';
export * from './xml/message-id.ts';
export * from './xml/schemas.ts';
export * from './xml/schema-files.ts';
