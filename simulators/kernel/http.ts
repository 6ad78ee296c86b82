// Small helpers for fetch-style handlers: encode answers, decode and validate bodies.
import type { z } from 'zod';
import { ProblemError } from './problem.ts';
import { textResponse } from './fast-body.ts';
import type { FastAccept } from './fast-accept.ts';
import type { HandlerContext, PartyKind } from './types.ts';

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return textResponse(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function xml(text: string, status = 200, headers: Record<string, string> = {}): Response {
  return textResponse(text, {
    status,
    headers: { 'content-type': 'application/xml; charset=utf-8', ...headers },
  });
}

export function noContent(): Response {
  return textResponse(null, { status: 204 });
}

function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

/** Reads the body as text (the kernel has already enforced the route's size limit). */
export async function readText(request: Request): Promise<string> {
  return request.text();
}

/**
 * Reads and validates a JSON body. Problems: 415 for a non-JSON content type, 400 EB-INVALID-JSON
 * for text that is not JSON, 400 EB-INVALID-BODY naming each bad field.
 */
export async function readJson<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: {
    allowEmpty?: boolean;
    /** The schema's copy-free accept path (fast-accept.ts), for large bodies on hot routes. */
    fastAccept?: FastAccept;
  } = {},
): Promise<z.infer<Schema>> {
  const text = await request.text();
  if (text.trim() === '') {
    if (options.allowEmpty) return parseWith(schema, {});
    throw new ProblemError(400, 'EB-INVALID-BODY', 'The request body is empty; a JSON object is required.');
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new ProblemError(
      415,
      'EB-UNSUPPORTED-MEDIA-TYPE',
      `Content-Type must be application/json, not "${request.headers.get('content-type') ?? '(none)'}".`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ProblemError(400, 'EB-INVALID-JSON', `The body is not valid JSON: ${(error as Error).message}`);
  }
  if (options.fastAccept?.(value)) return value as z.infer<Schema>;
  return parseWith(schema, value);
}

export function parseWith<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
  const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
  throw new ProblemError(400, 'EB-INVALID-BODY', `The request body is invalid: ${detail}`, { errors });
}

/** The tenant key (and admin) may act for everyone in the tenant; a party key only for itself. */
export function requireParty(ctx: HandlerContext, kind: PartyKind, id: string): void {
  const { party } = ctx;
  if (party.kind === 'tenant' || party.kind === 'admin') return;
  if (party.kind === kind && party.id === id) return;
  throw new ProblemError(
    403,
    'EB-FORBIDDEN-PARTY',
    `This key belongs to ${party.kind} ${party.id} and may not act for ${kind} ${id}.`,
  );
}

export function notFound(what: string, id: string): never {
  throw new ProblemError(404, 'EB-NOT-FOUND', `No ${what} with id "${id}" in this tenant.`, {
    resource: what,
    id,
  });
}
