// A thin layer over xmlbuilder2 for writing ISO 20022 documents: optional leaves are skipped
// when their value is undefined, so writers read like the XSD sequence they follow.
import { create } from 'xmlbuilder2';

export type XmlNode = ReturnType<typeof create>;

/** Starts `<Document xmlns="...">` with the given message root (e.g. CstmrPmtStsRpt). */
export function startDocument(namespace: string, rootName: string): { doc: XmlNode; root: XmlNode } {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const document = doc.ele(namespace, 'Document');
  return { doc, root: document.ele(rootName) };
}

/** Adds `<name>value</name>` when value is defined. */
export function leaf(parent: XmlNode, name: string, value: string | number | undefined): void {
  if (value === undefined) return;
  parent.ele(name).txt(String(value));
}

/** Adds `<name Ccy="NOK">123.45</name>`. */
export function amountLeaf(parent: XmlNode, name: string, decimal: string, currency: string): void {
  parent.ele(name, { Ccy: currency }).txt(decimal);
}

/** Serialises the whole document with an XML declaration. */
export function endDocument(doc: XmlNode, pretty = true): string {
  return doc.end({ prettyPrint: pretty, indent: ' ' });
}
