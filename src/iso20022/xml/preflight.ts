// The checks on untrusted XML that need no parser, in order (safe-parse.ts runs them before
// libxml sees a byte; off-thread-validation.ts runs them on the main thread):
// 1. a byte size limit (default 50 MiB) checked before anything is decoded;
// 2. the encoding: UTF-8 (ISO 20022 files are UTF-8 in CGI-MP and the Norwegian MIGs); bytes in
//    another declared encoding are decoded when the platform knows it, malformed bytes refused;
// 3. empty input;
// 4. a scan of the prolog that refuses any DOCTYPE, so no entity can be declared at all ("billion
//    laughs", XXE with file:// or http:// entities).

export type SafeParseFailureReason = 'not-xml' | 'doctype-forbidden' | 'too-large' | 'empty' | 'encoding';

export interface SafeParseOptions {
  /** Largest accepted input in bytes (UTF-8 bytes for a string). Default 50 MiB. */
  maxBytes?: number;
}

export const DEFAULT_MAX_XML_BYTES = 50 * 1024 * 1024;

export type PreflightResult =
  | {
      ok: true;
      /** The decoded text. */
      text: string;
      bytes: number;
      /** The input was bytes that are UTF-8 as they stand (libxml may read them directly). */
      utf8Bytes?: Uint8Array;
    }
  | { ok: false; reason: SafeParseFailureReason; message: string; line?: number };

export function preflightXml(input: string | Uint8Array, options: SafeParseOptions = {}): PreflightResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_XML_BYTES;
  const bytes = byteLength(input, maxBytes);
  if (bytes > maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `The XML is larger than the limit of ${maxBytes} bytes.`,
    };
  }
  const decoded: Decoded =
    typeof input === 'string' ? { ok: true, text: input, utf8: false } : decodeBytes(input);
  if (!decoded.ok) return { ok: false, reason: 'encoding', message: decoded.message };
  const text = decoded.text;
  if (text.trim() === '')
    return { ok: false, reason: 'empty', message: 'The body is empty: expected an XML document.' };
  const doctypeLine = findDoctypeInProlog(text);
  if (doctypeLine !== undefined) {
    return {
      ok: false,
      reason: 'doctype-forbidden',
      message:
        'The XML has a DOCTYPE declaration. DTDs and entities are not allowed in ISO 20022 files; remove the <!DOCTYPE ...>.',
      line: doctypeLine,
    };
  }
  return decoded.utf8 && typeof input !== 'string'
    ? { ok: true, text, bytes, utf8Bytes: input }
    : { ok: true, text, bytes };
}

function byteLength(input: string | Uint8Array, maxBytes: number): number {
  if (typeof input !== 'string') return input.byteLength;
  // Every UTF-16 unit is 1..3 UTF-8 bytes: skip the exact count when the answer is clear anyway.
  if (input.length > maxBytes) return input.length;
  if (input.length * 3 <= maxBytes) return input.length;
  return Buffer.byteLength(input, 'utf8');
}

type Decoded = { ok: true; text: string; utf8: boolean } | { ok: false; message: string };

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const declared = declaredEncoding(bytes.subarray(start, start + 200));
  const label = declared === undefined || /^utf-?8$/i.test(declared) ? 'utf-8' : declared;
  return decodeWith(label, bytes.subarray(start));
}

function decodeWith(label: string, bytes: Uint8Array): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return {
      ok: false,
      message: `The XML declares the encoding "${label}", which the bench cannot read. Send UTF-8.`,
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes), utf8: label === 'utf-8' };
  } catch {
    return {
      ok: false,
      message: `The XML is not valid ${label.toUpperCase()}: it contains malformed bytes. Send UTF-8.`,
    };
  }
}

function declaredEncoding(head: Uint8Array): string | undefined {
  let ascii = '';
  for (const b of head) ascii += String.fromCharCode(b);
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(ascii)?.[1];
}

/**
 * Walks the prolog (BOM, XML declaration, comments, processing instructions, whitespace) up to
 * the root element and returns the line of a DOCTYPE if there is one.
 */
export function findDoctypeInProlog(text: string): number | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    if (c !== 0x3c /* < */) return undefined;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      // '<!DOCTYPE' (any case, to be strict) or any other markup declaration in the prolog.
      return /^<!doctype/i.test(text.slice(i, i + 9)) ? lineAt(text, i) : undefined;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}
