// The schema worker (plain JavaScript, no loader needed): it owns libxmljs2 for its process and
// answers "parse this text safely and validate it against its XSD" messages (schema-check.mjs),
// so the XSD check runs on a second core. Started and spoken to only by off-thread-validation.ts,
// which documents the protocol. It reads XSD files from the schema directory it is given (this
// worker and schema-files.ts are the only parts of src/iso20022 that touch the file system).
import { parentPort } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import v8 from 'node:v8';
import vm from 'node:vm';
import { checkXmlAgainstXsd } from './schema-check.mjs';

let libxml;
let unavailable;
try {
  libxml = createRequire(import.meta.url)('libxmljs2');
} catch (error) {
  unavailable = `the schema worker could not load libxmljs2: ${error instanceof Error ? error.message : String(error)}`;
}

// A young-generation collection after each piece of a chunked check frees that piece's libxml
// tree at once (pain001-chunks.mjs, `release`). V8 offers it only through --expose-gc, which can
// be switched on at run time; without it pieces are freed whenever V8 next collects.
let collectYoung;
try {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  collectYoung = () => gc({ type: 'minor' });
} catch {
  collectYoung = undefined;
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
  try {
    const source = bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : text;
    const reply = checkXmlAgainstXsd(libxml, source, {
      parseOptions: options,
      messageId,
      known,
      schemaFor: (target) => schemaFor(dir, target),
      release: collectYoung,
    });
    parentPort.postMessage({ id, ...reply });
  } catch (error) {
    parentPort.postMessage({
      id,
      kind: 'schema-error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
