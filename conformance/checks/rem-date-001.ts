// REM-DATE-001 — the execution date is moved to a banking day before the file is sent.
import type { ActiveCheck } from '../types.ts';
import { bankingCalendar } from '../steps/pain001-rules.ts';
import { approvers, kidFor, newCreditor, paymentRun, putPayable } from '../steps/remittance.ts';

/** Saturday 17 January 2026: no settlement in Norway on weekends (§2.5). */
const SATURDAY = '2026-01-17';

export const remDate001: ActiveCheck = {
  id: 'REM-DATE-001',
  kind: 'active',
  area: 'remittance',
  severity: 'mandatory',
  title: 'The execution date is a Norwegian banking day',
  rule: 'ReqdExctnDt is a banking day: domestic settlement runs Monday to Friday except public holidays, so a run dated on a weekend or holiday is sent with the next banking day (not an earlier one).',
  sources: [{ notes: 'iso20022-norway.md', section: '§2.5', keys: ['S34', 'S35'], evidence: 'C' }],
  async run(ctx) {
    const creditor = await newCreditor(ctx, 'Kraft Leverandør AS', { algorithm: 'MOD10', length: 15 });
    await putPayable(ctx, 'p-weekend', {
      creditorAccount: creditor.account,
      creditorName: creditor.name,
      amount: 75_000,
      kid: kidFor(ctx, creditor.kidSetup!),
      dueDate: SATURDAY,
    });
    const run = await paymentRun(ctx, SATURDAY, approvers(ctx));
    if (run.files.length === 0) {
      ctx.fail({
        message: `A payment run dated Saturday ${SATURDAY} sent no payment file (answer ${run.answer.status}).`,
        fix: 'Send the run with the next banking day as execution date.',
        excerpt: run.answer.text.slice(0, 300),
      });
      return;
    }
    const expected = bankingCalendar().nextBankingDay(SATURDAY);
    for (const file of run.files) {
      for (const payment of file.document?.payments ?? []) {
        const date = payment.requestedExecutionDate.date.slice(0, 10);
        ctx.expect(bankingCalendar().isBankingDay(date) && date >= SATURDAY, {
          message: `${payment.path}/ReqdExctnDt is ${date} for a run dated ${SATURDAY}; the next banking day is ${expected}.`,
          fix: 'Move the execution date forward to the next banking day before sending (weekends and public holidays are closed).',
          seqs: [file.seq],
          codes: ['DT06'],
        });
      }
    }
  },
};
