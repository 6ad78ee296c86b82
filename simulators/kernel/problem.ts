// RFC 9457 problem details with a catalogue code (ARCHITECTURE.md §4). `type` points at the
// bench's own explanation of the code, so a reader can follow it.
import { lookupCode } from '../../src/codes/catalogue.ts';
import { textResponse } from './fast-body.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  [extension: string]: unknown;
}

export function problemBody(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
): ProblemBody {
  const entry = lookupCode(code);
  return {
    type: `/sim/v1/codes/${encodeURIComponent(code)}`,
    title: entry?.title.en ?? code,
    status,
    detail,
    code,
    ...extra,
  };
}

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Response {
  return textResponse(JSON.stringify(problemBody(status, code, detail, extra)), {
    status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  });
}

/** Throw anywhere in a handler; the kernel answers with the problem. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly extra: Record<string, unknown>;

  constructor(status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
    super(`${code}: ${detail}`);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.extra = extra;
  }

  toResponse(instance?: string): Response {
    return problem(this.status, this.code, this.detail, instance ? { instance, ...this.extra } : this.extra);
  }
}
