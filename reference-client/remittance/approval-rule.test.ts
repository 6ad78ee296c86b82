import { describe, expect, it } from 'vitest';
import { checkApprovals } from './approval-rule.ts';

describe('checkApprovals (the AutoPay approver matrix)', () => {
  it('1+1: the single approver must hold bank authority', () => {
    const rule = { requiredApprovals: 1 as const, approvers: ['ola'] };
    expect(checkApprovals(rule, ['ola']).ok).toBe(true);
    const refused = checkApprovals(rule, ['kari']);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toMatch(/kari does not/);
    expect(checkApprovals(rule, []).ok).toBe(false);
  });

  it('2+1: two approvers, at least one with bank authority, in any order', () => {
    const rule = { requiredApprovals: 1 as const, erpApprovals: 2 as const, approvers: ['ola'] };
    expect(checkApprovals(rule, ['kari', 'ola'])).toMatchObject({
      ok: true,
      rule: '2+1',
      authorised: ['ola'],
    });
    expect(checkApprovals(rule, ['ola']).ok).toBe(false);
    expect(checkApprovals(rule, ['kari', 'per']).ok).toBe(false);
  });

  it('2+2: two different approvers, both with bank authority', () => {
    const rule = { requiredApprovals: 2 as const, approvers: ['ola', 'kari'] };
    expect(checkApprovals(rule, ['ola', 'kari'])).toMatchObject({ ok: true, rule: '2+2' });
    const one = checkApprovals(rule, ['ola']);
    expect(one).toMatchObject({ ok: false, rule: '2+2' });
    expect(!one.ok && one.reason).toMatch(/needs 2 different approvers, the run has 1 \(ola\)/);
    expect(checkApprovals(rule, ['ola', 'ola']).ok).toBe(false);
    expect(checkApprovals(rule, ['ola', 'per']).ok).toBe(false);
  });

  it('checks only the counts when the client does not know who holds bank authority', () => {
    expect(checkApprovals({ requiredApprovals: 2 }, ['a', 'b']).ok).toBe(true);
    expect(checkApprovals({ requiredApprovals: 2 }, ['a']).ok).toBe(false);
  });
});
