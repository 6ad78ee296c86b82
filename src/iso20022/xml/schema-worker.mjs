// The schema worker (plain JavaScript, no loader needed): it owns libxmljs2 for its process and
// answers "parse this text safely and validate it against its XSD" messages, so the XSD check
// runs on a second core. Started and spoken to only by off-thread-validation.ts, which documents
// the protocol. It reads XSD files from the schema directory it is given (this worker and
// schema-files.ts are the only parts of src/iso20022 that touch the file system).
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const NAMESPACE_PREFIX = 'urn:iso:std:iso:20022:tech:xsd:';
let libxml;
let unavailable;
try {
  libxml = createRequire(import.meta.url)('libxmljs2');
} catch (error) {
  unavailable = `the schema worker could not load libxmljs2: ${error instanceof Error ? error.message : String(error)}`;
}

const schemas = new Map();

function schemaFor(dir, messageId) {
  const key = `${dir}\u0000${messageId}`;
  let xsd = schemas.get(key);
  if (!xsd) {
    xsd = libxml.parseXml(readFileSync(join(dir, `${messageId}.xsd`), 'utf8'), { nonet: true });
    schemas.set(key, xsd);
  }
  return xsd;
}

parentPort.on('message', (request) => {
  const { id, text, bytes, options, messageId, dir, known } = request;
  if (!libxml) {
    parentPort.postMessage({ id, kind: 'schema-error', message: unavailable });
    return;
  }
  let doc;
  try {
    doc = libxml.parseXml(
      bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : text,
      options,
    );
  } catch (error) {
    parentPort.postMessage({
      id,
      kind: 'parse-error',
      error: { message: error.message, line: error.line, code: error.code },
    });
    return;
  }
  const root = doc.root();
  if (!root) {
    parentPort.postMessage({
      id,
      kind: 'parse-error',
      error: { message: 'The XML has no root element.', line: null, code: null },
    });
    return;
  }
  const namespace = root.namespace()?.href() ?? '';
  const detected = namespace.startsWith(NAMESPACE_PREFIX)
    ? namespace.slice(NAMESPACE_PREFIX.length)
    : undefined;
  const target = messageId ?? (detected && known.includes(detected) ? detected : undefined);
  if (!target) {
    parentPort.postMessage({ id, kind: 'unknown-message', namespace, line: root.line() });
    return;
  }
  try {
    const valid = doc.validate(schemaFor(dir, target));
    const errors = (doc.validationErrors ?? []).map((e) => ({
      message: e.message,
      line: e.line ?? null,
      column: e.column,
    }));
    parentPort.postMessage({ id, kind: 'validated', messageId: target, valid, errors });
  } catch (error) {
    parentPort.postMessage({
      id,
      kind: 'schema-error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
