// The bank as `efaktura-bench start` runs it: payment files get their XSD check on the schema
// worker (src/iso20022/xml/off-thread-validation.ts) while the main thread reads and judges them.
// This file never touches libxml on its own thread (each vitest file runs in its own process), so
// the worker really owns it here: answers are read as text, not with a libxml-based reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import { setUpBank } from './bank-setup.ts';
import {
  bankFixture,
  demoAgreement,
  intakeContext,
  kidPaymentFile,
  pain001,
} from '../../src/bank/testing/bank-fixture.ts';
import {
  processPaymentFileConcurrently,
  type ProcessingResult,
} from '../../src/bank/process-payment-file.ts';
import {
  checkAgainstSchemaOffThread,
  stopSchemaWorker,
  useSchemaWorker,
} from '../../src/iso20022/xml/off-thread-validation.ts';
import { libxmlLoadedInThisThread } from '../../src/iso20022/xml/libxml.ts';
import { preflightXml } from '../../src/iso20022/xml/preflight.ts';
import { readVector } from '../../src/iso20022/testing/vectors.ts';
import type { Api } from '../support/api.ts';
import type { TestServer } from '../support/server.ts';

useSchemaWorker();
afterAll(() => stopSchemaWorker());

async function processOnTwoCores(xml: string | Uint8Array): Promise<ProcessingResult> {
  const agreement = demoAgreement();
  const state = bankFixture(agreement);
  return processPaymentFileConcurrently(xml, agreement, {
    ...intakeContext(),
    ledger: state.ledger,
    isMessageIdUsed: () => false,
  });
}

function statuses(result: ProcessingResult) {
  if (result.kind !== 'processed') return { unusable: result.code, line: result.line };
  const last = result.reports[result.reports.length - 1]?.report;
  return {
    group: last?.group.status,
    reasons: result.evaluation.file.groupReasons.map((r) => r.reason),
    accepted: result.evaluation.accepted.length,
  };
}

describe('processPaymentFileConcurrently with the schema worker', () => {
  it('accepts valid files and rejects the schema-invalid one with libxml’s message, libxml staying off this thread', async () => {
    expect(statuses(await processOnTwoCores(pain001()))).toMatchObject({ group: 'ACSP', accepted: 1 });
    const invalid = await processOnTwoCores(readVector('pain001-v03-invalid-schema-amount-comma.xml'));
    expect(statuses(invalid)).toMatchObject({ group: 'RJCT', reasons: ['FF01'] });
    if (invalid.kind === 'processed') {
      expect(invalid.evaluation.file.messageId).toBe('ERP-20260115-0007');
      expect(invalid.evaluation.file.groupReasons[0]?.text).toMatch(/InstdAmt.*12,50/);
    }
    expect(libxmlLoadedInThisThread()).toBe(false);
  });

  it('answers unusable input with the same catalogue codes as on one thread', async () => {
    expect(statuses(await processOnTwoCores(readVector('xml-doctype-billion-laughs.xml')))).toMatchObject({
      unusable: 'EB-BANK-DOCTYPE-FORBIDDEN',
    });
    expect(statuses(await processOnTwoCores(readVector('camt054-v02-credit-kid.xml')))).toMatchObject({
      unusable: 'EB-BANK-NOT-PAIN001',
    });
    expect(
      statuses(
        await processOnTwoCores(
          '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n<a>\n</Document>',
        ),
      ),
    ).toMatchObject({ unusable: 'EB-BANK-NOT-XML', line: 3 });
    expect(statuses(await processOnTwoCores(new Uint8Array()))).toMatchObject({
      unusable: 'EB-BANK-EMPTY-FILE',
    });
  });

  it('checks a large file in pieces on the worker: valid is accepted whole, one bad amount rejects it with its line', async () => {
    const valid = await processOnTwoCores(Buffer.from(kidPaymentFile(12_000, { payments: 2 })));
    expect(statuses(valid)).toMatchObject({ group: 'ACSP', accepted: 12_000 });
    const pretty = kidPaymentFile(12_000, { pretty: true });
    const marker = '<InstdAmt Ccy="NOK">180.00</InstdAmt>'; // transaction 8000
    const line = pretty.slice(0, pretty.indexOf(marker)).split('\n').length;
    const invalid = await processOnTwoCores(
      Buffer.from(pretty.replace(marker, '<InstdAmt Ccy="NOK">180,00</InstdAmt>')),
    );
    expect(statuses(invalid)).toMatchObject({ group: 'RJCT', reasons: ['FF01'], accepted: 0 });
    if (invalid.kind === 'processed') {
      const reason = invalid.evaluation.file.groupReasons[0];
      expect(reason?.text).toMatch(/InstdAmt.*180,00/);
      expect(Math.abs((reason?.line ?? 0) - line)).toBeLessThanOrEqual(1); // libxml counts +1 past 65,535
    }
    expect(libxmlLoadedInThisThread()).toBe(false);
  });

  it('refuses to parse on this thread once the worker owns libxml, saying why', async () => {
    const pre = preflightXml(readVector('pain001-v09-kid-dt-uetr.xml'));
    if (!pre.ok) throw new Error(pre.message);
    await expect(checkAgainstSchemaOffThread(pre, { inline: true })).rejects.toThrow(/schema worker/);
  });
});

describe('POST /bank/v1/payment-files with the schema worker', () => {
  let server: TestServer;
  let agreement: Api;

  beforeAll(async () => {
    server = await startTestServer();
    const tenant = createApi(server.baseUrl, server.tenantKey);
    await tenant.post('/sim/v1/clock', { set: '2026-01-12T08:00:00+01:00', freeze: true });
    agreement = tenant.withKey((await setUpBank(tenant)).agreementKey);
  });

  afterAll(async () => {
    expect(server.internalErrors).toEqual([]);
    await server.close();
  });

  it('takes a 12,000-transaction file and reports it, refuses its MsgId again, and rejects a schema-invalid one', async () => {
    type Upload = { groupStatus: string; statusReports: Array<{ stage: string; groupStatus: string }> };
    const file = kidPaymentFile(12_000, { msgId: 'WORKER-1' });
    const [first, second] = await Promise.all([
      agreement.postXml<Upload>('/bank/v1/payment-files', file, { 'x-approved-by': 'ola' }),
      agreement.postXml<Upload>('/bank/v1/payment-files', file, { 'x-approved-by': 'ola' }),
    ]);
    // Sent at the same time: one is taken, the other is the duplicate (DU01), never both.
    expect([first.body.groupStatus, second.body.groupStatus].sort()).toEqual(['ACSP', 'RJCT']);
    const invalid = await agreement.postXml<Upload>(
      '/bank/v1/payment-files',
      pain001({ msgId: 'WORKER-2' }).replace('<PmtMtd>TRF</PmtMtd>', '<PmtMtd>XXX</PmtMtd>'),
      { 'x-approved-by': 'ola' },
    );
    expect(invalid.body.statusReports.map((r) => [r.stage, r.groupStatus])).toEqual([['receipt', 'RJCT']]);
    expect(libxmlLoadedInThisThread()).toBe(false);
  });
});
