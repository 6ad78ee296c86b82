// REM-APPROVAL-002 — a run whose approvers cannot satisfy the agreement is refused before sending.
import type { ActiveCheck } from '../types.ts';
import { NotApplicable } from '../check-context.ts';
import { resetDriverWith } from '../steps/driver-profile.ts';
import { kidFor, newCreditor, paymentRun, putPayable } from '../steps/remittance.ts';

export const remApproval002: ActiveCheck = {
  id: 'REM-APPROVAL-002',
  kind: 'active',
  area: 'approvals',
  severity: 'mandatory',
  title: 'Unsatisfiable approvals (2+2 with one approver) are refused locally',
  rule: 'When the bank requires two approvers with authority (2+2), a run with one approver cannot succeed: the ERP refuses it locally and says why, and nothing reaches the bank. The same run with two authorised approvers is sent and accepted.',
  sources: [
    { notes: 'iso20022-norway.md', section: '§6.1', keys: ['S33'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§6.3', keys: [], evidence: 'I' },
  ],
  targets: ['single-approver'],
  async run(ctx) {
    const agreement = ctx.agreement;
    if (agreement.approvers.length < 2)
      throw new NotApplicable(
        `agreement ${agreement.customerId} has fewer than two users with authority on ${agreement.debtorAccount}`,
      );
    // The bank now requires two approvers (2+2); the SUT is told so through its driver.
    const current = await ctx.bench.http.get<Record<string, unknown>>(
      `/bank/v1/agreements/${agreement.customerId}`,
    );
    if (!current.ok)
      throw new NotApplicable(`GET /bank/v1/agreements/${agreement.customerId} answered ${current.status}`);
    const { customerId: _id, apiKey: _key, ...body } = current.body;
    await ctx.bench.putAgreement(agreement.customerId, { ...body, requiredApprovals: 2 });
    await resetDriverWith(
      ctx,
      { issuer: ctx.issuer, agreement, requiredApprovals: 2 },
      'a 2+2 bank agreement',
    );

    const creditor = await newCreditor(ctx, 'Kraft Leverandør AS', { algorithm: 'MOD10', length: 15 });
    await putPayable(ctx, 'p-1', {
      creditorAccount: creditor.account,
      creditorName: creditor.name,
      amount: 250_000,
      kid: kidFor(ctx, creditor.kidSetup!),
    });
    const [first, second] = agreement.approvers as [string, string];
    const today = await ctx.today();
    const lone = await paymentRun(ctx, today, [first]);
    for (const file of lone.files) {
      ctx.fail({
        message: `The agreement requires two approvers (2+2), the run had one (${first}), and the SUT sent the payment file anyway.`,
        fix: 'Check the approvers against the agreement’s rule before sending; refuse the run and say why (e.g. "2+2 needs 2 different approvers with authority").',
        seqs: [file.seq],
        codes: ['AG08'],
      });
    }
    ctx.expect(!lone.answer.ok, {
      message: `POST /payment-runs with one approver on a 2+2 agreement answered ${lone.answer.status}; it must be refused (4xx problem+json).`,
      fix: 'Answer a run that cannot satisfy the approval rule with a 4xx problem that names the rule.',
      excerpt: lone.answer.text.slice(0, 300),
      codes: ['AG08'],
    });
    const both = await paymentRun(ctx, today, [first, second]);
    ctx.expect(both.answer.ok && both.files.length > 0, {
      message: `With two authorised approvers (${first}, ${second}) the run answered ${both.answer.status} and sent ${both.files.length} file(s).`,
      fix: 'Send the run once the approvers satisfy the rule.',
      excerpt: both.answer.text.slice(0, 300),
    });
    await ctx.advance({ minutes: 5 });
    const view = await ctx.driver.payable('p-1');
    ctx.expect(view.status !== 'rejected', {
      message: `Payable p-1 was rejected (${view.reasonCode ?? '?'}) after the run with two approvers.`,
      fix: 'Send both approvers with the file (X-Approved-By: a,b).',
      excerpt: JSON.stringify(view).slice(0, 300),
      codes: view.reasonCode ? [view.reasonCode] : ['AG08'],
    });
  },
};
