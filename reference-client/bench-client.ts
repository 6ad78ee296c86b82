// The one place the reference client talks HTTP to the bench, exactly as an integrator's system
// would: plain fetch, a bearer key per call (the issuer's key for MPS, the agreement's key for the
// bank), problem+json errors turned into BenchError with the catalogue code. Transient failures
// (5xx, 429, connection reset) of calls that are safe to repeat are retried with exponential
// back-off, as Vipps recommends for eFaktura sends (efaktura-b2c.md §7.5, S20).

export type Fetcher = (request: Request) => Promise<Response>;

export interface BenchResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON. */
  json: unknown;
}

export class BenchError extends Error {
  /** HTTP status, or 0 when no answer arrived (connection refused, reset, dropped). */
  readonly status: number;
  /** The problem's catalogue code (`EB-...`, `3002`, ...), or NETWORK. */
  readonly code: string;
  readonly detail: string;
  readonly method: string;
  readonly path: string;
  readonly problem: Record<string, unknown> | undefined;

  constructor(options: {
    status: number;
    code: string;
    detail: string;
    method: string;
    path: string;
    problem?: Record<string, unknown>;
  }) {
    super(
      `${options.method} ${options.path} → ${options.status || 'no answer'} ${options.code}: ${options.detail}`,
    );
    this.name = 'BenchError';
    this.status = options.status;
    this.code = options.code;
    this.detail = options.detail;
    this.method = options.method;
    this.path = options.path;
    this.problem = options.problem;
  }
}

export interface CallOptions {
  key?: string;
  json?: unknown;
  xml?: string;
  headers?: Record<string, string>;
  /** Repeat on 5xx/429/no answer. Default: true for GET, false otherwise (a POST may not be idempotent). */
  retry?: boolean;
}

export interface BenchClientOptions {
  baseUrl: string;
  fetcher?: Fetcher;
  /** Real-time delays between retries in ms. Default 50, 100, 200. */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { method: string; path: string; attempt: number; reason: string }) => void;
}

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export class BenchClient {
  readonly baseUrl: string;
  private readonly fetcher: Fetcher;
  private readonly retryDelaysMs: readonly number[];
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly onRetry: BenchClientOptions['onRetry'];

  constructor(options: BenchClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetcher = options.fetcher ?? ((request) => fetch(request));
    this.retryDelaysMs = options.retryDelaysMs ?? [50, 100, 200];
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.onRetry = options.onRetry;
  }

  async call(method: string, path: string, options: CallOptions = {}): Promise<BenchResponse> {
    const retry = options.retry ?? method === 'GET';
    const attempts = retry ? this.retryDelaysMs.length + 1 : 1;
    let last: BenchError | undefined;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const outcome = await this.once(method, path, options);
      if (!(outcome instanceof BenchError)) return outcome;
      last = outcome;
      const transient = outcome.status === 0 || RETRYABLE_STATUS.has(outcome.status);
      if (!transient || attempt === attempts) break;
      this.onRetry?.({ method, path, attempt, reason: `${outcome.status || 'no answer'} ${outcome.code}` });
      await this.sleep(this.retryDelaysMs[attempt - 1] ?? 200);
    }
    throw last ?? new BenchError({ status: 0, code: 'NETWORK', detail: 'no attempt made', method, path });
  }

  async getJson(path: string, key: string | undefined): Promise<unknown> {
    return (await this.call('GET', path, { key })).json;
  }

  private async once(
    method: string,
    path: string,
    options: CallOptions,
  ): Promise<BenchResponse | BenchError> {
    const headers = new Headers(options.headers);
    if (options.key) headers.set('authorization', `Bearer ${options.key}`);
    let body: string | undefined;
    if (options.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(options.json);
    } else if (options.xml !== undefined) {
      headers.set('content-type', 'application/xml');
      body = options.xml;
    }
    let response: Response;
    try {
      response = await this.fetcher(new Request(`${this.baseUrl}${path}`, { method, headers, body }));
    } catch (error) {
      return new BenchError({
        status: 0,
        code: 'NETWORK',
        detail: describeNetworkError(error),
        method,
        path,
      });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return new BenchError({
        status: 0,
        code: 'NETWORK',
        detail: describeNetworkError(error),
        method,
        path,
      });
    }
    const type = response.headers.get('content-type') ?? '';
    let json: unknown;
    if (type.includes('json') && text !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    if (response.ok) return { status: response.status, headers: response.headers, text, json };
    const problem = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : undefined;
    return new BenchError({
      status: response.status,
      code: typeof problem?.code === 'string' ? problem.code : `HTTP-${response.status}`,
      detail: typeof problem?.detail === 'string' ? problem.detail : text.slice(0, 300),
      method,
      path,
      problem,
    });
  }
}

function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${error.message} (${cause.code})` : error.message;
  }
  return String(error);
}

/** Query string from defined values only. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
