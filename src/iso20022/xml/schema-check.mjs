// "Parse this untrusted XML safely and validate it against its XSD", the same steps wherever
// libxml lives: on the schema worker (schema-worker.mjs) or inline on the calling thread
// (off-thread-validation.ts). Plain JavaScript so the worker can import it without a loader;
// types in schema-check.d.mts. Pure apart from the libxml module and XSD lookup passed in.
//
// A large UTF-8 pain.001 is checked in pieces first (pain001-chunks.mjs says why that is sound
// and why it is faster). When a piece fails, the whole document is checked as well, so every
// error message and line an integrator sees is libxml's own for the file as sent.
import { planPain001Chunks, pain001ChunkCount, validatePain001InChunks } from './pain001-chunks.mjs';

const NAMESPACE_PREFIX = 'urn:iso:std:iso:20022:tech:xsd:';

function messageIdOf(namespace, request) {
  const detected = namespace.startsWith(NAMESPACE_PREFIX) ? namespace.slice(NAMESPACE_PREFIX.length) : '';
  return request.messageId ?? (request.known.includes(detected) ? detected : undefined);
}

function wholeDocumentCheck(libxml, source, request) {
  let doc;
  try {
    doc = libxml.parseXml(source, request.parseOptions);
  } catch (error) {
    return { kind: 'parse-error', error: { message: error.message, line: error.line, code: error.code } };
  }
  const root = doc.root();
  if (!root) {
    return {
      kind: 'parse-error',
      error: { message: 'The XML has no root element.', line: null, code: null },
    };
  }
  const namespace = root.namespace()?.href() ?? '';
  const messageId = messageIdOf(namespace, request);
  if (!messageId) return { kind: 'unknown-message', namespace, name: root.name(), line: root.line() };
  const valid = doc.validate(request.schemaFor(messageId));
  const errors = (doc.validationErrors ?? []).map((e) => ({
    message: e.message,
    line: e.line ?? null,
    column: e.column,
  }));
  return { kind: 'validated', messageId, valid, errors, pieces: 1 };
}

/**
 * @param libxml the libxmljs2 module of the calling thread
 * @param source the document: UTF-8 bytes (a Buffer) or text
 * @param request `{ parseOptions, messageId?, known, schemaFor, release? }`: the safe libxml
 *   options, a message id to validate against (else the root namespace decides, among `known`),
 *   the parsed XSD for a message id, and what to call between pieces (pain001-chunks.mjs)
 */
export function checkXmlAgainstXsd(libxml, source, request) {
  const plan = typeof source === 'string' ? null : planPain001Chunks(source);
  if (plan) {
    const passed = validatePain001InChunks(
      libxml,
      source,
      plan,
      (namespace) => {
        const messageId = messageIdOf(namespace, request);
        return messageId ? request.schemaFor(messageId) : undefined;
      },
      request.parseOptions,
      request.release,
    );
    if (passed) {
      const messageId = messageIdOf(passed.namespace, request);
      return { kind: 'validated', messageId, valid: true, errors: [], pieces: pain001ChunkCount(plan) };
    }
  }
  return wholeDocumentCheck(libxml, source, request);
}
