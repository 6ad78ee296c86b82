// REM-REJECT-001 — a rejected payable is corrected and sent again, and nothing is paid twice.
import type { ActiveCheck } from '../types.ts';
import {
  approvers,
  executionPasses,
  kidFor,
  newCreditor,
  paymentRun,
  putPayable,
  transactionsTo,
} from '../steps/remittance.ts';

export const remReject001: ActiveCheck = {
  id: 'REM-REJECT-001',
  kind: 'active',
  area: 'remittance',
  severity: 'mandatory',
  title: 'A rejected payable is corrected and resent, without duplicates',
  rule: 'The ERP reads the pain.002, marks a rejected payable with its reason code (e.g. RR09 "Ugyldig KID-nummer"), and after a correction sends only that payable again, with new ids; payables the bank accepted are never sent twice.',
  sources: [
    { notes: 'iso20022-norway.md', section: '§3.3', keys: ['S37', 'S29'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§3.4', keys: ['S29', 'S43'], evidence: 'C' },
  ],
  async run(ctx) {
    const kraft = await newCreditor(ctx, 'Kraft Leverandør AS', { algorithm: 'MOD10', length: 15 });
    const tele = await newCreditor(ctx, 'Tele Leverandør AS', { algorithm: 'MOD11', length: 10 });
    await putPayable(ctx, 'p-good', {
      creditorAccount: kraft.account,
      creditorName: kraft.name,
      amount: 125_000,
      kid: kidFor(ctx, kraft.kidSetup!),
    });
    // A valid MOD10 KID of 15 digits, but the creditor's KID agreement is MOD11 with 10: RR09.
    await putPayable(ctx, 'p-bad', {
      creditorAccount: tele.account,
      creditorName: tele.name,
      amount: 49_900,
      kid: kidFor(ctx, kraft.kidSetup!),
    });
    const today = await ctx.today();
    const who = approvers(ctx);
    const first = await paymentRun(ctx, today, who);
    await ctx.advance({ minutes: 5 });
    const bad = await ctx.driver.payable('p-bad');
    const good = await ctx.driver.payable('p-good');
    if (
      !ctx.expect(bad.status === 'rejected' && typeof bad.reasonCode === 'string' && bad.reasonCode !== '', {
        message: `The bank rejected payable p-bad (KID that does not fit the creditor's KID agreement), but GET /payables/p-bad answers status "${bad.status}", reasonCode ${JSON.stringify(bad.reasonCode)}.`,
        fix: 'Read the pain.002 status reports (GET /bank/v1/status-reports?since=…) and mark each rejected payable with its StsRsnInf reason code.',
        seqs: first.files.map((f) => f.seq),
        excerpt: JSON.stringify(bad).slice(0, 300),
        codes: ['RR09'],
      })
    )
      return;
    ctx.note(`p-bad rejected with ${bad.reasonCode}; p-good is ${good.status}.`);

    await putPayable(ctx, 'p-bad', {
      creditorAccount: tele.account,
      creditorName: tele.name,
      amount: 49_900,
      kid: kidFor(ctx, tele.kidSetup!),
    });
    const second = await paymentRun(ctx, today, who);
    if (second.files.length === 0) {
      ctx.fail({
        message: `After correcting the rejected payable p-bad, the next payment run sent no file (answer ${second.answer.status}).`,
        fix: 'A corrected payable (PUT /payables/{id} again) goes into the next payment run.',
        excerpt: second.answer.text.slice(0, 300),
      });
      return;
    }
    const resentGood = second.files.flatMap((file) =>
      transactionsTo(file, kraft.account).map((tx) => ({ file, tx })),
    );
    if (good.status !== 'rejected') {
      for (const { file, tx } of resentGood) {
        ctx.fail({
          message: `Payable p-good was ${good.status} after the first run, yet the second run pays it again (${tx.endToEndId}).`,
          fix: 'Send again only payables that were rejected and corrected; never resend one the bank accepted.',
          seqs: [file.seq],
          codes: ['AM05', 'DUPL'],
        });
      }
    }
    const firstIds = new Set(
      first.files.flatMap(
        (f) => f.document?.payments.flatMap((p) => p.transactions.map((t) => t.endToEndId)) ?? [],
      ),
    );
    for (const file of second.files) {
      for (const tx of transactionsTo(file, tele.account)) {
        if (firstIds.has(tx.endToEndId)) {
          ctx.fail({
            message: `The corrected payment reuses EndToEndId ${tx.endToEndId} of the rejected one.`,
            fix: 'Give a corrected payment a new EndToEndId.',
            seqs: [file.seq],
            codes: ['DU04'],
          });
        }
      }
    }
    await executionPasses(ctx, today);
    for (const id of ['p-good', 'p-bad']) {
      const view = await ctx.driver.payable(id);
      ctx.expect(view.status === 'paid', {
        message: `Payable ${id} is "${view.status}" after the execution date; it should be paid exactly once.`,
        fix: 'Follow the status reports until ACSC and mark the payable paid.',
        excerpt: JSON.stringify(view).slice(0, 300),
      });
    }
  },
};
