import { describe, expect, it } from 'vitest';
import { intakePain001 } from './pain001-intake.ts';
import { safeParseXml } from './xml/safe-parse.ts';
import { libxmlLoadedInThisThread } from './xml/libxml.ts';
import { readVector } from './testing/vectors.ts';

// A process whose main thread already uses libxml (as the bank's tests, the CLI and the
// conformance runner do): intake runs every step on this thread and gives the same answers.
describe('intakePain001 when libxml lives on this thread', () => {
  it('runs inline, without starting the worker', async () => {
    expect(safeParseXml('<a/>').ok).toBe(true);
    expect(libxmlLoadedInThisThread()).toBe(true);
    const result = await intakePain001(readVector('pain001-v09-kid-dt-uetr.xml'), (doc) => doc.messageNameId);
    expect(result).toMatchObject({ kind: 'pain001', evaluated: 'pain.001.001.09', ranOn: 'inline' });
    const invalid = await intakePain001(readVector('pain001-v03-invalid-schema-amount-comma.xml'), () => 0);
    expect(invalid).toMatchObject({ kind: 'schema-invalid', messageId: 'ERP-20260115-0007' });
  });
});
