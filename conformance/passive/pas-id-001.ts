// PAS-ID-001 — no id the SUT must never reuse is reused within a world.
import type { PassiveCheck } from '../types.ts';
import { eachSegment } from './segments.ts';

export const pasId001: PassiveCheck = {
  id: 'PAS-ID-001',
  kind: 'passive',
  area: 'passive',
  severity: 'mandatory',
  title: 'No duplicate shipment, transaction, message or end-to-end ids',
  rule: 'Within one world the SUT never reuses a shipmentId (MPS 3002), a transactionId (3003), a pain.001 MsgId (DU01), PmtInfId (DU02) or EndToEndId (DU04).',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§4.2', keys: ['S15'], evidence: 'C' },
    { notes: 'iso20022-norway.md', section: '§3.4', keys: ['S11'], evidence: 'I' },
  ],
  targets: ['reuses-msgid'],
  inspect(traffic, sink) {
    eachSegment(traffic, sink, (segment, fail) => {
      const kinds: Array<{
        label: string;
        code: string;
        values: Array<{ value: string | undefined; seq: number }>;
      }> = [
        {
          label: 'shipmentId',
          code: '3002',
          values: segment.traffic.shipments.map((s) => ({ value: s.shipmentId, seq: s.seq })),
        },
        {
          label: 'transactionId',
          code: '3003',
          values: segment.traffic.shipments.flatMap((s) =>
            s.transactions.map((tx) => ({ value: tx.transactionId, seq: s.seq })),
          ),
        },
        {
          label: 'MsgId',
          code: 'DU01',
          values: segment.traffic.paymentFiles.map((f) => ({
            value: f.document?.groupHeader.messageId.value,
            seq: f.seq,
          })),
        },
        {
          label: 'PmtInfId',
          code: 'DU02',
          values: segment.traffic.paymentFiles.flatMap((f) =>
            (f.document?.payments ?? []).map((p) => ({ value: p.paymentInformationId, seq: f.seq })),
          ),
        },
        {
          label: 'EndToEndId',
          code: 'DU04',
          values: segment.traffic.paymentFiles.flatMap((f) =>
            (f.document?.payments ?? []).flatMap((p) =>
              p.transactions.map((t) => ({ value: t.endToEndId, seq: f.seq })),
            ),
          ),
        },
      ];
      for (const kind of kinds) {
        const first = new Map<string, number>();
        for (const { value, seq } of kind.values) {
          if (!value) continue;
          const earlier = first.get(value);
          if (earlier !== undefined && earlier !== seq) {
            fail({
              message: `${kind.label} ${value} was sent again (seq ${seq}) after seq ${earlier}.`,
              fix: `Generate a new ${kind.label} for every message; never reuse one.`,
              seqs: [earlier, seq],
              codes: [kind.code],
            });
          }
          if (earlier === undefined) first.set(value, seq);
        }
      }
    });
  },
};
