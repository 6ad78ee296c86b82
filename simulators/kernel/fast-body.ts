// Bodies without web streams on the hot path. In Node 20, building a Request or cloning a Response
// costs 0.2–0.5 ms each (undici streams), several times per exchange: more than the simulators'
// own work. So the kernel buffers each body once, hands handlers a light request over that buffer,
// and remembers the text of every response its helpers build, so the journal and the express
// transport never have to read or clone a response stream.

const responseTexts = new WeakMap<Response, string>();

/** A Response whose body text the kernel can read without consuming it. */
export function textResponse(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  responseTexts.set(response, text);
  return response;
}

/**
 * The response's body text, and a response that can still be sent. Responses built by the
 * helpers are answered from memory; any other is read once and rebuilt.
 */
export async function settleResponse(
  response: Response,
): Promise<{ response: Response; text: string | null }> {
  const known = responseTexts.get(response);
  if (known !== undefined) return { response, text: known };
  if (!response.body) return { response, text: null };
  const text = await response.text();
  return {
    response: textResponse(text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    }),
    text,
  };
}

/**
 * What handlers receive: the Request members they use (method, url, headers, text, json,
 * arrayBuffer), over a body the kernel has already read and size-checked.
 */
export class BufferedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  private readonly bodyText: string | null;
  bodyUsed = false;

  constructor(method: string, url: string, headers: Headers, bodyText: string | null) {
    this.method = method;
    this.url = url;
    this.headers = headers;
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

  /** Handlers may read the body more than once (a full Request would refuse; nothing relies on that). */
  clone(): BufferedRequest {
    return new BufferedRequest(this.method, this.url, this.headers, this.bodyText);
  }

  asRequest(): Request {
    return this as unknown as Request;
  }
}
