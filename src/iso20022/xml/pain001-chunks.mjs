// XSD validation of a large pain.001 in pieces. Why: libxmljs2 builds a tree through libxml's
// debug allocator and reports every allocation to V8 (libxmljs.cc), which makes one 100,000-
// transaction tree (≈ 6 million nodes) cost about twice what xmllint needs for the same file,
// and the cost grows faster than the file. Twenty trees of 5,000 transactions cost a third of one
// big tree, and each is freed before the next grows.
//
// A piece is a standalone document: everything before the first <PmtInf> (the XML declaration,
// <Document>, <CstmrCdtTrfInitn> and <GrpHdr>), the start tag and header elements of the PmtInf
// the piece begins in, a run of the original bytes that starts at a <CdtTrfTxInf> start tag, and
// the closing `</PmtInf>` plus whatever follows the last PmtInf in the file. Split points are
// always a CdtTrfTxInf that is not the first of its PmtInf, at depth 4 (Document / CstmrCdtTrfInitn
// / PmtInf / CdtTrfTxInf), found by a scan that knows comments, CDATA, processing instructions and
// quoted attribute values.
//
// Why a piece that passes says something about the file (only this direction is relied on; any
// piece that fails sends the caller to the whole-document check, whose messages and lines are
// libxml's own):
// - Well-formedness, by induction over the pieces: the bytes up to a split point are a prefix of a
//   piece libxml accepted, so the scan read them right and the open elements there are exactly
//   Document, CstmrCdtTrfInitn and one PmtInf, with the same start tags (hence namespaces) the
//   next piece opens with; libxml therefore reads the next run of bytes the same way in the piece
//   and in the file.
// - Validity: the pain.001.001.03 and .09 XSDs have no identity constraints (xs:key, xs:unique,
//   xs:ID); every element is checked against the same declaration in a piece as in the file; a
//   PmtInf's content is `header, CdtTrfTxInf+`, each piece's share of it starts with a
//   CdtTrfTxInf, and only CdtTrfTxInf may follow a CdtTrfTxInf, so the file's PmtInf is its
//   header followed by CdtTrfTxInf elements that each passed.
// libxml's implementation limits for huge documents (XML_PARSE_HUGE is off) are per text node
// and per name, which a piece shares with the file.
//
// Plain JavaScript so the schema worker (schema-worker.mjs) can import it without a loader;
// types in pain001-chunks.d.mts. Pure: bytes in, bytes out; libxml is passed in.

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const COLON = 0x3a;

const encoder = new TextEncoder();
const DOCUMENT = encoder.encode('Document');
const INITIATION = encoder.encode('CstmrCdtTrfInitn');
const PAYMENT = encoder.encode('PmtInf');
const TRANSACTION = encoder.encode('CdtTrfTxInf');
const PAYMENT_END = encoder.encode('</PmtInf>');
const COMMENT_OPEN = encoder.encode('<!--');
const COMMENT_CLOSE = encoder.encode('-->');
const CDATA_OPEN = encoder.encode('<![CDATA[');
const CDATA_CLOSE = encoder.encode(']]>');
const PI_CLOSE = encoder.encode('?>');

/** Files smaller than this are checked whole: one small tree is cheap. */
export const CHUNKING_MIN_BYTES = 4 * 1024 * 1024;
/** About this many bytes of transactions per piece (measured: ½–1 MiB pieces are fastest). */
export const CHUNK_TARGET_BYTES = 1024 * 1024;

function isNameEnd(byte) {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === GT || byte === SLASH;
}

function bytesAt(bytes, at, expected) {
  if (at + expected.length > bytes.length) return false;
  for (let k = 0; k < expected.length; k++) if (bytes[at + k] !== expected[k]) return false;
  return true;
}

function nameIs(bytes, start, end, expected) {
  return end - start === expected.length && bytesAt(bytes, start, expected);
}

function hasColon(bytes, start, end) {
  for (let k = start; k < end; k++) if (bytes[k] === COLON) return true;
  return false;
}

/** The offset just after `close`, searching from `from`; -1 when it never comes. */
function after(bytes, from, close) {
  const first = close[0];
  for (let k = from; k <= bytes.length - close.length; k++) {
    if (bytes[k] === first && bytesAt(bytes, k, close)) return k + close.length;
  }
  return -1;
}

/**
 * Where a UTF-8 pain.001 can be cut into pieces of about `chunkBytes`, or null when it should be
 * checked whole: smaller than `minBytes`, no place to cut, prefixed element names on the path
 * Document/CstmrCdtTrfInitn/PmtInf/CdtTrfTxInf, a DOCTYPE or other declaration, or markup the scan
 * cannot follow (then it is not well-formed, and the whole-document check says where).
 */
export function planPain001Chunks(bytes, options = {}) {
  const minBytes = options.minBytes ?? CHUNKING_MIN_BYTES;
  const chunkBytes = options.chunkBytes ?? CHUNK_TARGET_BYTES;
  const n = bytes.length;
  if (n < minBytes) return null;
  const payments = [];
  const splits = [];
  let payment;
  let depth = 0;
  let rootSeen = false;
  let firstPayment = -1;
  let afterLastPayment = -1;
  let levelThreeIsPayment = false;
  let nextCut = chunkBytes;
  let i = 0;
  while (i < n) {
    while (i < n && bytes[i] !== LT) i++; // character data
    if (i >= n) break;
    const next = bytes[i + 1];
    if (next === SLASH) {
      let j = i + 2;
      while (j < n && bytes[j] !== GT) j++;
      if (j >= n) return null;
      depth--;
      if (depth < 0) return null;
      if (depth === 2 && levelThreeIsPayment) {
        if (!payment || payment.headerEnd < 0) return null; // a PmtInf without transactions
        afterLastPayment = j + 1;
        levelThreeIsPayment = false;
      }
      i = j + 1;
    } else if (next === BANG) {
      if (bytesAt(bytes, i, COMMENT_OPEN)) i = after(bytes, i + COMMENT_OPEN.length, COMMENT_CLOSE);
      else if (bytesAt(bytes, i, CDATA_OPEN)) i = after(bytes, i + CDATA_OPEN.length, CDATA_CLOSE);
      else return null; // <!DOCTYPE and other declarations: never cut (preflight refuses them anyway)
      if (i < 0) return null;
    } else if (next === QUESTION) {
      i = after(bytes, i + 2, PI_CLOSE);
      if (i < 0) return null;
    } else {
      const nameStart = i + 1;
      let j = nameStart;
      while (j < n && !isNameEnd(bytes[j])) j++;
      const nameEnd = j;
      // To the end of the tag; attribute values may hold '>'.
      for (;;) {
        if (j >= n) return null;
        const byte = bytes[j];
        if (byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE) {
          j++;
          while (j < n && bytes[j] !== byte) j++;
          j++;
        } else if (byte === GT) break;
        else j++;
      }
      const selfClosing = bytes[j - 1] === SLASH;
      depth++;
      if (depth <= 4 && (depth < 4 || levelThreeIsPayment) && hasColon(bytes, nameStart, nameEnd))
        return null;
      if (depth === 1) {
        if (rootSeen || !nameIs(bytes, nameStart, nameEnd, DOCUMENT)) return null;
        rootSeen = true;
      } else if (depth === 2) {
        if (!nameIs(bytes, nameStart, nameEnd, INITIATION)) return null;
      } else if (depth === 3) {
        levelThreeIsPayment = !selfClosing && nameIs(bytes, nameStart, nameEnd, PAYMENT);
        if (levelThreeIsPayment) {
          if (firstPayment < 0) firstPayment = i;
          payment = { start: i, headerEnd: -1 };
          payments.push(payment);
        }
      } else if (depth === 4 && levelThreeIsPayment && nameIs(bytes, nameStart, nameEnd, TRANSACTION)) {
        if (payment.headerEnd < 0)
          payment.headerEnd = i; // the first transaction: never a cut
        else if (i >= nextCut) {
          splits.push({ offset: i, payment: payments.length - 1 });
          nextCut = i + chunkBytes;
        }
      }
      if (selfClosing) depth--;
      i = j + 1;
    }
  }
  if (depth !== 0 || !rootSeen || splits.length === 0 || afterLastPayment < 0) return null;
  return { firstPayment, payments, splits, afterLastPayment };
}

/** How many pieces a plan makes. */
export function pain001ChunkCount(plan) {
  return plan.splits.length + 1;
}

/** Piece `index` of a plan, as a standalone document (a Buffer libxml can parse). */
export function pain001Chunk(bytes, plan, index) {
  const parts = [];
  const last = index === plan.splits.length;
  const end = last ? bytes.length : plan.splits[index].offset;
  if (index === 0) parts.push(bytes.subarray(0, end));
  else {
    const cut = plan.splits[index - 1];
    const payment = plan.payments[cut.payment];
    parts.push(
      bytes.subarray(0, plan.firstPayment),
      bytes.subarray(payment.start, payment.headerEnd),
      bytes.subarray(cut.offset, end),
    );
  }
  if (!last) parts.push(PAYMENT_END, bytes.subarray(plan.afterLastPayment));
  return Buffer.concat(parts);
}

/** One piece: well-formed and valid against the XSD its root namespace names. */
function pieceIsValid(libxml, piece, schemaFor, parseOptions, seen) {
  let doc;
  try {
    doc = libxml.parseXml(piece, parseOptions);
  } catch {
    return false;
  }
  const root = doc.root();
  if (!root) return false;
  seen.namespace ??= root.namespace()?.href() ?? '';
  const xsd = schemaFor(seen.namespace);
  return xsd !== undefined && doc.validate(xsd);
}

/**
 * Parses and validates every piece. Returns `{ namespace }` when all of them are well-formed and
 * valid (so the file is: see the header), or null as soon as one is not, or when `schemaFor`
 * knows no XSD for the root namespace — the caller then checks the whole document, which gives
 * libxml's messages with the file's own line numbers.
 *
 * @param libxml the libxmljs2 module of the calling thread
 * @param schemaFor the parsed XSD for a root namespace, or undefined
 * @param parseOptions the safe libxml options (safe-parse.ts SAFE_LIBXML_OPTIONS)
 * @param release called after each piece, once its document is unreachable: libxmljs2 frees a
 *   libxml tree only when V8 collects its wrapper, and a tree freed before the next piece is
 *   parsed lets libxml reuse warm memory instead of faulting in fresh pages (measured: the parse
 *   costs a third when it does)
 */
export function validatePain001InChunks(libxml, bytes, plan, schemaFor, parseOptions, release) {
  const seen = { namespace: undefined };
  for (let index = 0; index < pain001ChunkCount(plan); index++) {
    const valid = pieceIsValid(libxml, pain001Chunk(bytes, plan, index), schemaFor, parseOptions, seen);
    release?.();
    if (!valid) return null;
  }
  return { namespace: seen.namespace };
}
