import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { create } from 'xmlbuilder2';
import libxml from 'libxmljs2';
import { BenchBugError } from '../bench-bug-error.ts';
import { startDocument, type XmlNode } from './xml-writer.ts';

interface Tree {
  name: string;
  attrs: Array<[string, string]>;
  content: string | Tree[];
}

const name = fc.constantFrom('GrpHdr', 'MsgId', 'Amt', 'InstdAmt', 'Nm', 'Ustrd', 'TxInfAndSts');
// Characters xmlbuilder2 and this writer treat alike (no CR in text, no TAB/LF/CR in attributes).
const value = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', ' ', 'ø', '&', '<', '>', '"', "'", '😀', ']'),
  maxLength: 12,
});
const textValue = fc.string({
  unit: fc.constantFrom('a', ' ', 'ø', '&', '<', '>', '"', '\n', '\t'),
  minLength: 1,
  maxLength: 12,
}); // xmlbuilder2 writes txt('') inconsistently
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    name,
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('Ccy', 'Id'), value), {
      selector: ([k]) => k,
      maxLength: 2,
    }),
    content: fc.oneof({ depthSize: 'small' }, textValue, fc.array(tie('tree'), { maxLength: 3 })),
  }) as fc.Arbitrary<Tree>,
}));

type Builder = { ele(name: string, attrs?: Record<string, string>): Builder; txt(text: string): Builder };

function write(node: Builder | XmlNode, t: Tree): void {
  const child = (node as Builder).ele(t.name, t.attrs.length ? Object.fromEntries(t.attrs) : undefined);
  if (typeof t.content === 'string') child.txt(t.content);
  else for (const c of t.content) write(child, c);
}

function withXmlbuilder2(trees: Tree[], pretty: boolean): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele('urn:test', 'Document').ele('Root');
  for (const t of trees) write(root as unknown as Builder, t);
  return doc.end({ prettyPrint: pretty, indent: ' ' });
}

function withWriter(trees: Tree[], pretty: boolean): string {
  const { root, end } = startDocument('urn:test', 'Root', pretty);
  for (const t of trees) write(root, t);
  return end();
}

describe('xml-writer', () => {
  it('writes byte-identical output to xmlbuilder2, pretty and compact', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 3 }), fc.boolean(), (trees, pretty) => {
        expect(withWriter(trees, pretty)).toBe(withXmlbuilder2(trees, pretty));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps CR in text and TAB/LF/CR in attributes through a parser, where xmlbuilder2 would lose them', () => {
    const { root, end } = startDocument('urn:test', 'Root', false);
    root.ele('A', { x: 'a\tb\nc\rd' }).txt('line1\r\nline2');
    const doc = libxml.parseXml(end());
    const a = doc.get('//*[local-name()="A"]') as libxml.Element;
    expect(a.attr('x')?.value()).toBe('a\tb\nc\rd');
    expect(a.text()).toBe('line1\r\nline2');
  });

  it('writes an element with empty text as an empty element', () => {
    const { root, end } = startDocument('urn:test', 'Root', false);
    root.ele('A').txt('');
    expect(end()).toContain('<Root><A/></Root>');
  });

  it('refuses characters XML cannot carry, as a bench bug', () => {
    const { root } = startDocument('urn:test', 'Root');
    expect(() => root.ele('A').txt('bad\u0001')).toThrow(BenchBugError);
    expect(() => root.ele('B', { x: '\uFFFF' })).toThrow(BenchBugError);
  });

  it('refuses writing into an element that is already closed', () => {
    const { root } = startDocument('urn:test', 'Root');
    const first = root.ele('First');
    root.ele('Second');
    expect(() => first.ele('Late')).toThrow(/already closed/);
    const withText = root.ele('T');
    withText.txt('x');
    expect(() => withText.ele('Child')).toThrow(BenchBugError);
  });
});
