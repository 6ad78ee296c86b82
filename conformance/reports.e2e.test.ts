// The three report files of a real run (a mutant, so there are failures to show), read back the
// way their consumers read them: report.json against the versioned schema, junit.xml with
// libxmljs2 against the JUnit schema, report.html as a self-contained page.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import libxml from 'libxmljs2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from './catalogue.ts';
import { startReferenceSetup } from './reference-driver.ts';
import { DEFAULT_START, runConformance } from './runner.ts';
import { reportSchema } from './report/report-schema.ts';
import type { ConformanceReport } from './report/report-schema.ts';
import { writeReports } from './report/write-reports.ts';
import type { WrittenReports } from './report/write-reports.ts';

let dir: string;
let written: WrittenReports;
let report: ConformanceReport;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'conformance-report-'));
  const setup = await startReferenceSetup({
    seed: 7,
    start: DEFAULT_START,
    transport: 'in-process',
    mutant: 'credit-note-with-kid',
  });
  report = await runConformance({
    benchUrl: setup.benchUrl,
    tenantKey: setup.tenantKey,
    driverUrl: setup.driverUrl,
    fetch: setup.fetch,
    seed: 7,
    checks: CHECKS,
    only: ['EF-CONSENT-001', 'REM-CREDIT-001', 'REM-KID-001', 'PAS-PAIN-001'],
    meta: { benchInProcess: true, reference: true, mutant: 'credit-note-with-kid' },
  });
  await setup.close();
  written = writeReports(report, dir);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the reports of a conformance run', () => {
  it('writes report.json that the versioned schema accepts, with seed, clock, settings and evidence', () => {
    const parsed = reportSchema.parse(JSON.parse(readFileSync(written.json, 'utf8')));
    expect(parsed.seed).toBe(7);
    expect(parsed.clock.start).toBe('2026-01-12T08:00:00+01:00');
    expect(Object.keys(parsed.settings)).toEqual(expect.arrayContaining(['bank', 'mps']));
    const credit = parsed.checks.find((check) => check.id === 'REM-CREDIT-001');
    expect(credit?.outcome).toBe('failed');
    expect(credit?.evidence.seqs.length).toBeGreaterThan(0);
    expect(credit?.codes).toContain('RR07');
    expect(parsed.codes.find((code) => code.code === 'RR07')?.title.nb).toBeTruthy();
  });

  it('writes junit.xml that CI reporters can read: valid, a suite per area, the failure with its evidence', () => {
    const doc = libxml.parseXml(readFileSync(written.junit, 'utf8'));
    const xsd = libxml.parseXml(readFileSync(new URL('./report/junit.xsd', import.meta.url), 'utf8'));
    expect(doc.validate(xsd)).toBe(true);
    const suites = doc.find('/testsuites/testsuite').map((s) => (s as libxml.Element).attr('name')?.value());
    expect(suites).toEqual(['consent', 'remittance', 'passive']);
    const failure = doc.get("//testcase[starts-with(@name,'REM-CREDIT-001')]/failure") as libxml.Element;
    expect(failure.text()).toMatch(/journal seq: \d+/);
    expect(failure.text()).toContain('RR07');
  });

  it('writes report.html with every check, its evidence and the code explanations', () => {
    const html = readFileSync(written.html, 'utf8');
    for (const check of report.checks) expect(html).toContain(`id="check-${check.id}"`);
    expect(html).toContain('id="code-RR07"');
    expect(html).toContain('&lt;CdtTrfTxInf&gt;');
    expect(html).not.toMatch(/<script/i);
  });
});
