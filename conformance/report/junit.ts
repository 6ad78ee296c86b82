// junit.xml for CI systems (Jenkins, GitLab, GitHub Actions reporters): one <testsuite> per area,
// one <testcase> per check, <failure> with the message and the evidence. A recommended check that
// fails is a <failure type="recommended">: visible, although the exit code ignores it.
import { create } from 'xmlbuilder2';
import { CHECK_AREAS } from '../types.ts';
import type { ConformanceReport, CheckResult } from './report-schema.ts';
import { findingText, resultText, seconds, xmlSafe } from './text.ts';

function areasInOrder(report: ConformanceReport): string[] {
  const present = new Set(report.checks.map((check) => check.area));
  const known = CHECK_AREAS.filter((area) => present.has(area));
  return [...known, ...[...present].filter((area) => !(CHECK_AREAS as readonly string[]).includes(area))];
}

function count(checks: readonly CheckResult[], outcome: CheckResult['outcome']): number {
  return checks.filter((check) => check.outcome === outcome).length;
}

function shortMessage(result: CheckResult): string {
  const first = result.findings[0]?.message ?? result.error ?? result.outcome;
  const more = result.findings.length > 1 ? ` (+${result.findings.length - 1} more)` : '';
  const text = `[${result.severity}] ${first}${more}`;
  return xmlSafe(text.length > 500 ? `${text.slice(0, 497)}...` : text);
}

export function renderJunit(report: ConformanceReport): string {
  const total = report.checks.reduce((sum, check) => sum + check.durationMs, 0);
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites', {
    name: 'efaktura-bench conformance',
    tests: String(report.checks.length),
    failures: String(count(report.checks, 'failed')),
    errors: String(count(report.checks, 'error')),
    skipped: String(count(report.checks, 'skipped')),
    time: seconds(total),
    timestamp: report.startedAt.replace(/\.\d{3}Z$/, 'Z'),
  });
  for (const [index, area] of areasInOrder(report).entries()) {
    const checks = report.checks.filter((check) => check.area === area);
    const suite = root.ele('testsuite', {
      name: area,
      id: String(index),
      package: 'efaktura-bench.conformance',
      tests: String(checks.length),
      failures: String(count(checks, 'failed')),
      errors: String(count(checks, 'error')),
      skipped: String(count(checks, 'skipped')),
      time: seconds(checks.reduce((sum, check) => sum + check.durationMs, 0)),
      timestamp: report.startedAt.replace(/\.\d{3}Z$/, 'Z'),
      hostname: 'efaktura-bench',
    });
    const properties = suite.ele('properties');
    const property = (name: string, value: string): void => {
      properties.ele('property', { name, value: xmlSafe(value) });
    };
    property('runId', report.runId);
    property('seed', String(report.seed));
    property('clock.start', report.clock.start);
    property('bench.url', report.bench.url);
    property('bench.version', report.bench.version);
    property('driver.url', report.driver.url);
    if (report.driver.mutant) property('driver.mutant', report.driver.mutant);
    for (const check of checks) {
      const testcase = suite.ele('testcase', {
        name: xmlSafe(`${check.id} ${check.title}`),
        classname: `efaktura-bench.conformance.${area}`,
        time: seconds(check.durationMs),
      });
      if (check.outcome === 'failed') {
        testcase
          .ele('failure', { message: shortMessage(check), type: check.severity })
          .txt(xmlSafe(check.findings.map((finding, i) => findingText(finding, i)).join('\n\n')));
      } else if (check.outcome === 'error') {
        testcase
          .ele('error', { message: shortMessage(check), type: 'check-error' })
          .txt(xmlSafe(check.error ?? ''));
      } else if (check.outcome === 'skipped') {
        testcase.ele('skipped', { message: xmlSafe(check.error ?? 'skipped') });
      }
      const out = [`rule: ${check.rule}`, `severity: ${check.severity}`, resultText(check)]
        .filter(Boolean)
        .join('\n');
      testcase.ele('system-out').txt(xmlSafe(out));
    }
  }
  return root.end({ prettyPrint: true });
}
