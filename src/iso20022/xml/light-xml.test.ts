import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import libxml from 'libxmljs2';
import type { Element } from 'libxmljs2';
import { scanXml, type LightElement } from './light-xml.ts';

interface GenElement {
  name: string;
  attrs: Array<[string, string]>;
  content: GenElement[] | GenText[];
}
type GenText = { kind: 'text' | 'cdata' | 'comment'; value: string };

const names = fc.constantFrom('Document', 'GrpHdr', 'MsgId', 'Nm', 'Amt', 'InstdAmt', 'Ustrd', 'Ref');
const textValue = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', ' ', 'ø', 'Å', '&', '<', '>', '"', "'", '\n', '\r\n', '\t', '😀', ']'),
  maxLength: 20,
});
const textPart: fc.Arbitrary<GenText> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), value: textValue }),
  fc.record({ kind: fc.constant('cdata' as const), value: textValue.map((v) => v.replaceAll(']]>', '')) }),
  fc.record({ kind: fc.constant('comment' as const), value: fc.constantFrom('note', 'a - b', '') }),
);
const attrs = fc.uniqueArray(fc.tuple(fc.constantFrom('Ccy', 'Id', 'x'), textValue), {
  selector: ([k]) => k,
  maxLength: 2,
});
const { tree } = fc.letrec<{ tree: GenElement }>((tie) => ({
  tree: fc.record({
    name: names,
    attrs,
    content: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.array(textPart, { maxLength: 3 }),
      fc.array(tie('tree'), { minLength: 1, maxLength: 3 }),
    ),
  }) as fc.Arbitrary<GenElement>,
}));

function escapeText(value: string, useCharRefs: boolean): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', useCharRefs ? '&#x3E;' : '&gt;');
}

function serialise(el: GenElement, prefix: string, indent: string, useCharRefs: boolean): string {
  const qname = prefix ? `${prefix}:${el.name}` : el.name;
  const attributes = el.attrs
    .map(([k, v]) => ` ${k}="${escapeText(v, useCharRefs).replaceAll('"', '&quot;')}"`)
    .join('');
  const content = el.content as Array<GenElement | GenText>;
  if (content.length === 0) return `${indent}<${qname}${attributes}/>`;
  if ('kind' in (content[0] as GenText | GenElement)) {
    const inner = (content as GenText[])
      .map((t) =>
        t.kind === 'text'
          ? escapeText(t.value, useCharRefs)
          : t.kind === 'cdata'
            ? `<![CDATA[${t.value}]]>`
            : `<!--${t.value}-->`,
      )
      .join('');
    return `${indent}<${qname}${attributes}>${inner}</${qname}>`;
  }
  const children = (content as GenElement[])
    .map((c) => serialise(c, prefix, `${indent} `, useCharRefs))
    .join('\n');
  return `${indent}<${qname}${attributes}>\n${children}\n${indent}</${qname}>`;
}

function compare(light: LightElement, dom: Element): void {
  expect(light.name).toBe(dom.name());
  expect(light.line).toBe(dom.line());
  const domChildren = dom.childNodes().filter((n) => n.type() === 'element') as Element[];
  expect(light.children.length).toBe(domChildren.length);
  if (domChildren.length === 0) expect(light.text).toBe(dom.text());
  for (const attr of dom.attrs()) {
    const qualified = attr.namespace()?.prefix()
      ? `${attr.namespace()?.prefix()}:${attr.name()}`
      : attr.name();
    expect(light.attrs?.[qualified]).toBe(attr.value());
  }
  light.children.forEach((child, i) => compare(child, domChildren[i] as Element));
}

describe('scanXml', () => {
  it('reads the same elements, lines, texts and attributes as libxml for any well-formed document', () => {
    fc.assert(
      fc.property(
        tree,
        fc.constantFrom('', 'p'),
        fc.boolean(),
        fc.boolean(),
        (root, prefix, withDeclaration, useCharRefs) => {
          const ns = prefix ? ` xmlns:${prefix}="urn:test"` : ' xmlns="urn:test"';
          const body = serialise(root, prefix, '', useCharRefs).replace(/^<([^\s/>]+)/, `<$1${ns}`);
          const xml = `${withDeclaration ? '<?xml version="1.0" encoding="UTF-8"?>\n<!-- top -->\n' : ''}${body}\n`;
          const dom = libxml.parseXml(xml);
          const light = scanXml(xml);
          expect(light.ok).toBe(true);
          if (light.ok) compare(light.root, dom.root() as Element);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('decodes the predefined entities and character references', () => {
    const result = scanXml('<a b="&lt;&#65;&#x42;&quot;">&amp;&gt;&apos;&#xF8;&#128512;</a>');
    expect(result.ok && result.root.text).toBe("&>'ø😀");
    expect(result.ok && result.root.attrs?.['b']).toBe('<AB"');
  });

  it('lets a hook drop completed elements so large repeated blocks are not kept', () => {
    const seen: string[] = [];
    const result = scanXml('<r><t>1</t><t>2</t><h>x</h></r>', {
      onClose(el) {
        if (el.name !== 't') return true;
        seen.push(el.text);
        return false;
      },
    });
    expect(seen).toEqual(['1', '2']);
    expect(result.ok && result.root.children.map((c) => c.name)).toEqual(['h']);
  });

  it('fails with a line number on malformed input instead of guessing', () => {
    expect(scanXml('<a>\n<b>\n</a>')).toMatchObject({ ok: false, line: 3 });
    expect(scanXml('<a>')).toMatchObject({ ok: false });
    expect(scanXml('<a>&bogus;</a>')).toMatchObject({ ok: false });
    expect(scanXml('<!DOCTYPE a><a/>')).toMatchObject({ ok: false });
    expect(scanXml('<a/><b/>')).toMatchObject({ ok: false });
    expect(scanXml('text')).toMatchObject({ ok: false });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('<', '>', '/', 'a', '"', '=', ' ', '!', '-', '?', '&', ';', '[', ']', '\n'),
          maxLength: 60,
        }),
        (text) => {
          const result = scanXml(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});
