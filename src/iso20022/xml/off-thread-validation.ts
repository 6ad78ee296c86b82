// XSD validation on a second core. libxmljs2 can be loaded by only one thread per process, and its
// libxml is built without thread support (libxml.ts), so this module starts ONE worker
// (schema-worker.mjs) that owns it — only in a process that asked for it (`useSchemaWorker`: a
// dedicated server or CLI run whose main thread never needs libxml) and only when this thread has
// not loaded libxmljs2 already. Otherwise the check runs inline on this thread: same steps
// (schema-check.mjs), same answer, just without the overlap. In-process users (msw handlers in an
// integrator's tests, the reference client) keep libxml on their own thread that way. Callers
// run preflightXml first (size, encoding, empty, DOCTYPE), start this check, do their JavaScript
// work (reading the file, the rule pass) and then await the answer, so parse + XSD (C++, worker)
// and reading + rules (JS, main) overlap. Decision record: docs/decisions/003-payment-file-xsd-check.md.
//
// Protocol: main → worker `{ id, text | bytes, options, messageId?, dir, known }`; worker → main
// `{ id, ...XsdCheckReply }` (schema-check.d.mts) or `{ id, kind: 'schema-error', message }`
// (also when the worker could not load libxmljs2).
import { Buffer } from 'node:buffer';
import { Worker } from 'node:worker_threads';
import { BenchBugError } from '../bench-bug-error.ts';
import {
  libxml,
  libxmlLoadedInThisThread,
  markLibxmlOwnedByWorker,
  releaseLibxmlFromWorker,
} from './libxml.ts';
import { SCHEMA_MESSAGE_IDS, type SchemaMessageId } from './message-id.ts';
import { libxmlFailure, SAFE_LIBXML_OPTIONS, type SafeParseFailureReason } from './safe-parse.ts';
import { locateSchemaDirectory, schemaRegistry, type SchemaLookupOptions } from './schema-files.ts';
import { checkXmlAgainstXsd, type XsdCheckReply } from './schema-check.mjs';
import {
  toValidationError,
  type SchemaRegistry,
  type SchemaValidationError,
  type SchemaValidationResult,
} from './schemas.ts';

export interface OffThreadCheckResult extends SchemaValidationResult {
  /** Set when libxml could not parse the text (then `valid` is false). */
  parseFailure?: SafeParseFailureReason;
  /** Set when the root's namespace is none of the `known` messages (then `valid` is false). */
  unknownRoot?: { name: string; namespace: string; line: number };
  /** Where the check ran. */
  ranOn: 'worker' | 'inline';
  /** How many pieces the document was validated in (1: whole; see pain001-chunks.mjs). */
  pieces?: number;
}

export interface OffThreadCheckOptions extends SchemaLookupOptions {
  messageId?: SchemaMessageId;
  /** The messages a document may be (default: every message the bench has an XSD for). */
  known?: readonly SchemaMessageId[];
  /**
   * The XSDs to use. The inline check takes them from here; the worker reads the files of
   * `registry.directory` (a registry without a directory keeps the check inline).
   */
  registry?: SchemaRegistry;
  /** Never start the worker (tests, or processes that need libxml on the main thread). */
  inline?: boolean;
}

type WorkerReply = { id: number } & (XsdCheckReply | { kind: 'schema-error'; message: string });

interface SchemaWorker {
  worker: Worker;
  pending: Map<number, (reply: WorkerReply) => void>;
  nextId: number;
}

let schemaWorker: SchemaWorker | undefined;
/** Set by useSchemaWorker: this process may give libxml to the worker. */
let workerWanted = false;
/** Set by stopSchemaWorker: libxml stays with the stopped worker's thread, so no new worker starts. */
let retired = false;

/**
 * Lets this process run XSD checks on the schema worker from now on. Call it only where the main
 * thread will never use libxml itself (bin/commands/start.ts, the validate CLI, the benchmark):
 * once the worker holds libxml, libxml() on this thread refuses (libxml.ts). Has no effect when
 * libxml is already loaded here.
 */
export function useSchemaWorker(): void {
  workerWanted = true;
}

function startWorker(): SchemaWorker | undefined {
  if (schemaWorker) return schemaWorker;
  if (!workerWanted || retired || libxmlLoadedInThisThread()) return undefined;
  // Claim libxml for the worker before it loads, so this thread cannot race it (libxml.ts).
  markLibxmlOwnedByWorker();
  const worker = new Worker(new URL('./schema-worker.mjs', import.meta.url), { execArgv: [] });
  worker.unref();
  const pending = new Map<number, (reply: WorkerReply) => void>();
  const failAll = (message: string) => {
    for (const settle of pending.values()) settle({ id: -1, kind: 'schema-error', message });
    pending.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const settle = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    settle?.(reply);
  });
  worker.on('error', (error) => failAll(error.message));
  worker.on('exit', () => {
    failAll('the schema worker stopped');
    if (schemaWorker?.worker === worker) schemaWorker = undefined;
  });
  schemaWorker = { worker, pending, nextId: 1 };
  return schemaWorker;
}

/** The bytes libxml is given: UTF-8 as sent, or the text encoded (unless it declares another encoding). */
function sourceBytes(input: { text: string; utf8Bytes?: Uint8Array }): Uint8Array | undefined {
  return (
    input.utf8Bytes ?? (declaresOtherEncoding(input.text) ? undefined : new TextEncoder().encode(input.text))
  );
}

/** The same check on this thread (loads libxmljs2 here, so the worker will not start afterwards). */
export function checkAgainstSchemaInline(
  input: { text: string; utf8Bytes?: Uint8Array },
  options: OffThreadCheckOptions = {},
): OffThreadCheckResult {
  const registry = options.registry ?? schemaRegistry(options);
  const bytes = sourceBytes(input);
  const reply = checkXmlAgainstXsd(
    libxml(),
    bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : input.text,
    {
      parseOptions: SAFE_LIBXML_OPTIONS,
      ...(options.messageId ? { messageId: options.messageId } : {}),
      known: options.known ?? SCHEMA_MESSAGE_IDS,
      schemaFor: (id) => registry.schema(id as SchemaMessageId),
    },
  );
  return toResult(reply, 'inline');
}

/**
 * Parses (safely) and validates a text that passed preflightXml, on the schema worker when this
 * process can have one. The request is sent before this function returns (not after an await),
 * so the worker starts while the caller goes on with its own work. Resolves; rejects only for
 * set-up errors (no schema directory) and bench bugs.
 */
export function checkAgainstSchemaOffThread(
  input: { text: string; utf8Bytes?: Uint8Array },
  options: OffThreadCheckOptions = {},
): Promise<OffThreadCheckResult> {
  let dir: string | undefined;
  try {
    dir = options.registry ? options.registry.directory : locateSchemaDirectory(options).dir;
  } catch (error) {
    return Promise.reject(error);
  }
  const started = options.inline || dir === undefined ? undefined : startWorker();
  if (!started || dir === undefined) {
    try {
      return Promise.resolve(checkAgainstSchemaInline(input, options));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const id = started.nextId++;
  // Hand libxml UTF-8 bytes (encoded text goes in a transferred buffer: no copy, no re-encoding
  // in the worker) unless the text declares another encoding, which libxml must then apply.
  const bytes = sourceBytes(input);
  const reply = new Promise<WorkerReply>((resolve) => {
    started.pending.set(id, resolve);
    started.worker.ref();
    const message = {
      id,
      options: SAFE_LIBXML_OPTIONS,
      messageId: options.messageId,
      dir,
      known: options.known ?? SCHEMA_MESSAGE_IDS,
    };
    if (bytes && !input.utf8Bytes)
      started.worker.postMessage({ ...message, bytes }, [bytes.buffer as ArrayBuffer]);
    else started.worker.postMessage(bytes ? { ...message, bytes } : { ...message, text: input.text });
  });
  return reply.then((answer) => {
    if (answer.kind === 'schema-error' && answer.message.includes('could not load libxmljs2')) {
      // Something on this thread loaded libxmljs2 first after all: give it back and check here.
      releaseLibxmlFromWorker();
      void stopSchemaWorker();
      return checkAgainstSchemaInline(input, options);
      // (retired stays true: the next checks run inline from the start.)
    }
    if (answer.kind === 'schema-error') throw new BenchBugError(`schema worker: ${answer.message}`);
    return toResult(answer, 'worker');
  });
}

function toResult(reply: XsdCheckReply, ranOn: 'worker' | 'inline'): OffThreadCheckResult {
  switch (reply.kind) {
    case 'validated':
      return {
        valid: reply.valid,
        messageId: reply.messageId as SchemaMessageId,
        errors: reply.errors.map(toValidationError),
        ranOn,
        pieces: reply.pieces,
      };
    case 'parse-error': {
      const failure = libxmlFailure(Object.assign(new Error(reply.error.message), reply.error));
      const errors: SchemaValidationError[] = [
        { message: failure.message, line: failure.line ?? null, column: null },
      ];
      return { valid: false, parseFailure: failure.reason, errors, ranOn };
    }
    case 'unknown-message':
      return {
        valid: false,
        unknownRoot: { name: reply.name, namespace: reply.namespace, line: reply.line },
        errors: [
          {
            message: `Unknown message: the root element's namespace "${reply.namespace}" is not one of the ISO 20022 messages the bench supports.`,
            line: reply.line,
            column: null,
          },
        ],
        ranOn,
      };
  }
}

function declaresOtherEncoding(text: string): boolean {
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(text.slice(0, 200))?.[1];
  return declared !== undefined && !/^utf-?8$/i.test(declared);
}

/** Stops the schema worker (tests and graceful shutdown). libxml stays with it for this process. */
export async function stopSchemaWorker(): Promise<void> {
  const current = schemaWorker;
  schemaWorker = undefined;
  retired = true;
  if (current) await current.worker.terminate();
}
