// A tiny JSON/XML client for tests: every call returns status, headers and the parsed body.
export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface Api {
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>>;
  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  put<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  delete<T = unknown>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  /** POST an XML document (pain.001). */
  postXml<T = unknown>(path: string, xml: string, headers?: Record<string, string>): Promise<ApiResponse<T>>;
  withKey(key: string): Api;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export function createApi(baseUrl: string, key: string | undefined, fetchImpl: FetchLike = fetch): Api {
  const send = async <T>(
    method: string,
    path: string,
    body: BodyInit | undefined,
    headers: Record<string, string>,
  ): Promise<ApiResponse<T>> => {
    const response = await fetchImpl(`${baseUrl}${path}`, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body,
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (type.includes('json') && text) parsed = JSON.parse(text);
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  };
  const withJson = (body: unknown): BodyInit | undefined =>
    body === undefined ? undefined : JSON.stringify(body);
  const jsonHeaders = (body: unknown, headers: Record<string, string> = {}) =>
    body === undefined ? headers : { 'content-type': 'application/json', ...headers };
  return {
    request: (method, path, body, headers) => send(method, path, withJson(body), jsonHeaders(body, headers)),
    get: (path, headers = {}) => send('GET', path, undefined, headers),
    post: (path, body, headers) => send('POST', path, withJson(body), jsonHeaders(body, headers)),
    put: (path, body, headers) => send('PUT', path, withJson(body), jsonHeaders(body, headers)),
    patch: (path, body, headers) => send('PATCH', path, withJson(body), jsonHeaders(body, headers)),
    delete: (path, headers = {}) => send('DELETE', path, undefined, headers),
    postXml: (path, xml, headers = {}) =>
      send('POST', path, xml, { 'content-type': 'application/xml', ...headers }),
    withKey: (other) => createApi(baseUrl, other, fetchImpl),
  };
}
