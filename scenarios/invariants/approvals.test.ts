import { describe, expect, it } from 'vitest';
import { makeModel } from '../test-fixtures.ts';
import type { SentPaymentFile } from '../facts/payment-file-sent.ts';
import { bankAccepts, clientAccepts, judgeFileOutcome, judgeLocalRefusal } from './approvals.ts';
import type { TransactionOutcome } from './approvals.ts';

const authorised = (id: string) => id === 'ola' || id === 'kari';

describe('the approver matrix (iso20022-norway.md §6.1)', () => {
  it.each([
    // [ERP rule, bank rule, approvers, client accepts, bank accepts]
    ['1+1', 1, 1, ['ola'], true, true],
    ['1+1', 1, 1, ['nils'], false, false],
    ['2+1', 2, 1, ['ola', 'nils'], true, true],
    ['2+1', 2, 1, ['ola'], false, true],
    ['2+2', 2, 2, ['ola', 'kari'], true, true],
    ['2+2', 2, 2, ['ola', 'nils'], false, false],
    ['2+2', 2, 2, ['ola'], false, false],
    ['2+2', 2, 2, ['ola', 'ola'], false, false],
  ] as const)(
    '%s with %s/%s approvers %j: client %s, bank %s',
    (_name, erp, bank, approvers, client, accepted) => {
      expect(clientAccepts({ erpApprovals: erp, requiredApprovals: bank }, approvers, authorised)).toBe(
        client,
      );
      expect(bankAccepts({ requiredApprovals: bank, rgb: true }, approvers, authorised)).toBe(accepted);
    },
  );
});

function file(transactions: SentPaymentFile['transactions']): SentPaymentFile {
  return { seq: 9, status: 202, fileId: 'file-1', messageId: 'MSG-1', groupStatus: 'ACTC', transactions };
}

const payment = {
  pmtInfId: 'P1',
  endToEndId: 'E1',
  executionDate: '2026-01-14',
  debtorAccount: '12345678903',
  creditorAccount: '',
  amountOre: 10_001,
  kids: [] as string[],
  documents: [{ type: 'CINV', number: 'INV-1' }],
};

function outcomes(status: string, reasons: string[] = []): Map<string, TransactionOutcome> {
  return new Map([['E1', { endToEndId: 'E1', status, reasons }]]);
}

describe('judgeLocalRefusal', () => {
  it('flags a file sent for a run its 2+2 rule cannot accept (the single-approver fault)', () => {
    const model = makeModel({ clientRule: { erpApprovals: 2, requiredApprovals: 2 } });
    const violations = judgeLocalRefusal(model, ['ola'], { status: 200 }, [file([payment])]);
    expect(violations.map((v) => v.detail)).toEqual([
      expect.stringMatching(/cannot satisfy its 2\+2 rule/),
      expect.stringMatching(/must be refused/),
    ]);
  });

  it('accepts a refusal, and a satisfiable run that was sent', () => {
    const model = makeModel({ clientRule: { erpApprovals: 2, requiredApprovals: 2 } });
    expect(judgeLocalRefusal(model, ['ola'], { status: 422 }, [])).toEqual([]);
    expect(judgeLocalRefusal(model, ['ola', 'kari'], { status: 200 }, [file([payment])])).toEqual([]);
  });
});

describe('judgeFileOutcome', () => {
  const model = makeModel();
  const tx = { ...payment, creditorAccount: model.creditors[2]?.bban ?? '' };
  const judge = (oracle: 'accept' | 'AG08' | 'PDNG', status: string, reasons: string[] = [], due = false) =>
    judgeFileOutcome({
      model,
      file: file([tx]),
      oracle,
      approversText: 'ola',
      outcomes: outcomes(status, reasons),
      executionDue: () => due,
    });

  it('requires AG08 when the approvers do not satisfy the agreement', () => {
    expect(judge('AG08', 'RJCT', ['AG08'])).toEqual([]);
    expect(judge('AG08', 'ACCP')[0]?.detail).toMatch(/should be rejected with AG08/);
    expect(judge('AG08', 'ACSC')[0]?.detail).toMatch(/executed \(ACSC\) although/);
  });

  it('requires an accepted file to be executed once its date has passed', () => {
    expect(judge('accept', 'ACCP')).toEqual([]);
    expect(judge('accept', 'ACSC', [], true)).toEqual([]);
    expect(judge('accept', 'ACCP', [], true)[0]?.detail).toMatch(/must be executed/);
    expect(judge('accept', 'RJCT', ['DU01'])[0]?.detail).toMatch(/was rejected \(RJCT DU01\)/);
  });

  it('requires a file to wait as PDNG with RGB off until approved in the netbank', () => {
    expect(judge('PDNG', 'PDNG')).toEqual([]);
    expect(judge('PDNG', 'ACSC')[0]?.detail).toMatch(/without enough netbank approvals/);
  });

  it('flags RR09 given to a correct KID', () => {
    const k0 = model.creditors[0];
    if (!k0?.kid) throw new Error('k0 has a KID agreement');
    const kid = '100000000008'; // MOD10, length 12
    const withKid = { ...payment, creditorAccount: k0.bban, kids: [kid], documents: [] };
    const violations = judgeFileOutcome({
      model,
      file: file([withKid]),
      oracle: 'accept',
      approversText: 'ola',
      outcomes: outcomes('RJCT', ['RR09']),
      executionDue: () => false,
    });
    expect(violations.map((v) => v.rule)).toContain('kid');
  });
});
