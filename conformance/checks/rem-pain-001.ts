// REM-PAIN-001 — payment files are schema-valid pain.001 the bank accepts, and payables follow the
// bank's reports to paid.
import type { ActiveCheck } from '../types.ts';
import { judgePain001 } from '../steps/pain001-rules.ts';
import {
  approvers,
  executionPasses,
  kidFor,
  newCreditor,
  paymentRun,
  putPayable,
  refusedFile,
} from '../steps/remittance.ts';

export const remPain001: ActiveCheck = {
  id: 'REM-PAIN-001',
  kind: 'active',
  area: 'remittance',
  severity: 'mandatory',
  title: 'A payment run sends a valid pain.001 and follows it to paid',
  rule: 'A payment run sends pain.001.001.03 (or .09) that is valid against the XSD, with NbOfTxs and CtrlSum right, KIDs as SCOR and ids unique in the file; the bank accepts it, and each payable moves to paid when the bank settles it (ACSC).',
  sources: [
    { notes: 'iso20022-norway.md', section: '§2.1', keys: ['S1'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§3.3', keys: ['S37', 'S23'], evidence: 'P' },
  ],
  async run(ctx) {
    const kraft = await newCreditor(ctx, 'Kraft Leverandør AS', { algorithm: 'MOD10', length: 15 });
    const tele = await newCreditor(ctx, 'Tele Leverandør AS', { algorithm: 'MOD11', length: 10 });
    const plain = await newCreditor(ctx, 'Rørlegger Leverandør AS');
    await putPayable(ctx, 'p-kraft', {
      creditorAccount: kraft.account,
      creditorName: kraft.name,
      amount: 125_000,
      kid: kidFor(ctx, { algorithm: 'MOD10', length: 15 }),
    });
    await putPayable(ctx, 'p-tele', {
      creditorAccount: tele.account,
      creditorName: tele.name,
      amount: 49_900,
      kid: kidFor(ctx, { algorithm: 'MOD11', length: 10 }),
    });
    await putPayable(ctx, 'p-plain', {
      creditorAccount: plain.account,
      creditorName: plain.name,
      amount: 310_000,
      invoiceNumber: 'F-2026-17',
    });
    const today = await ctx.today();
    const run = await paymentRun(ctx, today, approvers(ctx));
    if (!run.answer.ok || run.files.length === 0) {
      ctx.fail({
        message: `The payment run of three open payables answered ${run.answer.status} and sent ${run.files.length} payment file(s).`,
        fix: 'POST /driver/v1/payment-runs sends the open payables to the bank as one pain.001 and answers { fileId, messageId }.',
        excerpt: run.answer.text.slice(0, 400),
      });
      return;
    }
    const traffic = await ctx.traffic();
    for (const file of run.files) {
      const judged = judgePain001(file);
      if (judged.schemaSkipped) ctx.note(`XSD not checked: ${judged.schemaSkipped}`);
      for (const finding of judged.findings) ctx.fail(finding);
      const refusal = refusedFile(
        traffic,
        file,
        'Read the pain.002 (GET /bank/v1/status-reports/{id}) and fix what StsRsnInf names.',
      );
      if (refusal) ctx.fail(refusal);
    }
    await executionPasses(ctx, today);
    for (const id of ['p-kraft', 'p-tele', 'p-plain']) {
      const view = await ctx.driver.payable(id);
      ctx.expect(view.status === 'paid', {
        message: `Payable ${id} has status "${view.status}" after the bank executed the file on its execution date (ACSC).`,
        fix: 'Read the status reports after the execution date and mark a payable paid when its transaction is ACSC.',
        excerpt: JSON.stringify(view).slice(0, 300),
        codes: view.reasonCode ? [view.reasonCode, 'ACSC'] : ['ACSC'],
      });
    }
  },
};
