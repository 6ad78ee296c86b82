// Bodies without web streams on the hot path. In Node 20, building a Request or a Response costs
// 10–40 µs each (undici's Headers validation and body streams), several times per exchange: as
// much as the simulators' own work on a small request. So the kernel buffers each body once and
// hands handlers a light request over that buffer; handlers' helpers answer with a light response
// (status, a header record, the body text) that the express transport writes as it is and the
// journal reads without cloning. A real fetch Response is built only where one leaves the kernel
// (`bench.dispatch`, which msw and in-process callers use), or when a handler asks for its stream.

export interface BufferedResponseInit {
  status?: number;
  statusText?: string;
  headers?: Readonly<Record<string, string>>;
}

/** The body members Request and Response share, over text the kernel already holds. */
abstract class BufferedBody {
  readonly bodyText: string | null;
  bodyUsed = false;

  constructor(bodyText: string | null) {
    this.bodyText = bodyText;
  }

  async text(): Promise<string> {
    this.bodyUsed = true;
    return this.bodyText ?? '';
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(await this.text(), 'utf8');
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }
}

/**
 * What the kernel's helpers answer with: the Response members the kernel and tests use (status,
 * ok, headers, text, json, arrayBuffer, clone), over a body that is already text.
 */
export class BufferedResponse extends BufferedBody {
  readonly status: number;
  readonly statusText: string;
  private readonly headerRecord: Readonly<Record<string, string>>;
  private fetchHeaders: Headers | undefined;

  constructor(bodyText: string | null, init: BufferedResponseInit = {}) {
    super(bodyText);
    this.status = init.status ?? 200;
    this.statusText = init.statusText ?? '';
    this.headerRecord = init.headers ?? {};
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  /** A fetch Headers, built on first use; from then on it is what the response carries. */
  get headers(): Headers {
    this.fetchHeaders ??= new Headers(this.headerRecord);
    return this.fetchHeaders;
  }

  /** The headers as name/value pairs, without building a Headers when nobody asked for one. */
  headerPairs(): Array<[string, string]> {
    if (this.fetchHeaders) return [...this.fetchHeaders];
    return Object.entries(this.headerRecord);
  }

  /** One header, case-insensitively (the journal reads content-type on every exchange). */
  header(name: string): string | null {
    if (this.fetchHeaders) return this.fetchHeaders.get(name);
    const wanted = name.toLowerCase();
    for (const key in this.headerRecord) {
      if (key.toLowerCase() === wanted) return this.headerRecord[key] ?? null;
    }
    return null;
  }

  /** The stream of a real Response; rarely wanted, so built only when asked for. */
  get body(): ReadableStream<Uint8Array> | null {
    return this.toResponse().body;
  }

  clone(): BufferedResponse {
    return new BufferedResponse(this.bodyText, {
      status: this.status,
      statusText: this.statusText,
      headers: Object.fromEntries(this.headerPairs()),
    });
  }

  /** A real fetch Response with the same status, headers and body. */
  toResponse(): Response {
    return new Response(this.bodyText, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headerPairs(),
    });
  }

  asResponse(): Response {
    return this as unknown as Response;
  }
}

/** A light Response whose body text the kernel can read without consuming it. */
export function textResponse(text: string | null, init: BufferedResponseInit): Response {
  return new BufferedResponse(text, init).asResponse();
}

/**
 * A handler's answer as a BufferedResponse. The helpers' answers already are; any other Response
 * (a handler that built its own) is read once.
 */
export async function settleResponse(response: Response): Promise<BufferedResponse> {
  if (response instanceof BufferedResponse) return response;
  const text = response.body ? await response.text() : null;
  return new BufferedResponse(text, {
    status: response.status,
    statusText: response.statusText,
    headers: Object.fromEntries(response.headers),
  });
}

/** The fetch Response for callers outside the kernel (msw needs a real one). */
export function toFetchResponse(response: Response): Response {
  return response instanceof BufferedResponse ? response.toResponse() : response;
}

/**
 * What handlers receive: the Request members they use (method, url, headers, text, json,
 * arrayBuffer), over a body the kernel has already read and size-checked.
 */
export class BufferedRequest extends BufferedBody {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;

  constructor(method: string, url: string, headers: Headers, bodyText: string | null) {
    super(bodyText);
    this.method = method;
    this.url = url;
    this.headers = headers;
  }

  /** Handlers may read the body more than once (a full Request would refuse; nothing relies on that). */
  clone(): BufferedRequest {
    return new BufferedRequest(this.method, this.url, this.headers, this.bodyText);
  }

  asRequest(): Request {
    return this as unknown as Request;
  }
}
