// REM-CREDIT-001 — a credit note is settled by reference, never together with a KID.
import type { ActiveCheck } from '../types.ts';
import { xmlLines } from '../steps/evidence.ts';
import {
  approvers,
  documentTypesOf,
  kidFor,
  kidsOf,
  newCreditor,
  paymentRun,
  putPayable,
  transactionsTo,
  refusedFile,
} from '../steps/remittance.ts';

export const remCredit001: ActiveCheck = {
  id: 'REM-CREDIT-001',
  kind: 'active',
  area: 'remittance',
  severity: 'mandatory',
  title: 'A credit note is never combined with a KID',
  rule: 'KID cannot be used for credit notes: when a credit note is part of the payment to a creditor, the invoices in that payment are paid without KID, with structured references (RfrdDocInf CINV for invoices, CREN for credit notes).',
  sources: [
    { notes: 'iso20022-norway.md', section: '§2.2', keys: ['S26', 'S27'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§3.4', keys: ['S11'], evidence: 'I' },
  ],
  targets: ['credit-note-with-kid'],
  async run(ctx) {
    const creditor = await newCreditor(ctx, 'Kraft Leverandør AS', { algorithm: 'MOD10', length: 15 });
    const kid = kidFor(ctx, creditor.kidSetup!);
    await putPayable(ctx, 'p-invoice', {
      creditorAccount: creditor.account,
      creditorName: creditor.name,
      amount: 100_000,
      kid,
      invoiceNumber: 'INV-4711',
    });
    await putPayable(ctx, 'p-credit', {
      creditorAccount: creditor.account,
      creditorName: creditor.name,
      amount: 20_000,
      type: 'credit-note',
      invoiceNumber: 'CN-0815',
    });
    const run = await paymentRun(ctx, await ctx.today(), approvers(ctx));
    const transactions = run.files.flatMap((file) =>
      transactionsTo(file, creditor.account).map((tx) => ({ file, tx })),
    );
    let creditNoteSent = false;
    for (const { file, tx } of transactions) {
      const types = documentTypesOf(tx);
      const kids = kidsOf(tx);
      if (types.includes('CREN')) creditNoteSent = true;
      if (types.includes('CREN') && kids.length > 0) {
        ctx.fail({
          message: `Transaction ${tx.endToEndId} settles credit note CN-0815 (CREN) and still carries KID ${kids.join(', ')} (SCOR).`,
          fix: 'When a credit note is settled, pay that creditor’s invoices without KID: CINV and CREN references with their amounts.',
          seqs: [file.seq],
          excerpt: xmlLines(file.xml, tx.line, 40),
          codes: ['RR07'],
        });
      }
      if (types.includes('CREN') && tx.amount && tx.amount.ore !== null && tx.amount.ore !== 80_000) {
        ctx.fail({
          message: `Transaction ${tx.endToEndId} pays ${tx.amount.text} NOK; invoice 1,000.00 less credit note 200.00 is 800.00.`,
          fix: 'Pay the invoices less the credit notes of the same creditor in one transaction.',
          seqs: [file.seq],
          codes: ['AM09'],
        });
      }
    }
    if (!creditNoteSent) {
      const view = await ctx.driver.payable('p-credit');
      ctx.note(`The credit note was not settled in this run (status ${view.status}).`);
    }
    const traffic = await ctx.traffic();
    for (const file of run.files) {
      const refusal = refusedFile(
        traffic,
        file,
        'Read the pain.002 and fix what StsRsnInf names (RR07: a KID together with a credit note).',
      );
      if (refusal) ctx.fail(refusal);
    }
  },
};
