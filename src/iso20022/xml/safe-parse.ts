// Safe parsing of untrusted XML (payment files arrive from outside). The parser-free defences —
// size limit, encoding, empty input, no DOCTYPE — run first (preflight.ts); then libxml parses
// with options that would keep entities unexpanded and the network closed even if a DOCTYPE got
// through: noent false, dtdload false, dtdvalid false, nonet true, huge false.
import type { Document } from 'libxmljs2';
import { libxml } from './libxml.ts';
import { preflightXml, type SafeParseFailureReason, type SafeParseOptions } from './preflight.ts';

export { DEFAULT_MAX_XML_BYTES, findDoctypeInProlog, preflightXml } from './preflight.ts';
export type { PreflightResult, SafeParseFailureReason, SafeParseOptions } from './preflight.ts';

export type XmlDocument = Document;

export type SafeParseResult =
  | {
      ok: true;
      doc: XmlDocument;
      bytes: number;
      /** The decoded text (what readPain001 and the other readers take). */
      text: string;
    }
  | { ok: false; reason: SafeParseFailureReason; message: string; line?: number };

/** The libxml options every untrusted parse uses (exported so tests can prove the defence in depth). */
export const SAFE_LIBXML_OPTIONS = {
  noent: false,
  dtdload: false,
  dtdvalid: false,
  nonet: true,
  huge: false,
  recover: false,
  xinclude: false,
  // Without it libxml stores at most 65535 as an element's line, and an XSD error deep in a large
  // pretty-printed file would name the wrong line.
  big_lines: true,
} as const;

/** Parses untrusted XML text or bytes; never throws for bad input. */
export function safeParseXml(input: string | Uint8Array, options: SafeParseOptions = {}): SafeParseResult {
  const pre = preflightXml(input, options);
  if (!pre.ok) return pre;
  const parser = libxml(); // outside the try: a bench bug here must not read as bad input
  try {
    // UTF-8 bytes go to libxml as they are (no re-encoding of the decoded string).
    const source = pre.utf8Bytes
      ? Buffer.from(pre.utf8Bytes.buffer, pre.utf8Bytes.byteOffset, pre.utf8Bytes.byteLength)
      : pre.text;
    const doc = parser.parseXml(source as string, SAFE_LIBXML_OPTIONS);
    if (!doc.root()) return { ok: false, reason: 'not-xml', message: 'The XML has no root element.' };
    return { ok: true, doc, bytes: pre.bytes, text: pre.text };
  } catch (error) {
    return libxmlFailure(error);
  }
}

/** Maps a libxml parse error to a failure with its line. */
export function libxmlFailure(error: unknown): {
  ok: false;
  reason: SafeParseFailureReason;
  message: string;
  line?: number;
} {
  const e = error as { message?: unknown; line?: unknown; code?: unknown };
  const message = typeof e.message === 'string' ? e.message.trim() : String(error);
  const line = typeof e.line === 'number' && e.line > 0 ? e.line : undefined;
  // libxml error codes 32 (XML_ERR_UNKNOWN_ENCODING) and 33 (UNSUPPORTED_ENCODING), or encoding
  // wording, mean the bytes rather than the markup are wrong.
  const reason: SafeParseFailureReason =
    e.code === 32 || e.code === 33 || /encoding|not proper UTF-8/i.test(message) ? 'encoding' : 'not-xml';
  const prefix = reason === 'encoding' ? 'The XML has an encoding error' : 'The body is not well-formed XML';
  return {
    ok: false,
    reason,
    message: `${prefix}: ${message}${line ? ` (line ${line})` : ''}`,
    ...(line ? { line } : {}),
  };
}
