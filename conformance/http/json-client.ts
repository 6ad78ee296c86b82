// A small HTTP client for the runner: JSON or XML bodies, a bearer key, and every answer returned
// with its status and real-time window (the polling checks compare windows with journal times).

export interface HttpResult<T = unknown> {
  method: string;
  path: string;
  status: number;
  ok: boolean;
  body: T;
  text: string;
  contentType: string;
  /** Real time (ms since epoch) when the request left and when the answer was read. */
  startedAt: number;
  endedAt: number;
}

export interface RequestOptions {
  json?: unknown;
  xml?: string;
  headers?: Record<string, string>;
}

/** The peer could not be reached at all (connection refused, reset, timeout). */
export class UnreachableError extends Error {
  constructor(
    readonly target: string,
    readonly url: string,
    cause: unknown,
  ) {
    super(`${target} is unreachable at ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UnreachableError';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class JsonClient {
  constructor(
    /** 'bench' or 'driver', for messages. */
    readonly target: string,
    readonly baseUrl: string,
    readonly key: string | undefined,
    private readonly fetchImpl: FetchLike = fetch,
    private readonly timeoutMs = 60_000,
  ) {}

  async request<T = unknown>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json, application/xml;q=0.9, */*;q=0.5' };
    if (this.key) headers.authorization = `Bearer ${this.key}`;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.xml !== undefined) {
      headers['content-type'] = 'application/xml';
      body = options.xml;
    }
    Object.assign(headers, options.headers);
    const url = `${this.baseUrl}${path}`;
    const startedAt = Date.now();
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers,
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new UnreachableError(this.target, url, error);
    }
    const contentType = response.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (contentType.includes('json') && text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return {
      method,
      path,
      status: response.status,
      ok: response.ok,
      body: parsed as T,
      text,
      contentType,
      startedAt,
      endedAt: Date.now(),
    };
  }

  get<T = unknown>(path: string): Promise<HttpResult<T>> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, json?: unknown): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, json === undefined ? {} : { json });
  }

  put<T = unknown>(path: string, json?: unknown): Promise<HttpResult<T>> {
    return this.request<T>('PUT', path, json === undefined ? {} : { json });
  }

  delete<T = unknown>(path: string): Promise<HttpResult<T>> {
    return this.request<T>('DELETE', path);
  }
}

/** `{ detail, code }` of a problem+json answer, or the start of the text. */
export function describeAnswer(result: HttpResult): string {
  const body = result.body as { code?: unknown; detail?: unknown } | string;
  if (typeof body === 'object' && body !== null) {
    const code = typeof body.code === 'string' ? body.code : undefined;
    const detail = typeof body.detail === 'string' ? body.detail : undefined;
    if (code || detail)
      return `${result.status} ${code ?? ''}${code && detail ? ': ' : ''}${detail ?? ''}`.trim();
  }
  const text = result.text.length > 300 ? `${result.text.slice(0, 300)}…` : result.text;
  return `${result.status} ${text}`.trim();
}
