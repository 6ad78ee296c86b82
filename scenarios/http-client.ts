// A small HTTP client for the scenarios: the bench and the driver are driven only over HTTP,
// exactly as an integrator's system would be (ARCHITECTURE.md §5). Every answer keeps its
// status and parsed body, so invariants can judge refusals as well as successes.

export interface HttpAnswer<T = unknown> {
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
    return { method, path, status: response.status, body: parsed as T, text, contentType };
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

/** An answer the scenario needs to succeed; anything else is a broken set-up, not a finding. */
export function expectOk<T>(answer: HttpAnswer<T>, what: string): T {
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

/** The catalogue code of a problem+json answer, if it is one. */
export function problemCode(answer: HttpAnswer): string | undefined {
  const body = answer.body as { code?: unknown } | undefined;
  return answer.contentType.includes('problem+json') && typeof body?.code === 'string'
    ? body.code
    : undefined;
}
