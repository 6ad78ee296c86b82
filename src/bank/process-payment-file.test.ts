import { describe, expect, it } from 'vitest';
import {
  evaluatePaymentFileText,
  finishProcessing,
  processPaymentFile,
  processPaymentFileConcurrently,
} from './process-payment-file.ts';
import { readVector } from '../iso20022/testing/vectors.ts';
import { checkPaymentFileSchema } from './payment-file-parse.ts';
import { writePain002 } from '../iso20022/pain002.ts';
import { expectSchemaValid } from '../iso20022/testing/expect-schema-valid.ts';
import {
  ACCOUNTS,
  CUSTOMER_ID,
  KIDS,
  bankFixture,
  demoAgreement,
  intakeContext,
  kidPaymentFile,
  pain001,
  payment,
  transaction,
} from './testing/bank-fixture.ts';
import type { CustomerAgreement } from './customer-agreement.ts';
import type { IntakeContext } from './payment-intake.ts';
import type { Pain002Report } from '../iso20022/pain002-model.ts';

function run(
  xml: string,
  agreement: CustomerAgreement = demoAgreement(),
  context: Partial<IntakeContext> = {},
) {
  const state = bankFixture(agreement);
  const result = processPaymentFile(xml, agreement, {
    ...intakeContext(context),
    ledger: state.ledger,
    isMessageIdUsed: () => false,
  });
  if (result.kind !== 'processed')
    throw new Error(`expected a processed file, got ${result.code}: ${result.message}`);
  for (const { report } of result.reports) expectSchemaValid(writePain002(report));
  return result;
}

function finalReport(result: ReturnType<typeof run>): Pain002Report {
  const last = result.reports[result.reports.length - 1];
  if (!last) throw new Error('no report');
  return last.report;
}

/** Every reason code in a report, at any level. */
function reasonCodes(report: Pain002Report): string[] {
  return [
    ...(report.group.reasons ?? []),
    ...report.payments.flatMap((p) => [
      ...(p.reasons ?? []),
      ...(p.transactions ?? []).flatMap((t) => t.reasons ?? []),
    ]),
  ].map((reason) => reason.code ?? '');
}

function transactionStatuses(result: ReturnType<typeof run>): string[] {
  return result.evaluation.file.payments.flatMap((p) => p.transactions.map((t) => t.status));
}

describe('processPaymentFile on receipt', () => {
  it('accepts a valid KID payment with ACTC on receipt and ACSP after business validation', () => {
    const result = run(pain001());
    expect(result.reports.map((r) => r.report.group.status)).toEqual(['ACTC', 'ACSP']);
    expect(transactionStatuses(result)).toEqual(['ACSP']);
    expect(result.evaluation.accepted).toHaveLength(1);
  });

  it('answers pain.001.001.03 with pain.002.001.03 and pain.001.001.09 with pain.002.001.10', () => {
    expect(finalReport(run(pain001())).messageNameId).toBe('pain.002.001.03');
    expect(finalReport(run(pain001({ version: 'pain.001.001.09' }))).messageNameId).toBe('pain.002.001.10');
  });

  it('rejects a file that fails its XSD with GrpSts RJCT and FF01 carrying the line', () => {
    const xml = pain001().replace('<PmtMtd>TRF</PmtMtd>', '<PmtMtd>XXX</PmtMtd>');
    const result = run(xml);
    const report = finalReport(result);
    expect(result.reports).toHaveLength(1);
    expect(report.group.status).toBe('RJCT');
    expect(reasonCodes(report)).toContain('FF01');
    expect(report.group.reasons?.[0]?.additionalInfo?.join(' ')).toMatch(/line \d+/);
    expect(report.group.originalMessageId).toBe('MSG-1');
  });

  it.each([
    ['an empty body', '', 'EB-BANK-EMPTY-FILE', 400],
    ['text that is not XML', 'hello', 'EB-BANK-NOT-XML', 400],
    [
      'a DOCTYPE',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
      'EB-BANK-DOCTYPE-FORBIDDEN',
      400,
    ],
    [
      'XML that is not a pain.001',
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"/>',
      'EB-BANK-NOT-PAIN001',
      400,
    ],
  ])('refuses %s as unusable input with %s', (_what, body, code, status) => {
    const state = bankFixture();
    const result = processPaymentFile(body, demoAgreement(), {
      ...intakeContext(),
      ledger: state.ledger,
      isMessageIdUsed: () => false,
    });
    expect(result).toMatchObject({ kind: 'unusable', code, status });
  });

  it('refuses a file over the size limit with 413 EB-PAYLOAD-TOO-LARGE', () => {
    const state = bankFixture();
    const result = processPaymentFile(pain001(), demoAgreement(), {
      ...intakeContext({ maxBytes: 100 }),
      ledger: state.ledger,
      isMessageIdUsed: () => false,
    });
    expect(result).toMatchObject({ kind: 'unusable', code: 'EB-PAYLOAD-TOO-LARGE', status: 413 });
  });

  it('rejects a non-numeric initiating party id with NARR "Initiating Party ID must be numeric"', () => {
    const report = finalReport(run(pain001({ initiatingPartyId: `${CUSTOMER_ID} ` })));
    expect(report.group.status).toBe('RJCT');
    expect(report.group.reasons?.[0]).toMatchObject({
      code: 'NARR',
      additionalInfo: ['Initiating Party ID must be numeric'],
    });
  });

  it("rejects a numeric initiating party id that is not the agreement's with FF02", () => {
    const report = finalReport(run(pain001({ initiatingPartyId: '998877660' })));
    expect(report.group.status).toBe('RJCT');
    expect(reasonCodes(report)).toEqual(['FF02']);
  });

  it('rejects a MsgId this agreement has already sent with DU01', () => {
    const state = bankFixture();
    const result = processPaymentFile(pain001(), demoAgreement(), {
      ...intakeContext(),
      ledger: state.ledger,
      isMessageIdUsed: (id) => id === 'MSG-1',
    });
    expect(result.kind === 'processed' && reasonCodes(result.reports[0]!.report)).toEqual(['DU01']);
  });

  it('rejects a file whose group NbOfTxs differs from its transactions with AM18', () => {
    const report = finalReport(run(pain001({ numberOfTransactions: '2' })));
    expect(report.group.status).toBe('RJCT');
    expect(reasonCodes(report)).toEqual(['AM18']);
  });

  it('rejects a file whose group CtrlSum differs from the sum of InstdAmt with AM10', () => {
    const report = finalReport(run(pain001({ controlSum: '1250.01' })));
    expect(reasonCodes(report)).toEqual(['AM10']);
  });

  it('rejects only the payment block whose own CtrlSum is wrong with AM10', () => {
    const result = run(
      pain001({
        payments: [
          payment({ pmtInfId: 'A', controlSum: '1.00' }),
          payment({ pmtInfId: 'B', transactions: [transaction({ endToEndId: 'E2E-2' })] }),
        ],
      }),
    );
    const report = finalReport(result);
    expect(report.group.status).toBe('PART');
    expect(report.payments.map((p) => p.status)).toEqual(['RJCT', 'ACSP']);
    expect(report.payments[0]?.reasons?.[0]?.code).toBe('AM10');
  });
});

describe('processPaymentFile business rules', () => {
  const onlyTransaction = (
    overrides: Parameters<typeof transaction>[0],
    paymentOverrides: Parameters<typeof payment>[0] = {},
  ) => pain001({ payments: [payment({ transactions: [transaction(overrides)], ...paymentOverrides })] });

  it.each([
    ['a zero amount', { amountOre: 0 }, 'AM01'],
    ['a currency other than NOK', { currency: 'EUR' }, 'AM03'],
    ['an invalid creditor BBAN', { creditorAccount: '12345678902', kid: undefined }, 'AC03'],
    ['a creditor IBAN failing mod-97', { creditorAccount: 'NO9486011117948', kid: undefined }, 'AC03'],
    ['a closed creditor account', { creditorAccount: ACCOUNTS.closed, kid: undefined }, 'AC04'],
    ['a blocked creditor account', { creditorAccount: ACCOUNTS.blocked, kid: undefined }, 'AC06'],
    ['a KID failing MOD10', { kid: '000133700501646' }, 'RR09'],
    ['a MOD10 KID to a MOD11 KID agreement', { creditorAccount: ACCOUNTS.kidMod11 }, 'RR09'],
    ['a KID to an account without KID agreement', { creditorAccount: ACCOUNTS.plain }, 'AC03'],
    [
      'a KID to another bank failing both moduli',
      { creditorAccount: ACCOUNTS.otherBank, kid: '12345678901' },
      'RR09',
    ],
    ['a KID together with a credit note', { creditNotes: ['CN-1'] }, 'RR07'],
  ])('rejects a transaction with %s with %s', (_what, overrides, code) => {
    const report = finalReport(run(onlyTransaction(overrides)));
    expect(report.payments[0]?.status).toBe('RJCT');
    expect(reasonCodes(report)).toEqual([code]);
  });

  it('rejects an amount in fractions of an øre with AM12', () => {
    const xml = pain001({
      controlSum: null,
      payments: [payment({ controlSum: null, transactions: [transaction({ amountText: '12.345' })] })],
    });
    const report = finalReport(run(xml));
    expect(report.payments[0]?.status).toBe('RJCT');
    expect(reasonCodes(report)).toEqual(['AM12']);
  });

  it('writes the Norwegian bank texts next to RR09 and the AC03 without KID agreement', () => {
    const rr09 = finalReport(run(onlyTransaction({ kid: '000133700501646' })));
    expect(
      rr09.payments[0]?.reasons?.[0]?.additionalInfo?.[0] ??
        rr09.payments[0]?.transactions?.[0]?.reasons?.[0]?.additionalInfo?.[0],
    ).toBe('Ugyldig KID-nummer');
    const ac03 = run(onlyTransaction({ creditorAccount: ACCOUNTS.plain }));
    expect(ac03.evaluation.file.payments[0]?.transactions[0]?.reasons[0]?.narrative?.code).toBe(
      'NARR-INGEN-KID-AVTALE',
    );
  });

  it('accepts a valid KID to another bank and an IBAN creditor without checking any KID agreement', () => {
    const result = run(
      pain001({
        payments: [
          payment({
            transactions: [
              transaction({ creditorAccount: ACCOUNTS.otherBank, kid: KIDS.mod11 }),
              transaction({ endToEndId: 'E2E-2', creditorAccount: 'NO9386011117947', kid: undefined }),
            ],
          }),
        ],
      }),
    );
    expect(transactionStatuses(result)).toEqual(['ACSP', 'ACSP']);
    expect(result.evaluation.file.payments[0]?.transactions.map((t) => t.creditorHeld)).toEqual([
      false,
      false,
    ]);
  });

  it('rejects more structured references than the limit with RR07 and takes exactly the limit', () => {
    const invoices = (n: number) => Array.from({ length: n }, (_, i) => `INV-${i}`);
    const tooMany = run(
      onlyTransaction({ kid: undefined, creditorAccount: ACCOUNTS.plain, invoiceNumbers: invoices(4) }),
      demoAgreement(),
      {
        settings: { structuredReferenceLimit: 3 } as never,
      },
    );
    expect(transactionStatuses(tooMany)).toEqual(['RJCT']);
    expect(tooMany.evaluation.file.payments[0]?.transactions[0]?.reasons[0]?.reason).toBe('RR07');
    const exactly = run(
      onlyTransaction({ kid: undefined, creditorAccount: ACCOUNTS.plain, invoiceNumbers: invoices(25) }),
    );
    expect(transactionStatuses(exactly)).toEqual(['ACSP']);
  });

  it('rejects an amount above the debit account limit with AM02', () => {
    const result = run(onlyTransaction({ amountOre: 1_000_001 }, { debtorAccount: ACCOUNTS.tax }));
    expect(result.evaluation.file.payments[0]?.transactions[0]?.reasons[0]?.reason).toBe('AM02');
    expect(
      transactionStatuses(run(onlyTransaction({ amountOre: 1_000_000 }, { debtorAccount: ACCOUNTS.tax }))),
    ).toEqual(['ACSP']);
  });

  it.each([
    ['a debit account failing MOD11', { debtorAccount: '12345678902' }, 'AC02'],
    ['a foreign debit IBAN', { debtorAccount: 'SE4550000000058398257466' }, 'AC02'],
    ['a debit account outside the agreement', { debtorAccount: ACCOUNTS.stranger }, 'AG01'],
    ['a debit account in another currency', { debtorAccountCurrency: 'EUR' }, 'AM03'],
    ['an execution date more than a year ahead', { executionDate: '2027-02-01' }, 'CH03'],
  ])('rejects the payment block with %s with %s', (_what, overrides, code) => {
    const report = finalReport(run(pain001({ payments: [payment(overrides)] })));
    expect(report.payments[0]?.status).toBe('RJCT');
    expect(report.payments[0]?.reasons?.map((r) => r.code)).toEqual([code]);
  });

  it('rolls a Saturday execution date forward to Monday with DT06 and ACWC', () => {
    const result = run(pain001({ payments: [payment({ executionDate: '2026-01-17' })] }));
    const block = result.evaluation.file.payments[0];
    expect(block?.executionDate).toBe('2026-01-19');
    expect(block?.reasons.map((r) => r.reason)).toEqual(['DT06']);
    expect(transactionStatuses(result)).toEqual(['ACWC']);
    expect(finalReport(result).payments[0]?.status).toBe('ACWC');
  });

  it('rolls a past date forward to today before the cut-off and to the next banking day after it', () => {
    const before = run(pain001({ payments: [payment({ executionDate: '2026-01-05' })] }));
    expect(before.evaluation.file.payments[0]?.executionDate).toBe('2026-01-12');
    const after = run(pain001({ payments: [payment({ executionDate: '2026-01-12' })] }), demoAgreement(), {
      now: new Date('2026-01-12T15:00:00+01:00'),
    });
    expect(after.evaluation.file.payments[0]?.executionDate).toBe('2026-01-13');
    expect(after.evaluation.file.payments[0]?.reasons[0]?.reason).toBe('DT06');
  });

  it('rejects past, holiday and after-cut-off dates under the reject policy with DT05 and TM01', () => {
    const reject = demoAgreement({ executionDatePolicy: 'reject' });
    const codeFor = (date: string, now?: Date) =>
      run(pain001({ payments: [payment({ executionDate: date })] }), reject, now ? { now } : {}).evaluation
        .file.payments[0]?.reasons[0]?.reason;
    expect(codeFor('2026-01-09')).toBe('DT05');
    expect(codeFor('2026-05-17')).toBe('DT05');
    expect(codeFor('2026-01-12', new Date('2026-01-12T15:00:00+01:00'))).toBe('TM01');
    expect(codeFor('2026-01-13')).toBeUndefined();
  });
});

describe('RGB approvals (iso20022-norway.md §6)', () => {
  const approvedBy = (
    approvers: string[],
    agreement = demoAgreement(),
    debtorAccount: string = ACCOUNTS.operating,
  ) => run(pain001({ payments: [payment({ debtorAccount })] }), agreement, { approvers });

  it('accepts 1+1 and 2+1, where one of two approvers holds bank authority', () => {
    expect(transactionStatuses(approvedBy(['kari']))).toEqual(['ACSP']);
    expect(transactionStatuses(approvedBy(['mallory', 'ola']))).toEqual(['ACSP']);
  });

  it('rejects an approver without authority on the debit account with AG08 naming approver and account', () => {
    const result = approvedBy(['kari'], demoAgreement(), ACCOUNTS.tax);
    const reason = finalReport(result).payments[0]?.reasons?.[0];
    expect(reason?.code).toBe('AG08');
    expect(reason?.additionalInfo?.[0]).toBe(
      `Approver (kari) do not have permission on debit account «${ACCOUNTS.tax}»`,
    );
  });

  it('requires both approvers to hold authority when the bank requires two (2+2)', () => {
    const two = demoAgreement({ requiredApprovals: 2 });
    expect(transactionStatuses(approvedBy(['ola', 'kari'], two))).toEqual(['ACSP']);
    const oneOnly = finalReport(approvedBy(['ola'], two));
    expect(oneOnly.payments[0]?.reasons?.[0]).toMatchObject({ code: 'AG08' });
    expect(oneOnly.payments[0]?.reasons?.[0]?.additionalInfo?.[0]).toBe('2 godkjennere kreves i bank');
    const oneUnauthorised = approvedBy(['ola', 'kari'], two, ACCOUNTS.tax);
    expect(oneUnauthorised.evaluation.file.payments[0]?.reasons[0]?.narrative?.code).toBe(
      'NARR-AG08-APPROVER',
    );
  });

  it('rejects an approver the agreement does not know with the "approve role" text', () => {
    const result = approvedBy(['mallory']);
    expect(result.evaluation.file.payments[0]?.reasons[0]?.narrative).toEqual({
      code: 'NARR-AG08-NO-ROLE',
      vars: { id: 'mallory' },
    });
  });

  it('applies approval per debit account: a file with two blocks can be partly rejected', () => {
    const result = run(
      pain001({
        payments: [payment({ pmtInfId: 'A' }), payment({ pmtInfId: 'B', debtorAccount: ACCOUNTS.tax })],
      }),
      demoAgreement(),
      { approvers: ['kari'] },
    );
    expect(finalReport(result).payments.map((p) => p.status)).toEqual(['ACSP', 'RJCT']);
  });

  it('keeps a file PDNG awaiting netbank approval when RGB is off, whatever X-Approved-By says', () => {
    const result = run(pain001(), demoAgreement({ rgb: false }), { approvers: [] });
    expect(transactionStatuses(result)).toEqual(['PDNG']);
    expect(result.evaluation.file.payments[0]?.awaitingApproval).toBe(true);
    expect(finalReport(result).group.status).toBe('PDNG');
  });
});

describe('rejection granularity', () => {
  const file = () =>
    pain001({
      payments: [
        payment({
          pmtInfId: 'A',
          transactions: [
            transaction({ endToEndId: 'BAD', kid: '000133700501646' }),
            transaction({ endToEndId: 'SAME-CREDITOR' }),
            transaction({
              endToEndId: 'OTHER-CREDITOR',
              creditorAccount: ACCOUNTS.kidMod11,
              kid: KIDS.mod11,
            }),
          ],
        }),
        payment({ pmtInfId: 'B', transactions: [transaction({ endToEndId: 'SAME-CREDITOR-2' })] }),
      ],
    });
  const statuses = (granularity: CustomerAgreement['rejectGranularity']) =>
    transactionStatuses(run(file(), demoAgreement({ rejectGranularity: granularity })));

  it("rejects only the bad transaction under 'transaction'", () => {
    expect(statuses('transaction')).toEqual(['RJCT', 'ACSP', 'ACSP', 'ACSP']);
  });

  it("rejects every payment to the same creditor account under 'creditor'", () => {
    expect(statuses('creditor')).toEqual(['RJCT', 'RJCT', 'ACSP', 'RJCT']);
  });

  it("rejects the whole file under 'file', each with the cause's reason code", () => {
    const result = run(file(), demoAgreement({ rejectGranularity: 'file' }));
    expect(transactionStatuses(result)).toEqual(['RJCT', 'RJCT', 'RJCT', 'RJCT']);
    expect(
      result.evaluation.file.payments.flatMap((p) => p.transactions.map((t) => t.reasons[0]?.reason)),
    ).toEqual(['RR09', 'RR09', 'RR09', 'RR09']);
    expect(finalReport(result).group.status).toBe('RJCT');
  });
});

describe('the two halves of processing, for callers that run them at the same time', () => {
  const context = () => ({ ...intakeContext(), ledger: bankFixture().ledger, isMessageIdUsed: () => false });
  const statuses = (result: ReturnType<typeof processPaymentFile>) =>
    result.kind === 'processed'
      ? result.reports.map((r) => [r.stage, r.report.group.status, reasonCodes(r.report)])
      : result.code;

  it.each([
    ['a valid file', pain001()],
    ['a file failing its XSD', pain001().replace('<PmtMtd>TRF</PmtMtd>', '')],
    [
      'a file with a bad KID',
      pain001({ payments: [payment({ transactions: [transaction({ kid: '000133700501646' })] })] }),
    ],
    ['text that is not XML', '<Document'],
  ])(
    'joins a schema check and a tentative evaluation of %s into what processPaymentFile gives',
    (_what, xml) => {
      const sequential = processPaymentFile(xml, demoAgreement(), context());
      const ctx = context();
      const tentative = evaluatePaymentFileText(xml, demoAgreement(), ctx);
      const check = checkPaymentFileSchema(xml, { schemas: ctx.schemas });
      const joined = finishProcessing(check, xml, demoAgreement(), ctx, tentative);
      expect(statuses(joined)).toEqual(statuses(sequential));
      expect(joined.kind === 'processed' && joined.evaluation.file.fileId).toBe(
        sequential.kind === 'processed' && sequential.evaluation.file.fileId,
      );
    },
  );

  it.each([
    ['a valid file', pain001()],
    ['a file failing its XSD', pain001().replace('<PmtMtd>TRF</PmtMtd>', '')],
    ['a camt.054', readVector('camt054-v02-credit-kid.xml')],
    ['a file with a DOCTYPE', readVector('xml-doctype-billion-laughs.xml')],
    ['text that is not XML', '<Document'],
    ['a large file checked in pieces', kidPaymentFile(12_000, { payments: 3, executionDate: '2026-01-12' })],
  ])('processPaymentFileConcurrently gives what processPaymentFile gives for %s', async (_what, xml) => {
    // libxml lives on this thread here (the bank's tests load it), so the check runs inline: the
    // worker path is held to the same answers in test/bank/schema-worker.e2e.test.ts.
    const sequential = processPaymentFile(Buffer.from(xml), demoAgreement(), context());
    const concurrent = await processPaymentFileConcurrently(Buffer.from(xml), demoAgreement(), context());
    expect(statuses(concurrent)).toEqual(statuses(sequential));
    if (concurrent.kind === 'processed' && sequential.kind === 'processed') {
      expect(concurrent.evaluation.accepted).toEqual(sequential.evaluation.accepted);
    }
  });
});
