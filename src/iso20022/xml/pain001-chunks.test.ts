import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { libxml } from './libxml.ts';
import { SAFE_LIBXML_OPTIONS } from './safe-parse.ts';
import { schemaRegistry } from './schema-files.ts';
import { checkXmlAgainstXsd } from './schema-check.mjs';
import {
  pain001Chunk,
  pain001ChunkCount,
  planPain001Chunks,
  validatePain001InChunks,
  type Pain001ChunkPlan,
} from './pain001-chunks.mjs';
import { kidPaymentFile } from '../../bank/testing/bank-fixture.ts';
import { SCHEMA_MESSAGE_IDS, type SchemaMessageId } from './message-id.ts';

const registry = schemaRegistry();
const schemaFor = (namespace: string) =>
  namespace.endsWith('pain.001.001.03') ? registry.schema('pain.001.001.03') : undefined;
const small = { minBytes: 0, chunkBytes: 1500 };

function bytesOf(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

/** The file as libxml judges it whole: well-formed and valid against pain.001.001.03. */
function wholeIsValid(bytes: Buffer): boolean {
  try {
    const doc = libxml().parseXml(bytes as unknown as string, SAFE_LIBXML_OPTIONS);
    return doc.validate(registry.schema('pain.001.001.03'));
  } catch {
    return false;
  }
}

function piecesOf(bytes: Buffer, plan: Pain001ChunkPlan): string[] {
  return Array.from({ length: pain001ChunkCount(plan) }, (_, i) =>
    pain001Chunk(bytes, plan, i).toString('utf8'),
  );
}

describe('planPain001Chunks', () => {
  it('cuts a file at CdtTrfTxInf start tags into standalone documents that hold every transaction once', () => {
    const bytes = bytesOf(kidPaymentFile(40, { payments: 3 }));
    const plan = planPain001Chunks(bytes, small);
    expect(plan).not.toBeNull();
    if (!plan) return;
    expect(plan.payments).toHaveLength(3);
    expect(pain001ChunkCount(plan)).toBeGreaterThan(3);
    const pieces = piecesOf(bytes, plan);
    for (const piece of pieces) {
      expect(piece.startsWith('<?xml version="1.0" encoding="UTF-8"?><Document')).toBe(true);
      expect(piece.endsWith('</PmtInf></CstmrCdtTrfInitn></Document>')).toBe(true);
      expect(piece).toContain('<GrpHdr><MsgId>BENCH-40</MsgId>');
      expect(wholeIsValid(bytesOf(piece))).toBe(true);
    }
    // Every EndToEndId lands in exactly one piece.
    const ids = pieces.flatMap((piece) => [...piece.matchAll(/<EndToEndId>(E2E-\d+)</g)].map((m) => m[1]));
    expect(ids.sort()).toEqual(Array.from({ length: 40 }, (_, i) => `E2E-${i}`).sort());
  });

  it('never cuts before the first transaction of a PmtInf, and leaves small files whole', () => {
    const bytes = bytesOf(kidPaymentFile(30, { payments: 2 }));
    const plan = planPain001Chunks(bytes, small);
    if (!plan) throw new Error('expected a plan');
    const firstOfEach = new Set(plan.payments.map((payment) => payment.headerEnd));
    for (const split of plan.splits) expect(firstOfEach.has(split.offset)).toBe(false);
    expect(planPain001Chunks(bytes)).toBeNull(); // under the default 4 MiB
  });

  it('follows comments, CDATA, processing instructions and quoted ">" without cutting inside them', () => {
    const text = kidPaymentFile(12)
      .replace(/<CdtTrfTxInf>/g, '<!-- <CdtTrfTxInf> --><?pi <CdtTrfTxInf>?><CdtTrfTxInf>')
      .replace(/<Nm>Kraft AS<\/Nm>/g, '<Nm><![CDATA[Kraft <CdtTrfTxInf> AS]]></Nm>')
      .replace(/<InstdAmt Ccy="NOK">/g, `<InstdAmt Ccy='NOK' >`);
    const bytes = bytesOf(text);
    const plan = planPain001Chunks(bytes, small);
    if (!plan) throw new Error('expected a plan');
    for (const split of plan.splits) {
      expect(bytes.subarray(split.offset, split.offset + 13).toString()).toBe('<CdtTrfTxInf>');
      // The real start tag, right after the processing instruction that mentions it.
      expect(bytes.subarray(split.offset - 2, split.offset).toString()).toBe('?>');
    }
    expect(validatePain001InChunks(libxml(), bytes, plan, schemaFor, SAFE_LIBXML_OPTIONS)).not.toBeNull();
  });

  it('declines what it does not follow: prefixes on the path, a DOCTYPE, a truncated file', () => {
    const prefixed = kidPaymentFile(12)
      .replace('<Document xmlns=', '<p:Document xmlns:p=')
      .replace(/<(\/?)(CstmrCdtTrfInitn|GrpHdr|PmtInf|CdtTrfTxInf)\b/g, '<$1p:$2')
      .replace('</Document>', '</p:Document>');
    expect(planPain001Chunks(bytesOf(prefixed), small)).toBeNull();
    const doctype = kidPaymentFile(12).replace('?>', '?><!DOCTYPE Document>');
    expect(planPain001Chunks(bytesOf(doctype), small)).toBeNull();
    const text = kidPaymentFile(12);
    expect(planPain001Chunks(bytesOf(text.slice(0, text.length - 20)), small)).toBeNull();
  });
});

describe('validatePain001InChunks', () => {
  it('passes a valid file and fails one whose invalid transaction sits in a middle piece', () => {
    const text = kidPaymentFile(30, { payments: 2 });
    const bytes = bytesOf(text);
    const plan = planPain001Chunks(bytes, small);
    if (!plan) throw new Error('expected a plan');
    expect(validatePain001InChunks(libxml(), bytes, plan, schemaFor, SAFE_LIBXML_OPTIONS)).toEqual({
      namespace: 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03',
    });
    const broken = bytesOf(text.replace('<InstdAmt Ccy="NOK">100.15<', '<InstdAmt Ccy="NOK">100,15<'));
    const brokenPlan = planPain001Chunks(broken, small);
    if (!brokenPlan) throw new Error('expected a plan');
    expect(validatePain001InChunks(libxml(), broken, brokenPlan, schemaFor, SAFE_LIBXML_OPTIONS)).toBeNull();
  });

  it('frees as it goes: the release hook runs once per piece', () => {
    const bytes = bytesOf(kidPaymentFile(20));
    const plan = planPain001Chunks(bytes, small);
    if (!plan) throw new Error('expected a plan');
    let released = 0;
    validatePain001InChunks(libxml(), bytes, plan, schemaFor, SAFE_LIBXML_OPTIONS, () => released++);
    expect(released).toBe(pain001ChunkCount(plan));
  });

  // The soundness the bank relies on (pain001-chunks.mjs header): whenever every piece passes,
  // the whole file passes. Mutations aim at the seams: markup that looks like the path elements,
  // inside and outside comments, CDATA, SplmtryData and attribute values, and byte damage.
  it('never passes pieces of a file that libxml rejects whole (property)', () => {
    const snippets = [
      '<CdtTrfTxInf>',
      '</CdtTrfTxInf>',
      '<PmtInf>',
      '</PmtInf>',
      '<!-- <CdtTrfTxInf> -->',
      '<!--',
      '-->',
      '<![CDATA[</PmtInf>]]>',
      '<?x </PmtInf>?>',
      '<SplmtryData><Envlp><PmtInf><CdtTrfTxInf/></PmtInf></Envlp></SplmtryData>',
      '<Foo/>',
      'text',
      '<CdtTrfTxInf a=">">',
      '<CdtTrfTxInf/>',
      '</CstmrCdtTrfInitn>',
      '<GrpHdr/>',
      '',
    ];
    const base = kidPaymentFile(24, { payments: 3 });
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        snippet: fc.constantFrom(...snippets),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        length: fc.integer({ min: 1, max: 40 }),
      }),
      fc.record({
        kind: fc.constant('byte' as const),
        at: fc.nat(),
        value: fc.integer({ min: 0x20, max: 0x7e }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 300, max: 3000 }),
        (mutations, chunkBytes) => {
          let text = base;
          for (const m of mutations) {
            const tags = [...text.matchAll(/</g)].map((match) => match.index ?? 0);
            const at = m.kind === 'insert' ? (tags[m.at % tags.length] ?? 0) : m.at % text.length;
            if (m.kind === 'insert') text = text.slice(0, at) + m.snippet + text.slice(at);
            else if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
            else text = text.slice(0, at) + String.fromCharCode(m.value) + text.slice(at + 1);
          }
          const bytes = bytesOf(text);
          const plan = planPain001Chunks(bytes, { minBytes: 0, chunkBytes });
          if (!plan) return;
          const pieces = validatePain001InChunks(libxml(), bytes, plan, schemaFor, SAFE_LIBXML_OPTIONS);
          if (pieces !== null) expect(wholeIsValid(bytes)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkXmlAgainstXsd', () => {
  const request = (messageId?: SchemaMessageId) => ({
    parseOptions: SAFE_LIBXML_OPTIONS,
    known: SCHEMA_MESSAGE_IDS,
    schemaFor: (id: string) => registry.schema(id as SchemaMessageId),
    ...(messageId ? { messageId } : {}),
  });

  it('checks a file over 4 MiB in pieces, and answers with libxml’s own line when a piece fails', () => {
    const text = kidPaymentFile(12_000);
    expect(text.length).toBeGreaterThan(4 * 1024 * 1024);
    expect(checkXmlAgainstXsd(libxml(), bytesOf(text), request())).toMatchObject({
      kind: 'validated',
      messageId: 'pain.001.001.03',
      valid: true,
      errors: [],
      pieces: expect.any(Number),
    });
    const pretty = kidPaymentFile(12_000, { pretty: true });
    const marker = '<EndToEndId>E2E-9000</EndToEndId>';
    const markerLine = pretty.slice(0, pretty.indexOf(marker)).split('\n').length;
    const invalid = bytesOf(pretty.replace(marker, '<EndToEndId>E2E-9000</EndToEndId><Oops/>'));
    const answer = checkXmlAgainstXsd(libxml(), invalid, request());
    expect(answer).toMatchObject({ kind: 'validated', valid: false, pieces: 1 });
    if (answer.kind !== 'validated') return;
    expect(answer.errors[0]?.message).toMatch(/Oops/);
    // The file's own line as libxml gives it for the whole document (pieces would count from
    // their own start). Past line 65,535 libxml, and xmllint with it, count one line more.
    const whole = libxml().parseXml(invalid as unknown as string, SAFE_LIBXML_OPTIONS);
    whole.validate(registry.schema('pain.001.001.03'));
    expect(answer.errors[0]?.line).toBe(whole.validationErrors[0]?.line);
    expect(Math.abs((answer.errors[0]?.line ?? 0) - markerLine)).toBeLessThanOrEqual(1);
  });

  it('reports a file that is not well-formed deep inside as a parse error with its line', () => {
    const pretty = kidPaymentFile(12_000, { pretty: true });
    const marker = '<EndToEndId>E2E-11000</EndToEndId>';
    const line = pretty.slice(0, pretty.indexOf(marker)).split('\n').length;
    const answer = checkXmlAgainstXsd(
      libxml(),
      bytesOf(pretty.replace(marker, '<EndToEndId>E2E-11000</EndToEndI>')),
      request(),
    );
    expect(answer).toMatchObject({ kind: 'parse-error' });
    if (answer.kind === 'parse-error')
      expect(Math.abs((answer.error.line ?? 0) - line)).toBeLessThanOrEqual(1);
  });

  it('names an unknown root instead of validating it', () => {
    expect(checkXmlAgainstXsd(libxml(), '<Document xmlns="urn:example"/>', request())).toEqual({
      kind: 'unknown-message',
      namespace: 'urn:example',
      name: 'Document',
      line: 1,
    });
  });
});
