// A request's headers as handlers read them (the read side of fetch's Headers), over Node's own
// header record. Copying every header into a fetch Headers validated each name and value again
// (undici), on every request, for the one or two headers a handler reads. Node has already
// validated them, lower-cased the names and joined repeated ones with ", " (set-cookie aside).
import type { IncomingHttpHeaders } from 'node:http';

export class NodeHeaders {
  private readonly raw: IncomingHttpHeaders;

  constructor(raw: IncomingHttpHeaders) {
    this.raw = raw;
  }

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  getSetCookie(): string[] {
    return [...(this.raw['set-cookie'] ?? [])];
  }

  *entries(): IterableIterator<[string, string]> {
    // fetch's Headers iterates in sorted name order.
    for (const name of Object.keys(this.raw).sort()) {
      const value = this.get(name);
      if (value !== null) yield [name, value];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, name: string, headers: Headers) => void): void {
    for (const [name, value] of this.entries()) callback(value, name, this.asHeaders());
  }

  // Handlers only read a request's headers; a write is refused loudly rather than lost.
  set(): never {
    throw new TypeError('Request headers are immutable.');
  }

  append(): never {
    throw new TypeError('Request headers are immutable.');
  }

  delete(): never {
    throw new TypeError('Request headers are immutable.');
  }

  asHeaders(): Headers {
    return this as unknown as Headers;
  }
}
