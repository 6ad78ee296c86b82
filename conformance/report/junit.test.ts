import { readFileSync } from 'node:fs';
import libxml from 'libxmljs2';
import { describe, expect, it } from 'vitest';
import { renderJunit } from './junit.ts';
import { sampleReport } from './sample-report.ts';

const xsd = libxml.parseXml(readFileSync(new URL('./junit.xsd', import.meta.url), 'utf8'));

function parse(text: string) {
  const doc = libxml.parseXml(text);
  return doc;
}

describe('junit.xml', () => {
  const text = renderJunit(sampleReport());
  const doc = parse(text);

  it('is well-formed XML valid against the JUnit schema CI reporters read', () => {
    const valid = doc.validate(xsd);
    expect(doc.validationErrors.map((e) => e.message)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has one testsuite per area and one testcase per check, with matching counts', () => {
    const suites = doc.find('/testsuites/testsuite');
    expect(suites.map((s) => (s as libxml.Element).attr('name')?.value())).toEqual([
      'consent',
      'blocking',
      'fallback',
      'kid',
      'remittance',
      'passive',
    ]);
    expect(doc.find('//testcase')).toHaveLength(sampleReport().checks.length);
    const root = doc.root() as libxml.Element;
    expect(root.attr('tests')?.value()).toBe('6');
    expect(root.attr('failures')?.value()).toBe('3');
    expect(root.attr('errors')?.value()).toBe('1');
    expect(root.attr('skipped')?.value()).toBe('1');
  });

  it('puts the finding, its fix, journal seqs and codes into the failure', () => {
    const failure = doc.get("//testcase[starts-with(@name,'EF-BLOCK-001')]/failure") as libxml.Element;
    expect(failure.attr('type')?.value()).toBe('mandatory');
    expect(failure.attr('message')?.value()).toContain('After the reservation');
    expect(failure.text()).toContain('journal seq: 17, 23');
    expect(failure.text()).toContain('codes: EB-EF-RESERVED, RR09');
    expect(failure.text()).toContain('<script>alert(1)</script>');
  });

  it('marks a failed recommended check as a failure of type recommended', () => {
    const failure = doc.get("//testcase[starts-with(@name,'EF-FALLBACK-002')]/failure") as libxml.Element;
    expect(failure.attr('type')?.value()).toBe('recommended');
  });

  it('reports skipped and errored checks with their reason', () => {
    const skipped = doc.get("//testcase[starts-with(@name,'EF-KID-002')]/skipped") as libxml.Element;
    expect(skipped.attr('message')?.value()).toContain('no MOD11 issuer');
    const error = doc.get("//testcase[starts-with(@name,'REM-PAIN-001')]/error") as libxml.Element;
    expect(error.attr('message')?.value()).toContain('the bench refused');
  });

  it('records the seed and the driver as suite properties', () => {
    const seed = doc.get("/testsuites/testsuite[1]/properties/property[@name='seed']") as libxml.Element;
    expect(seed.attr('value')?.value()).toBe('42');
    const mutant = doc.get(
      "/testsuites/testsuite[1]/properties/property[@name='driver.mutant']",
    ) as libxml.Element;
    expect(mutant.attr('value')?.value()).toBe('ignores-blacklist');
  });

  it('replaces control characters that XML 1.0 cannot carry', () => {
    expect(text).not.toContain('\u0001');
  });
});
