// This file imports libxmljs2 directly, as the reference client does, before any bench code asks
// for it: the bench must notice and keep libxml on this thread instead of starting the worker.
import libxmljs2 from 'libxmljs2';
import { describe, expect, it } from 'vitest';
import { libxml, libxmlLoadedInThisThread } from './libxml.ts';
import { checkAgainstSchemaOffThread } from './off-thread-validation.ts';
import { preflightXml } from './preflight.ts';
import { readVector } from '../testing/vectors.ts';

describe('libxml ownership', () => {
  it('sees a direct import of libxmljs2 on this thread and validates inline', async () => {
    expect(libxmljs2.version).toBeTypeOf('string');
    expect(libxmlLoadedInThisThread()).toBe(true);
    const pre = preflightXml(readVector('pain001-v03-kid-one-creditor.xml'));
    if (!pre.ok) throw new Error(pre.message);
    const result = await checkAgainstSchemaOffThread(pre);
    expect(result).toMatchObject({ valid: true, messageId: 'pain.001.001.03', ranOn: 'inline' });
    expect(libxml()).toBe(libxmljs2);
  });
});
