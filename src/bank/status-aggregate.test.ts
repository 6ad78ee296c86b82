import { describe, expect, it } from 'vitest';
import { aggregateStatus } from './status-aggregate.ts';

describe('aggregateStatus', () => {
  it.each([
    [['RJCT', 'RJCT'], 'RJCT'],
    [['RJCT', 'ACSP'], 'PART'],
    [['ACSC', 'RJCT'], 'PART'],
    [['ACSC', 'ACSC'], 'ACSC'],
    [['ACSC', 'ACSP'], 'ACSP'],
    [['ACSP', 'PDNG'], 'PDNG'],
    [['ACSP', 'ACWC'], 'ACWC'],
    [[], 'RJCT'],
  ] as const)('gives %j the status %s', (states, expected) => {
    expect(aggregateStatus(states)).toBe(expected);
  });
});
