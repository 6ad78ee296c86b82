import { describe, expect, it } from 'vitest';
import { approvePaymentFile } from './netbank-approval.ts';
import { receivePaymentFile } from './payment-intake.ts';
import { writePain002 } from '../iso20022/pain002.ts';
import { expectSchemaValid } from '../iso20022/testing/expect-schema-valid.ts';
import {
  ACCOUNTS,
  bankFixture,
  demoAgreement,
  intakeContext,
  pain001,
  payment,
} from './testing/bank-fixture.ts';

function waitingFile(requiredApprovals: 1 | 2) {
  const agreement = demoAgreement({ rgb: false, requiredApprovals });
  const state = bankFixture(agreement);
  const context = intakeContext({ approvers: [] });
  const result = receivePaymentFile(
    state,
    pain001({
      payments: [payment({ pmtInfId: 'A' }), payment({ pmtInfId: 'B', debtorAccount: ACCOUNTS.tax })],
    }),
    agreement,
    context,
  );
  if (result.kind !== 'received') throw new Error(result.message);
  return {
    state,
    agreement,
    file: result.file,
    approve: (userId: string) => approvePaymentFile(state, result.file, agreement, userId, context),
  };
}

describe('netbank approval (RGB off)', () => {
  it('schedules nothing until a block is approved by an authorised user, then releases it with an ACSP report', () => {
    const { state, approve } = waitingFile(1);
    expect(state.openPayments.size).toBe(0);
    const result = approve('kari');
    expect(result).toMatchObject({ kind: 'recorded', releasedPayments: ['A'], stillAwaiting: ['B'] });
    expect(state.openPayments.size).toBe(1);
    if (result.kind !== 'recorded' || !result.report) throw new Error('expected a report');
    expect(result.report.report.payments[0]?.transactions?.[0]?.status).toBe('ACSP');
    expectSchemaValid(writePain002(result.report.report));
  });

  it('needs two distinct authorised users when the agreement requires two', () => {
    const { approve } = waitingFile(2);
    expect(approve('ola')).toMatchObject({ releasedPayments: [] });
    expect(approve('ola')).toMatchObject({ releasedPayments: [] });
    expect(approve('kari')).toMatchObject({ releasedPayments: ['A'], stillAwaiting: ['B'] });
  });

  it('refuses a user without authority on any waiting account, and a file with nothing waiting', () => {
    const { approve } = waitingFile(1);
    expect(approve('mallory')).toMatchObject({ kind: 'not-authorised' });
    approve('ola');
    expect(approve('ola')).toEqual({ kind: 'not-awaiting' });
  });
});
