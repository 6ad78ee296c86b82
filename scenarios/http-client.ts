// A small HTTP client for the scenarios: the bench and the driver are driven only over HTTP,
// exactly as an integrator's system would be (ARCHITECTURE.md §5). Every answer keeps its
// status and parsed body, so invariants can judge refusals as well as successes.
import { InvariantViolation } from './system.ts';

/** Who answered: the bench (simulators, control plane) or the driver under test. */
export type HttpRole = 'bench' | 'driver';

export interface HttpAnswer<T = unknown> {
  role: HttpRole;
  method: string;
  path: string;
  status: number;
  /** Parsed JSON for JSON answers, otherwise the text. */
  body: T;
  text: string;
  contentType: string;
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpClient {
  readonly baseUrl: string;
  request<T = unknown>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>>;
  get<T = unknown>(path: string): Promise<HttpAnswer<T>>;
  post<T = unknown>(path: string, body?: unknown): Promise<HttpAnswer<T>>;
  put<T = unknown>(path: string, body?: unknown): Promise<HttpAnswer<T>>;
  delete<T = unknown>(path: string): Promise<HttpAnswer<T>>;
}

/** The request failed below HTTP (connection refused or reset): the target is not usable. */
export class TransportError extends Error {
  constructor(method: string, url: string, cause: unknown) {
    super(`${method} ${url} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'TransportError';
  }
}

export function createHttpClient(
  baseUrl: string,
  key: string | undefined,
  fetchImpl: FetchLike = fetch,
  role: HttpRole = 'bench',
): HttpClient {
  const base = baseUrl.replace(/\/$/, '');
  const request = async <T>(method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> => {
    const url = `${base}${path}`;
    const headers: Record<string, string> = {};
    if (key) headers.authorization = `Bearer ${key}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new TransportError(method, url, error);
    }
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (contentType.includes('json') && text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { role, method, path, status: response.status, body: parsed as T, text, contentType };
  };
  return {
    baseUrl: base,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    delete: (path) => request('DELETE', path),
  };
}

/**
 * An answer a step needs to succeed. A 5xx is a finding (a bench bug: EB-INTERNAL must never
 * happen; or a driver failing), and so is a driver refusing a request the contract allows; any
 * other refusal means the scenario could not set the world up.
 */
export function expectOk<T>(answer: HttpAnswer<T>, what: string): T {
  if (answer.status >= 200 && answer.status < 300) return answer.body;
  const said = `${what}: ${answer.method} ${answer.path} answered ${answer.status} ${excerpt(answer.text)}`;
  if (answer.status >= 500) {
    throw new InvariantViolation(
      answer.role,
      `${said} (${answer.role === 'bench' ? 'a bench bug' : 'the driver failed'})`,
    );
  }
  if (answer.role === 'driver')
    throw new InvariantViolation('driver', `${said}: the driver refused a request §5.6 allows`);
  throw new ScenarioSetupError(said);
}

/** For set-up steps: any refusal means the target cannot be used as the scenarios need. */
export function expectSetUp<T>(answer: HttpAnswer<T>, what: string): T {
  if (answer.status >= 200 && answer.status < 300) return answer.body;
  throw new ScenarioSetupError(
    `${what}: ${answer.method} ${answer.path} answered ${answer.status} ${excerpt(answer.text)}`,
  );
}

/** The bench or the driver could not be brought into the state a command needs. */
export class ScenarioSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioSetupError';
  }
}

export function excerpt(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
