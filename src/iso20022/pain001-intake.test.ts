import { afterAll, describe, expect, it } from 'vitest';
import { intakePain001 } from './pain001-intake.ts';
import { stopSchemaWorker } from './xml/off-thread-validation.ts';
import { libxmlLoadedInThisThread } from './xml/libxml.ts';
import { readVector } from './testing/vectors.ts';

// This test file never loads libxmljs2 on its own thread, so the schema worker takes it: the
// tests below run the real two-thread path (each vitest file runs in its own process).
afterAll(() => stopSchemaWorker());

describe('intakePain001', () => {
  it('reads, evaluates and validates a pain.001 with the XSD check on the schema worker', async () => {
    const seen: string[] = [];
    const result = await intakePain001(readVector('pain001-v03-kid-two-creditors.xml'), (doc) => {
      seen.push(doc.groupHeader.messageId.value);
      return doc.transactionCount;
    });
    expect(result).toMatchObject({ kind: 'pain001', evaluated: 2, ranOn: 'worker' });
    expect(seen).toEqual(['ERP-20260115-0002']);
    expect(libxmlLoadedInThisThread()).toBe(false);
  });

  it('reports a schema-invalid pain.001 with libxml messages and the MsgId it could read', async () => {
    const result = await intakePain001(
      readVector('pain001-v03-invalid-schema-amount-comma.xml'),
      () => 'evaluated',
    );
    expect(result).toMatchObject({
      kind: 'schema-invalid',
      messageNameId: 'pain.001.001.03',
      messageId: 'ERP-20260115-0007',
    });
    if (result.kind === 'schema-invalid') {
      expect(result.errors[0]?.message).toMatch(/InstdAmt.*12,50/);
      expect(result.errors[0]?.line).toBeGreaterThan(0);
    }
  });

  it('refuses a DOCTYPE before any parser sees it, and malformed XML with libxml’s line', async () => {
    expect(await intakePain001(readVector('xml-doctype-billion-laughs.xml'), () => 0)).toMatchObject({
      kind: 'unusable',
      reason: 'doctype-forbidden',
    });
    const broken = await intakePain001(
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n<CstmrCdtTrfInitn>\n</Document>',
      () => 0,
    );
    expect(broken).toMatchObject({ kind: 'unusable', reason: 'not-xml' });
    expect(await intakePain001('', () => 0)).toMatchObject({ kind: 'unusable', reason: 'empty' });
  });

  it('calls another ISO message, or an unknown namespace, not a pain.001', async () => {
    expect(await intakePain001(readVector('camt054-v02-credit-kid.xml'), () => 0)).toMatchObject({
      kind: 'not-pain001',
    });
    expect(await intakePain001('<Document xmlns="urn:example"/>', () => 0)).toMatchObject({
      kind: 'not-pain001',
    });
  });

  it('refuses to parse on this thread once the worker owns libxml, saying why', async () => {
    await expect(
      intakePain001(readVector('pain001-v09-kid-dt-uetr.xml'), () => 0, { inline: true }),
    ).rejects.toThrow(/schema worker/);
  });
});
