// REM-APPROVAL-001 — the run carries an approver the bank accepts (RGB, 1+1).
import type { ActiveCheck } from '../types.ts';
import { approvers, kidFor, newCreditor, paymentRun, putPayable } from '../steps/remittance.ts';

export const remApproval001: ActiveCheck = {
  id: 'REM-APPROVAL-001',
  kind: 'active',
  area: 'approvals',
  severity: 'mandatory',
  title: 'Payment files carry the ERP approvers the bank checks (RGB)',
  rule: 'Under "regnskapsgodkjente betalinger" (RGB) the file carries who approved it in the ERP (X-Approved-By); the bank checks that person’s authority on the debit account and rejects with AG08 otherwise. A run approved by an authorised user is accepted.',
  sources: [
    { notes: 'iso20022-norway.md', section: '§6.2', keys: ['S54', 'S55', 'S40'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§6.1', keys: ['S33'], evidence: 'C' },
  ],
  async run(ctx) {
    const creditor = await newCreditor(ctx, 'Kraft Leverandør AS', { algorithm: 'MOD10', length: 15 });
    await putPayable(ctx, 'p-1', {
      creditorAccount: creditor.account,
      creditorName: creditor.name,
      amount: 45_000,
      kid: kidFor(ctx, creditor.kidSetup!),
    });
    const who = approvers(ctx, ctx.agreement.requiredApprovals);
    const run = await paymentRun(ctx, await ctx.today(), who);
    if (run.files.length === 0) {
      ctx.fail({
        message: `A payment run approved by ${who.join(' and ')} (authorised on the debit account) sent no payment file (answer ${run.answer.status}).`,
        fix: 'Send the run when its approvers satisfy the agreement’s rule.',
        excerpt: run.answer.text.slice(0, 300),
      });
      return;
    }
    await ctx.advance({ minutes: 5 });
    const view = await ctx.driver.payable('p-1');
    const reports = (await ctx.traffic()).statusReports;
    const ag08 = reports.filter(
      (report) => report.reasons.includes('AG08') || report.reasons.includes('DS0H'),
    );
    for (const report of ag08) {
      ctx.fail({
        message: `The bank answered the file with ${report.reasons.join(', ')}: it did not see an authorised approver (sent approvers: ${who.join(', ')}).`,
        fix: 'Send the ERP approvers of the run with the file (X-Approved-By: userId[,userId]).',
        seqs: [report.seq],
        excerpt: report.xml.slice(0, 500),
        codes: ['AG08'],
      });
    }
    ctx.expect(view.status !== 'rejected', {
      message: `Payable p-1 was rejected (${view.reasonCode ?? 'no reason'}) although ${who.join(' and ')} approved the run.`,
      fix: 'Attach the approvers to the upload (X-Approved-By) so the bank can verify them.',
      excerpt: JSON.stringify(view).slice(0, 300),
      codes: view.reasonCode ? [view.reasonCode] : [],
    });
  },
};
