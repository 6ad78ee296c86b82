import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import libxml from 'libxmljs2';
import { findDoctypeInProlog, SAFE_LIBXML_OPTIONS, safeParseXml } from './safe-parse.ts';
import { readVector } from '../testing/vectors.ts';

const MARKER = 'XXE-MARKER-7f3c9a';
let dir: string;
let secretFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'efb-xxe-'));
  secretFile = join(dir, 'secret.txt');
  writeFileSync(secretFile, `${MARKER}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function xxeDocument(prolog = ''): string {
  return `${prolog}<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file://${secretFile}">]>\n<Document><Nm>&xxe;</Nm></Document>`;
}

describe('safeParseXml', () => {
  it('parses a well-formed document and reports its size', () => {
    const result = safeParseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Document><Nm>Leverandør AS</Nm></Document>',
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.doc.root()?.name()).toBe('Document');
      expect(result.bytes).toBeGreaterThan(60);
    }
  });

  it('refuses an XXE file entity before parsing, and the file content never appears', () => {
    const result = safeParseXml(xxeDocument('<?xml version="1.0"?>\n'));
    expect(result).toMatchObject({ ok: false, reason: 'doctype-forbidden', line: 2 });
    expect(JSON.stringify(result)).not.toContain(MARKER);
  });

  it('finds a DOCTYPE hidden behind a BOM, comments and processing instructions', () => {
    const prolog = '\ufeff<?xml version="1.0"?>\n<!-- a comment with <!DOCTYPE inside -->\n<?pi data?>\n';
    const result = safeParseXml(xxeDocument(prolog));
    expect(result).toMatchObject({ ok: false, reason: 'doctype-forbidden', line: 4 });
  });

  it('refuses a lower-case doctype too', () => {
    expect(safeParseXml('<!doctype a><a/>')).toMatchObject({ ok: false, reason: 'doctype-forbidden' });
  });

  it('refuses the billion-laughs vector as a forbidden DOCTYPE', () => {
    const result = safeParseXml(readVector('xml-doctype-billion-laughs.xml'));
    expect(result).toMatchObject({ ok: false, reason: 'doctype-forbidden', line: 2 });
  });

  it('keeps entities unexpanded and files unread even if a DOCTYPE reached libxml (defence in depth)', () => {
    const doc = libxml.parseXml(xxeDocument(), SAFE_LIBXML_OPTIONS);
    expect(doc.toString()).not.toContain(MARKER);
    expect(doc.root()?.text() ?? '').not.toContain(MARKER);
  });

  it('refuses input over the byte limit, counting UTF-8 bytes rather than characters', () => {
    const text = `<a>${'ø'.repeat(60)}</a>`; // 67 characters, 127 bytes
    expect(safeParseXml(text, { maxBytes: 100 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(safeParseXml(text, { maxBytes: 200 }).ok).toBe(true);
    expect(safeParseXml(new Uint8Array(101), { maxBytes: 100 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('calls an empty or blank body empty', () => {
    expect(safeParseXml('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(safeParseXml(' \n\t ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(safeParseXml(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('calls text that is not well-formed XML not-xml, with the line of the problem', () => {
    expect(safeParseXml('hello')).toMatchObject({ ok: false, reason: 'not-xml' });
    const result = safeParseXml('<a>\n<b>\n</a>');
    expect(result).toMatchObject({ ok: false, reason: 'not-xml' });
    if (!result.ok) expect(result.line).toBeGreaterThanOrEqual(2);
  });

  it('calls malformed UTF-8 bytes an encoding error', () => {
    const bytes = Uint8Array.from([...Buffer.from('<a>'), 0xff, 0xfe, ...Buffer.from('</a>')]);
    expect(safeParseXml(bytes)).toMatchObject({ ok: false, reason: 'encoding' });
  });

  it('decodes bytes in a declared ISO-8859-1 encoding and UTF-16 with a BOM', () => {
    const latin1 = Uint8Array.from([
      ...Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0xf8,
      ...Buffer.from('</a>'),
    ]);
    const parsed = safeParseXml(latin1);
    expect(parsed.ok && parsed.doc.root()?.text()).toBe('ø');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('<a>ø</a>', 'utf16le')]);
    const parsed16 = safeParseXml(utf16);
    expect(parsed16.ok && parsed16.doc.root()?.text()).toBe('ø');
  });

  it('refuses an encoding the platform does not know', () => {
    const bytes = Buffer.from('<?xml version="1.0" encoding="X-UNKNOWN-42"?><a/>');
    expect(safeParseXml(bytes)).toMatchObject({ ok: false, reason: 'encoding' });
  });
});

describe('findDoctypeInProlog', () => {
  it('stops at the root element, so text mentioning DOCTYPE later is not a DOCTYPE', () => {
    expect(findDoctypeInProlog('<a><![CDATA[<!DOCTYPE x>]]></a>')).toBeUndefined();
    expect(findDoctypeInProlog('<?xml version="1.0"?><!DOCTYPE a><a/>')).toBe(1);
  });
});
