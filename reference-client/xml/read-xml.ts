// A small reader over libxmljs2 for the documents the bank sends back (pain.002, camt.054).
// Parsed with entities off, no DTD loading and no network, like any untrusted input; elements are
// found by local name, so the reader works for every version's namespace.
import libxml from 'libxmljs2';
import type { Element } from 'libxmljs2';

export type XmlElement = Element;

const SAFE_OPTIONS = {
  noent: false,
  dtdload: false,
  dtdvalid: false,
  nonet: true,
  huge: false,
  recover: false,
} as const;

export class XmlReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlReadError';
  }
}

export function parseRoot(text: string): XmlElement {
  if (/<!DOCTYPE/i.test(text.slice(0, 2048)))
    throw new XmlReadError('a DOCTYPE is not allowed in ISO 20022 messages');
  let root: XmlElement | null;
  try {
    root = libxml.parseXml(text, SAFE_OPTIONS).root();
  } catch (error) {
    throw new XmlReadError(`not well-formed XML: ${(error as Error).message}`);
  }
  if (!root) throw new XmlReadError('the document has no root element');
  return root;
}

export function children(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  return element
    .childNodes()
    .filter((node): node is XmlElement => node.type() === 'element')
    .filter((node) => name === undefined || node.name() === name);
}

export function child(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) {
    current = children(current, name)[0];
    if (!current) return undefined;
  }
  return current;
}

export function text(element: XmlElement | undefined, ...path: string[]): string | undefined {
  const found = child(element, ...path);
  const value = found?.text().trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A decimal ISO amount ("1250.00") in whole øre, or undefined when it is not whole øre. */
export function amountOre(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)(?:\.(\d{1,5}))?$/.exec(value.trim());
  if (!match) return undefined;
  const fraction = (match[2] ?? '').padEnd(5, '0');
  if (!/^\d{2}000$/.test(fraction)) return undefined;
  const ore = Number(match[1]) * 100 + Number(fraction.slice(0, 2));
  return Number.isSafeInteger(ore) ? ore : undefined;
}
