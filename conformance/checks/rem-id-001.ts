// REM-ID-001 — MsgId, PmtInfId and EndToEndId are never reused.
import type { ActiveCheck } from '../types.ts';
import { approvers, kidFor, newCreditor, paymentRun, putPayable, refusedFile } from '../steps/remittance.ts';
import type { PaymentFilePost } from '../traffic/bank-traffic.ts';

function ids(file: PaymentFilePost) {
  const document = file.document;
  return {
    msgId: document?.groupHeader.messageId.value,
    pmtInfIds: document?.payments.map((p) => p.paymentInformationId) ?? [],
    endToEndIds: document?.payments.flatMap((p) => p.transactions.map((t) => t.endToEndId)) ?? [],
  };
}

export const remId001: ActiveCheck = {
  id: 'REM-ID-001',
  kind: 'active',
  area: 'remittance',
  severity: 'mandatory',
  title: 'MsgId, PmtInfId and EndToEndId are unique across payment runs',
  rule: 'Every pain.001 has a MsgId the sender never used before (the bank rejects a duplicate with DU01/AM05), and PmtInfId and EndToEndId are unique too, also for two runs on the same day.',
  sources: [
    { notes: 'iso20022-norway.md', section: '§2.1', keys: ['S1'], evidence: 'I' },
    { notes: 'iso20022-norway.md', section: '§3.4', keys: ['S11'], evidence: 'C' },
  ],
  targets: ['reuses-msgid'],
  async run(ctx) {
    const creditor = await newCreditor(ctx, 'Kraft Leverandør AS', { algorithm: 'MOD10', length: 15 });
    const today = await ctx.today();
    const files: PaymentFilePost[] = [];
    for (const id of ['p-morning', 'p-afternoon']) {
      await putPayable(ctx, id, {
        creditorAccount: creditor.account,
        creditorName: creditor.name,
        amount: 10_000 + files.length,
        kid: kidFor(ctx, creditor.kidSetup!),
      });
      const run = await paymentRun(ctx, today, approvers(ctx));
      files.push(...run.files);
      await ctx.advance({ hours: 2 });
    }
    if (files.length < 2) {
      ctx.fail({
        message: `Two payment runs on ${today}, each with one new payable, sent ${files.length} payment file(s); expected two.`,
        fix: 'Each payment run with open payables sends a new pain.001.',
      });
      return;
    }
    const seen = {
      msgId: new Map<string, number>(),
      pmtInfIds: new Map<string, number>(),
      endToEndIds: new Map<string, number>(),
    };
    const labels = {
      msgId: ['GrpHdr/MsgId', 'DU01'],
      pmtInfIds: ['PmtInf/PmtInfId', 'DU02'],
      endToEndIds: ['EndToEndId', 'DU04'],
    } as const;
    const traffic = await ctx.traffic();
    for (const file of files) {
      const found = ids(file);
      const values = {
        msgId: found.msgId ? [found.msgId] : [],
        pmtInfIds: found.pmtInfIds,
        endToEndIds: found.endToEndIds,
      };
      for (const key of ['msgId', 'pmtInfIds', 'endToEndIds'] as const) {
        for (const value of values[key]) {
          const earlier = seen[key].get(value);
          if (earlier !== undefined && earlier !== file.seq) {
            ctx.fail({
              message: `${labels[key][0]} ${value} of the payment file at seq ${file.seq} was already used in the file at seq ${earlier}.`,
              fix: 'Generate a new id for every message, payment block and transaction (e.g. include a sequence number), never one derived from the date alone.',
              seqs: [earlier, file.seq],
              codes: [labels[key][1], 'AM05'],
            });
          }
          seen[key].set(value, file.seq);
        }
      }
      const refusal = refusedFile(
        traffic,
        file,
        'A file with a MsgId used before is rejected as a duplicate (DU01): use a new MsgId.',
      );
      if (refusal) ctx.fail(refusal);
    }
  },
};
