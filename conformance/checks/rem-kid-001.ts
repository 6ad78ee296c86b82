// REM-KID-001 — a KID travels as Strd/CdtrRefInf SCOR, exactly as issued, and alone.
import type { ActiveCheck } from '../types.ts';
import { xmlLines } from '../steps/evidence.ts';
import {
  approvers,
  kidFor,
  kidsOf,
  newCreditor,
  paymentRun,
  putPayable,
  transactionsTo,
} from '../steps/remittance.ts';

export const remKid001: ActiveCheck = {
  id: 'REM-KID-001',
  kind: 'active',
  area: 'remittance',
  severity: 'mandatory',
  title: 'The KID is sent as SCOR, exactly as issued (dash included)',
  rule: "A KID payment carries the KID in RmtInf/Strd/CdtrRefInf with Tp/CdOrPrtry/Cd SCOR and Ref = the KID exactly as issued (a MOD11 KID may end in '-'); the KID is the only remittance information, with no free text beside it.",
  sources: [
    { notes: 'iso20022-norway.md', section: '§2.2', keys: ['S11', 'S25', 'S26'], evidence: 'P' },
    { notes: 'iso20022-norway.md', section: '§5.1', keys: ['S48', 'S49'], evidence: 'C' },
  ],
  async run(ctx) {
    const creditor = await newCreditor(ctx, 'Tele Leverandør AS', { algorithm: 'MOD11', length: 10 });
    const kid = kidFor(ctx, creditor.kidSetup!, '-');
    await putPayable(ctx, 'p-dash', {
      creditorAccount: creditor.account,
      creditorName: creditor.name,
      amount: 59_900,
      kid,
    });
    const run = await paymentRun(ctx, await ctx.today(), approvers(ctx));
    const transactions = run.files.flatMap((file) =>
      transactionsTo(file, creditor.account).map((tx) => ({ file, tx })),
    );
    if (transactions.length !== 1) {
      ctx.fail({
        message: `One payable with KID ${kid} gave ${transactions.length} transactions to account ${creditor.account} (answer ${run.answer.status}).`,
        fix: 'Pay each open payable once in the payment run.',
        seqs: run.files.map((f) => f.seq),
        excerpt: run.answer.text.slice(0, 300),
      });
      return;
    }
    const [{ file, tx }] = transactions as [(typeof transactions)[number]];
    const kids = kidsOf(tx);
    ctx.expect(kids.length === 1 && kids[0] === kid, {
      message: `The transaction ${tx.endToEndId} carries SCOR references ${JSON.stringify(kids)}; the payable's KID is ${kid}.`,
      fix: "Write the KID exactly as given (with its final '-') in Strd/CdtrRefInf/Ref with Tp/CdOrPrtry/Cd SCOR.",
      seqs: [file.seq],
      excerpt: xmlLines(file.xml, tx.line, 40),
      codes: ['RR09'],
    });
    const unstructured = tx.remittance?.unstructured ?? [];
    ctx.expect(unstructured.length === 0, {
      message: `The KID payment ${tx.endToEndId} also carries free text (${unstructured.map((u) => u.value).join(' | ')}).`,
      fix: 'With a KID, send no RmtInf/Ustrd: the KID is the only information the payee receives.',
      seqs: [file.seq],
      codes: ['RR07'],
    });
  },
};
