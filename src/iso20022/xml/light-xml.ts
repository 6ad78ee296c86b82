// A small, fast XML scanner that builds plain JS element trees, for reading large ISO 20022 files.
// Why not walk the libxml DOM? Each libxmljs2 node access crosses into C++ and allocates a wrapper;
// a 100,000-transaction pain.001 has ~2 million elements and walking them that way takes seconds.
// This scanner reads the same text in one pass. It is NOT a validator: well-formedness and the XSD
// are libxml's job (safe-parse.ts, schemas.ts). On malformed input it stops with a failure rather
// than guessing, and it never expands anything but the five predefined entities and character
// references (a DOCTYPE is refused, as in safe-parse.ts).

export interface LightElement {
  /** Local name (without prefix). */
  name: string;
  /** Namespace prefix of the qualified name, when it has one. */
  prefix?: string;
  /** 1-based line where the start tag ends, exactly as libxml's node.line(). */
  line: number;
  /** Text content of a leaf (elements with element children keep ''). */
  text: string;
  /** Attributes by qualified name, only when the tag has attributes. */
  attrs?: Record<string, string>;
  children: LightElement[];
}

export interface LightScanHooks {
  /** Called when a start tag has been read (children not yet known). */
  onOpen?(element: LightElement, parent: LightElement | undefined, depth: number): void;
  /**
   * Called when an element is complete. Return false to NOT attach it to its parent (lets a
   * reader convert and drop large repeated blocks as it goes, keeping memory flat).
   */
  onClose?(element: LightElement, parent: LightElement | undefined, depth: number): boolean | void;
}

export type LightScanResult = { ok: true; root: LightElement } | { ok: false; message: string; line: number };

/** libxml's default depth limit without XML_PARSE_HUGE. */
const MAX_DEPTH = 256;

class ScanError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

export function scanXml(text: string, hooks: LightScanHooks = {}): LightScanResult {
  let line = 1;
  let lineCursor = 0;
  // Position of the next newline at or after lineCursor (-1: none left), so a file on one line
  // does not rescan its whole tail for every tag.
  let nextNewline = text.indexOf('\n');
  const lineOf = (index: number): number => {
    if (index < lineCursor) {
      // Only for an error position behind the cursor: count from the start.
      let count = 1;
      for (let nl = text.indexOf('\n'); nl !== -1 && nl < index; nl = text.indexOf('\n', nl + 1)) count++;
      return count;
    }
    while (nextNewline !== -1 && nextNewline < index) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    lineCursor = index;
    return line;
  };

  const stack: LightElement[] = [];
  // Text of the element on top of the stack: a single raw slice is kept as indices and decoded
  // only when the element closes as a leaf; anything more complex is accumulated as a string.
  const textStart: number[] = [];
  const textEnd: number[] = [];
  const textAcc: (string | undefined)[] = [];
  let root: LightElement | undefined;
  let i = 0;
  const n = text.length;

  const addText = (start: number, end: number, raw: boolean): void => {
    const depth = stack.length - 1;
    if (depth < 0) return;
    if (textAcc[depth] === undefined && textStart[depth] === -1 && raw) {
      textStart[depth] = start;
      textEnd[depth] = end;
      return;
    }
    let acc = textAcc[depth] ?? '';
    if (textStart[depth] !== -1) {
      acc += decodeText(text, textStart[depth] ?? 0, textEnd[depth] ?? 0);
      textStart[depth] = -1;
    }
    acc += raw ? decodeText(text, start, end) : normaliseLineEnds(text.slice(start, end));
    textAcc[depth] = acc;
  };

  try {
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt === -1) {
        if (stack.length > 0) throw new ScanError('Premature end of data: unclosed element', n);
        if (text.slice(i).trim() !== '') throw new ScanError('Text outside the root element', i);
        break;
      }
      if (lt > i) {
        if (stack.length > 0) addText(i, lt, true);
        else if (text.slice(i, lt).trim() !== '' && !(i === 0 && text.charCodeAt(0) === 0xfeff && lt === 1)) {
          throw new ScanError('Text outside the root element', i);
        }
      }
      const c = text.charCodeAt(lt + 1);
      if (c === 0x3f /* ? */) {
        const end = text.indexOf('?>', lt + 2);
        if (end === -1) throw new ScanError('Unterminated processing instruction', lt);
        i = end + 2;
      } else if (c === 0x21 /* ! */) {
        if (text.startsWith('<!--', lt)) {
          const end = text.indexOf('-->', lt + 4);
          if (end === -1) throw new ScanError('Unterminated comment', lt);
          i = end + 3;
        } else if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) throw new ScanError('Unterminated CDATA section', lt);
          if (stack.length === 0) throw new ScanError('CDATA outside the root element', lt);
          addText(lt + 9, end, false);
          i = end + 3;
        } else {
          throw new ScanError('Markup declarations (DOCTYPE, ENTITY) are not allowed', lt);
        }
      } else if (c === 0x2f /* / */) {
        const end = text.indexOf('>', lt + 2);
        if (end === -1) throw new ScanError('Unterminated end tag', lt);
        const qname = text.slice(lt + 2, end).trimEnd();
        const element = stack[stack.length - 1];
        if (!element || qname !== qualifiedName(element)) {
          throw new ScanError(`End tag </${qname}> does not match the open element`, lt);
        }
        closeTop();
        i = end + 1;
      } else {
        const end = startTagEnd(text, lt);
        const selfClosing = text.charCodeAt(end - 1) === 0x2f;
        // libxml stamps a node with the line where its start tag ends (after the attributes).
        const element = openElement(text, lt + 1, selfClosing ? end - 1 : end, lineOf(end));
        if (stack.length === 0 && root) throw new ScanError('A second root element', lt);
        const parent = stack[stack.length - 1];
        stack.push(element);
        textStart.push(-1);
        textEnd.push(-1);
        textAcc.push(undefined);
        if (stack.length > MAX_DEPTH) throw new ScanError(`Nesting deeper than ${MAX_DEPTH} levels`, lt);
        if (!root) root = element;
        hooks.onOpen?.(element, parent, stack.length - 1);
        if (selfClosing) closeTop();
        i = end + 1;
      }
    }
    if (stack.length > 0) throw new ScanError('Premature end of data: unclosed element', n);
    if (!root) throw new ScanError('No root element', 0);
    return { ok: true, root };
  } catch (error) {
    if (error instanceof ScanError) return { ok: false, message: error.message, line: lineOf(error.index) };
    throw error;
  }

  function closeTop(): void {
    const element = stack.pop() as LightElement;
    const start = textStart.pop() ?? -1;
    const end = textEnd.pop() ?? -1;
    const acc = textAcc.pop();
    if (element.children.length === 0) {
      element.text = acc ?? (start === -1 ? '' : decodeText(text, start, end));
    }
    const parent = stack[stack.length - 1];
    const keep = hooks.onClose?.(element, parent, stack.length);
    if (parent && keep !== false) {
      if (parent.children === NO_CHILDREN) parent.children = [element];
      else parent.children.push(element);
    }
  }
}

function qualifiedName(element: LightElement): string {
  return element.prefix ? `${element.prefix}:${element.name}` : element.name;
}

function startTagEnd(text: string, lt: number): number {
  const end = text.indexOf('>', lt + 1);
  if (end === -1) throw new ScanError('Unterminated start tag', lt);
  const tag = text.slice(lt, end);
  if (tag.indexOf('"') === -1 && tag.indexOf("'") === -1) return end;
  // '>' may appear inside a quoted attribute value: scan quote-aware.
  let quote = 0;
  for (let j = lt + 1; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    if (quote !== 0) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x22 || ch === 0x27) {
      quote = ch;
    } else if (ch === 0x3e) {
      return j;
    } else if (ch === 0x3c) {
      break;
    }
  }
  throw new ScanError('Unterminated start tag', lt);
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Shared by every element without children (most of them are leaves): saves an array per leaf
 * on files with millions of elements. Frozen, so a reader cannot add to it by mistake.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as LightElement[];

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

/** Reads `name attr="v" …` between `start` (after '<') and `stop` (before '>' or '/>'). */
function openElement(text: string, start: number, stop: number, line: number): LightElement {
  let nameEnd = start;
  while (nameEnd < stop && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === start) throw new ScanError('Element name expected', start);
  const qname = text.slice(start, nameEnd);
  const colon = qname.indexOf(':');
  const element: LightElement =
    colon === -1
      ? { name: qname, line, text: '', children: NO_CHILDREN }
      : {
          name: qname.slice(colon + 1),
          prefix: qname.slice(0, colon),
          line,
          text: '',
          children: NO_CHILDREN,
        };
  let rest = nameEnd;
  while (rest < stop && isSpace(text.charCodeAt(rest))) rest++;
  if (rest < stop) {
    const attrs: Record<string, string> = {};
    const source = text.slice(rest, stop);
    ATTRIBUTE.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = ATTRIBUTE.exec(source)) !== null) {
      // Attribute-value normalisation (XML 1.0 §3.3.3): literal tab, CR, LF become spaces.
      const raw = (match[2] ?? match[3] ?? '').replace(/\r\n|[\t\n\r]/g, ' ');
      attrs[match[1] as string] = raw.indexOf('&') === -1 ? raw : decodeEntities(raw, start);
    }
    element.attrs = attrs;
  }
  return element;
}

/** XML 1.0 §2.11: CR LF and lone CR become LF everywhere, CDATA included. */
function normaliseLineEnds(raw: string): string {
  return raw.indexOf('\r') === -1 ? raw : raw.replace(/\r\n?/g, '\n');
}

function decodeText(text: string, start: number, end: number): string {
  const normalised = normaliseLineEnds(text.slice(start, end));
  return normalised.indexOf('&') === -1 ? normalised : decodeEntities(normalised, start);
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string, index: number): string {
  return raw.replace(/&([^;&\s]{1,10});/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff)
        throw new ScanError(`Bad character reference ${whole}`, index);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw new ScanError(`Undefined entity ${whole}`, index);
    return value;
  });
}

/** The first child element with a local name. */
export function childOf(element: LightElement, name: string): LightElement | undefined {
  for (const child of element.children) if (child.name === name) return child;
  return undefined;
}

/** The text of the first child element with a local name. */
export function childText(element: LightElement, name: string): string | undefined {
  return childOf(element, name)?.text;
}
