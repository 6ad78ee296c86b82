// PAS-PAIN-001 — every pain.001 the SUT sent during the run, judged by the bank's own rules.
import type { PassiveCheck } from '../types.ts';
import { judgePain001 } from '../steps/pain001-rules.ts';
import { eachSegment } from './segments.ts';

export const pasPain001: PassiveCheck = {
  id: 'PAS-PAIN-001',
  kind: 'passive',
  area: 'passive',
  severity: 'mandatory',
  title: 'Every pain.001 sent is schema-valid and follows the Norwegian rules',
  rule: 'Each payment file the SUT sent is valid against the pain.001 XSD, has correct NbOfTxs and CtrlSum, unique PmtInfId and EndToEndId, KIDs as SCOR that pass MOD10/MOD11, no KID together with a credit note, positive amounts, and execution dates on banking days.',
  sources: [
    { notes: 'iso20022-norway.md', section: '§2.1', keys: ['S1'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§2.2', keys: ['S26'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§2.5', keys: ['S34'], evidence: 'C' },
  ],
  inspect(traffic, sink) {
    let files = 0;
    let skipped: string | undefined;
    eachSegment(traffic, sink, (segment, fail) => {
      for (const file of segment.traffic.paymentFiles) {
        files += 1;
        const judged = judgePain001(file);
        skipped ??= judged.schemaSkipped;
        judged.findings.forEach(fail);
      }
    });
    sink.note(`${files} payment file(s) judged.`);
    if (skipped) sink.note(`XSD not checked: ${skipped}`);
  },
};
