// XSD validation on a second core. libxmljs2 can be loaded by only one thread per process
// (libxml.ts), so this module starts ONE worker (schema-worker.mjs) that owns it — but only when
// this thread has not loaded libxmljs2 already. Otherwise the
// check runs inline on this thread: same answer, just without the overlap. Callers run
// preflightXml first (size, encoding, empty, DOCTYPE), start this check, do their JavaScript work
// (readPain001, the rule pass) and then await the answer, so parse + XSD (C++, worker) and
// reading + rules (JS, main) overlap.
//
// Protocol: main → worker `{ id, text | bytes, options, messageId?, dir, known }`; worker → main
// per request `{ id, kind: 'validated', messageId, valid, errors } | { id, kind: 'parse-error',
// error } | { id, kind: 'unknown-message', namespace, line } | { id, kind: 'schema-error', message }`
// (schema-error also when the worker could not load libxmljs2).
import { Worker } from 'node:worker_threads';
import { BenchBugError } from '../bench-bug-error.ts';
import { libxmlLoadedInThisThread, markLibxmlOwnedByWorker, releaseLibxmlFromWorker } from './libxml.ts';
import { SCHEMA_MESSAGE_IDS, type SchemaMessageId } from './message-id.ts';
import {
  libxmlFailure,
  safeParseXml,
  SAFE_LIBXML_OPTIONS,
  type SafeParseFailureReason,
} from './safe-parse.ts';
import { locateSchemaDirectory, schemaRegistry, type SchemaLookupOptions } from './schema-files.ts';
import { toValidationError, type SchemaValidationError, type SchemaValidationResult } from './schemas.ts';

export interface OffThreadCheckResult extends SchemaValidationResult {
  /** Set when libxml could not parse the text (then `valid` is false). */
  parseFailure?: SafeParseFailureReason;
  /** Where the check ran. */
  ranOn: 'worker' | 'inline';
}

export interface OffThreadCheckOptions extends SchemaLookupOptions {
  messageId?: SchemaMessageId;
  /** Never start the worker (tests, or processes that need libxml on the main thread). */
  inline?: boolean;
}

type WorkerReply =
  | {
      id: number;
      kind: 'validated';
      messageId: SchemaMessageId;
      valid: boolean;
      errors: Array<{ message: string; line: number | null; column: number }>;
    }
  | { id: number; kind: 'parse-error'; error: { message: string; line: number | null; code: number | null } }
  | { id: number; kind: 'unknown-message'; namespace: string; line: number }
  | { id: number; kind: 'schema-error'; message: string };

interface SchemaWorker {
  worker: Worker;
  pending: Map<number, (reply: WorkerReply) => void>;
  nextId: number;
}

let schemaWorker: SchemaWorker | undefined;
/** Set by stopSchemaWorker: libxml stays with the stopped worker's thread, so no new worker starts. */
let retired = false;

function startWorker(): SchemaWorker | undefined {
  if (schemaWorker) return schemaWorker;
  if (retired || libxmlLoadedInThisThread()) return undefined;
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

function inlineCheck(text: string, options: OffThreadCheckOptions): OffThreadCheckResult {
  const parsed = safeParseXml(text, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (!parsed.ok) {
    return {
      valid: false,
      parseFailure: parsed.reason,
      errors: [{ message: parsed.message, line: parsed.line ?? null, column: null }],
      ranOn: 'inline',
    };
  }
  return { ...schemaRegistry(options).validate(parsed.doc, options.messageId), ranOn: 'inline' };
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
  let dir: string;
  try {
    dir = locateSchemaDirectory(options).dir;
  } catch (error) {
    return Promise.reject(error);
  }
  const started = options.inline ? undefined : startWorker();
  if (!started) {
    try {
      return Promise.resolve(inlineCheck(input.text, options));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const id = started.nextId++;
  // Hand libxml UTF-8 bytes in a transferred buffer (no string copy, no re-encoding in the worker)
  // unless the text declares another encoding, which libxml must then not re-apply to the bytes.
  const bytes =
    input.utf8Bytes ?? (declaresOtherEncoding(input.text) ? undefined : new TextEncoder().encode(input.text));
  const reply = new Promise<WorkerReply>((resolve) => {
    started.pending.set(id, resolve);
    started.worker.ref();
    const message = {
      id,
      options: SAFE_LIBXML_OPTIONS,
      messageId: options.messageId,
      dir,
      known: SCHEMA_MESSAGE_IDS,
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
      return inlineCheck(input.text, options);
      // (retired stays true: the next checks run inline from the start.)
    }
    return toResult(answer);
  });
}

function toResult(reply: WorkerReply): OffThreadCheckResult {
  switch (reply.kind) {
    case 'validated':
      return {
        valid: reply.valid,
        messageId: reply.messageId,
        errors: reply.errors.map(toValidationError),
        ranOn: 'worker',
      };
    case 'parse-error': {
      const failure = libxmlFailure(Object.assign(new Error(reply.error.message), reply.error));
      const errors: SchemaValidationError[] = [
        { message: failure.message, line: failure.line ?? null, column: null },
      ];
      return { valid: false, parseFailure: failure.reason, errors, ranOn: 'worker' };
    }
    case 'unknown-message':
      return {
        valid: false,
        errors: [
          {
            message: `Unknown message: the root element's namespace "${reply.namespace}" is not one of the ISO 20022 messages the bench supports.`,
            line: reply.line,
            column: null,
          },
        ],
        ranOn: 'worker',
      };
    default:
      throw new BenchBugError(`schema worker: ${'message' in reply ? reply.message : 'unexpected reply'}`);
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
