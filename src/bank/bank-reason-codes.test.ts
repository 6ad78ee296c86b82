// The catalogue walk (ARCHITECTURE.md §6): every reason code the bank emits has a catalogue entry
// whose trigger, sent to the bank, produces that code; the bank narratives likewise.
import { describe, expect, it } from 'vitest';
import { codesInFamily, lookupCode } from '../codes/catalogue.ts';
import { narrativeReasonCode, narrativeText } from '../codes/bank-narrative.ts';
import type { NarrativeCode } from '../codes/bank-narrative.ts';
import { BANK_REASON_CODE_LIST, isBankReasonCode } from './bank-reason-codes.ts';
import { receivePaymentFile } from './payment-intake.ts';
import { executeDuePayments } from './execute-due-payments.ts';
import { parseTrigger } from './triggers.ts';
import { bankFixture, intakeContext, pain001, payment, transaction } from './testing/bank-fixture.ts';
import type { BankState } from './bank-state.ts';
import type { CodeTrigger } from '../codes/types.ts';

/** Sends a file carrying the trigger, runs the execution once, and returns every (code, AddtlInf) reported. */
function reasonsProducedBy(trigger: CodeTrigger): Array<{ code: string; texts: string[] }> {
  const state: BankState = bankFixture();
  const context = intakeContext();
  const value = trigger.value ?? '';
  const xml =
    trigger.kind === 'pain001-msg-id'
      ? pain001({ msgId: value })
      : pain001({ payments: [payment({ transactions: [transaction({ endToEndId: value })] })] });
  const result = receivePaymentFile(state, xml, [...state.agreements.values()][0]!, context);
  if (result.kind !== 'received') throw new Error(`${value}: ${result.code}`);
  executeDuePayments(state, { ...context, now: new Date('2026-01-12T08:15:00+01:00') });
  return [...state.statusReports.values()].flatMap(({ report }) =>
    [
      ...(report.group.reasons ?? []),
      ...report.payments.flatMap((p) => [
        ...(p.reasons ?? []),
        ...(p.transactions ?? []).flatMap((t) => t.reasons ?? []),
      ]),
    ].map((reason) => ({ code: reason.code ?? '', texts: reason.additionalInfo ?? [] })),
  );
}

describe('the bank reason codes and their triggers', () => {
  it('emits every ISO reason code whose catalogue entry advertises a pain.001 trigger', () => {
    // The catalogue tells support staff how to see each code; a trigger the bank ignored would lie.
    const advertised = codesInFamily('iso-reason')
      .filter(
        (entry) =>
          entry.trigger?.kind === 'pain001-end-to-end-id' || entry.trigger?.kind === 'pain001-msg-id',
      )
      .map((entry) => entry.code);
    expect(advertised.filter((code) => !isBankReasonCode(code))).toEqual([]);
  });

  it.each(BANK_REASON_CODE_LIST)(
    '%s has a catalogue entry whose trigger makes the bank report it',
    (code) => {
      const entry = lookupCode(code);
      expect(entry?.family).toBe('iso-reason');
      const trigger = entry?.trigger;
      expect(trigger?.value).toBe(`TRIGGER-${code}`);
      expect(['pain001-msg-id', 'pain001-end-to-end-id']).toContain(trigger?.kind);
      expect(reasonsProducedBy(trigger!).map((reason) => reason.code)).toContain(code);
    },
  );

  const narratives = (Object.keys(narrativeReasonCode) as NarrativeCode[]).filter((code) =>
    isBankReasonCode(narrativeReasonCode[code]),
  );

  it.each(narratives)('%s: its trigger makes the bank report its text with its reason code', (code) => {
    const trigger = lookupCode(code)?.trigger;
    expect(trigger?.value).toBe(`TRIGGER-${code}`);
    const fixedPart = narrativeText[code].split('<')[0] ?? '';
    const produced = reasonsProducedBy(trigger!);
    expect(produced).toContainEqual(
      expect.objectContaining({
        code: narrativeReasonCode[code],
        texts: expect.arrayContaining([expect.stringContaining(fixedPart)]),
      }),
    );
  });

  it('reads triggers case-insensitively, with a suffix, and ignores codes the bank does not emit', () => {
    expect(parseTrigger('TRIGGER-ac04')?.reason).toBe('AC04');
    expect(parseTrigger('TRIGGER-AC04-7')?.reason).toBe('AC04');
    expect(parseTrigger('TRIGGER-NARR-UGYLDIG-KID-2')).toMatchObject({
      reason: 'RR09',
      narrative: 'NARR-UGYLDIG-KID',
    });
    expect(parseTrigger('TRIGGER-RC01')?.reason).toBe('RC01');
    expect(parseTrigger('TRIGGER-ZZ99')).toBeUndefined();
    expect(parseTrigger('INV-4711')).toBeUndefined();
  });
});

describe('trigger files', () => {
  it('show their code every time they are sent: a trigger MsgId is never consumed (no DU01)', () => {
    const state = bankFixture();
    const agreement = [...state.agreements.values()][0]!;
    const send = () =>
      receivePaymentFile(state, pain001({ msgId: 'TRIGGER-AC02' }), agreement, intakeContext());
    send();
    const again = send();
    expect(
      again.kind === 'received' && again.reports.map((r) => r.report.payments[0]?.reasons?.[0]?.code),
    ).toEqual([undefined, 'AC02']);
  });
});
