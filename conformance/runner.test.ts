import { describe, expect, it } from 'vitest';
import { createInProcessBench } from '../test/support/server.ts';
import { json } from '../simulators/kernel/http.ts';
import { problem } from '../simulators/kernel/problem.ts';
import type { Simulator } from '../simulators/kernel/types.ts';
import { NotApplicable } from './check-context.ts';
import { UnusableInputError, runConformance } from './runner.ts';
import type { RunOptions } from './runner.ts';
import type { ActiveCheck, Check, PassiveCheck } from './types.ts';

/** A driver that answers reset and customers, and breaks on billing runs. */
const stubDriver: Simulator = {
  name: 'driver',
  prefix: '/driver/v1',
  routes: [
    { method: 'POST', path: '/reset', allow: ['tenant'], handler: async () => json({ reset: true }) },
    { method: 'PUT', path: '/customers/:n', allow: ['tenant'], handler: async () => json({}) },
    {
      method: 'POST',
      path: '/billing-runs',
      allow: ['tenant'],
      handler: async () => problem(500, 'EB-INTERNAL', 'the stub cannot bill'),
    },
  ],
};

const source = [{ notes: 'efaktura-b2c.md', section: '§2.1', keys: ['S1'], evidence: 'C' }] as const;
function active(
  id: string,
  run: ActiveCheck['run'],
  severity: ActiveCheck['severity'] = 'mandatory',
): ActiveCheck {
  return { id, kind: 'active', area: 'consent', title: id, rule: 'rule', sources: source, severity, run };
}

const checks: Check[] = [
  active('T-PASS-001', async (ctx) => {
    await ctx.driver.putCustomer('1', {
      firstName: 'Ola',
      lastName: 'Nordmann',
      address: { street: 'Gata 1', postalCode: '0150', city: 'Oslo', country: 'NO' },
    });
    // The runner's own call to MPS stands in for the SUT's traffic in this world.
    await ctx.bench.http.post('/mps/v1/efaktura-identifiers/search', {
      issuerOrgNumber: ctx.issuer.orgNumber,
      customers: [{ customerNumber: '1', nationalId: '01010112345' }],
    });
    ctx.note('passed on purpose');
  }),
  active('T-FAIL-001', async (ctx) => {
    ctx.fail({ message: 'wrong on purpose', fix: 'nothing', seqs: [3], codes: ['RR09'] });
  }),
  active(
    'T-WARN-001',
    async (ctx) => ctx.fail({ message: 'only a recommendation', fix: 'maybe' }),
    'recommended',
  ),
  active('T-SKIP-001', async () => {
    throw new NotApplicable('no such issuer in this world');
  }),
  active('T-ERROR-001', async () => {
    throw new Error('a check bug');
  }),
  active('T-DRIVER-001', async (ctx) => {
    await ctx.driver.billingRun('2026-01-12');
  }),
];

const passive: PassiveCheck = {
  id: 'T-PASSIVE-001',
  kind: 'passive',
  area: 'passive',
  title: 'passive',
  rule: 'rule',
  sources: source,
  severity: 'mandatory',
  inspect(traffic, sink) {
    const searches = traffic.segments.flatMap((s) => s.traffic.searches.map(() => s.checkId));
    sink.note(`searches in ${searches.join(', ')}`);
    if (searches.length !== 1)
      sink.fail({ message: `expected one search, saw ${searches.length}`, fix: '-' });
  },
};

function options(overrides: Partial<RunOptions> = {}): RunOptions {
  const bench = createInProcessBench({ world: 'demo', extraSimulators: [stubDriver] });
  return {
    benchUrl: bench.baseUrl,
    tenantKey: bench.tenantKey,
    driverUrl: `${bench.baseUrl}/driver/v1`,
    seed: 42,
    checks: [...checks, passive],
    fetch: (input, init) => bench.bench.dispatch(new Request(input, init)),
    ...overrides,
  };
}

describe('the conformance runner', () => {
  it('gives each check its outcome, and fails the run only for mandatory checks', async () => {
    const report = await runConformance(options());
    const outcome = Object.fromEntries(report.checks.map((c) => [c.id, c.outcome]));
    expect(outcome).toEqual({
      'T-PASS-001': 'passed',
      'T-FAIL-001': 'failed',
      'T-WARN-001': 'failed',
      'T-SKIP-001': 'skipped',
      'T-ERROR-001': 'error',
      'T-DRIVER-001': 'failed',
      'T-PASSIVE-001': 'passed',
    });
    expect(report.summary.mandatoryNotPassed).toEqual(['T-FAIL-001', 'T-ERROR-001', 'T-DRIVER-001']);
    expect(report.summary.verdict).toBe('fail');
  });

  it('records evidence: the driver’s problem code, the journal range, catalogue explanations', async () => {
    const report = await runConformance(options());
    const driver = report.checks.find((c) => c.id === 'T-DRIVER-001');
    expect(driver?.findings[0]?.message).toContain('POST /billing-runs');
    expect(driver?.codes).toEqual(['EB-INTERNAL']);
    const failed = report.checks.find((c) => c.id === 'T-FAIL-001');
    expect(failed?.evidence.seqs).toEqual([3]);
    const range = report.checks.find((c) => c.id === 'T-PASS-001')?.evidence.journal;
    expect(range && range.to > range.from).toBe(true);
    expect(report.codes.map((c) => c.code)).toEqual(['EB-INTERNAL', 'RR09']);
    expect(report.codes[1]?.title.nb).toBeTruthy();
  });

  it('hands passive checks the SUT’s traffic world by world', async () => {
    const report = await runConformance(options());
    expect(report.checks.find((c) => c.id === 'T-PASSIVE-001')?.notes).toEqual(['searches in T-PASS-001']);
  });

  it('passes a run whose only failure is a recommended check', async () => {
    const report = await runConformance(options({ only: ['T-PASS-001', 't-warn-001'] }));
    expect(report.checks.map((c) => c.id)).toEqual(['T-PASS-001', 'T-WARN-001']);
    expect(report.summary.verdict).toBe('pass');
  });

  it('refuses unknown check ids and an unreachable driver as unusable input', async () => {
    await expect(runConformance(options({ only: ['EF-NOPE-001'] }))).rejects.toBeInstanceOf(
      UnusableInputError,
    );
    const base = options();
    const fetchImpl = base.fetch!;
    const unreachable = options({
      driverUrl: 'http://127.0.0.1:9/driver/v1',
      fetch: (input, init) =>
        input.startsWith('http://127.0.0.1:9')
          ? Promise.reject(new TypeError('fetch failed'))
          : fetchImpl(input, init),
    });
    await expect(runConformance(unreachable)).rejects.toThrow(/driver is unreachable/);
  });
});
