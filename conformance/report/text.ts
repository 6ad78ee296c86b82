// Small text helpers shared by the report writers.
import type { CheckResult, ConformanceReport } from './report-schema.ts';
import type { Finding } from '../types.ts';

/** XML 1.0 forbids most C0 control characters even when escaped: replace them. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD');
}

export function escapeHtml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** One finding as plain text: what, fix, journal seqs, codes, excerpt. */
export function findingText(finding: Finding, index?: number): string {
  const lines = [`${index === undefined ? '' : `${index + 1}. `}${finding.message}`];
  if (finding.during) lines.push(`   during: ${finding.during}`);
  lines.push(`   fix: ${finding.fix}`);
  if (finding.seqs.length > 0) lines.push(`   journal seq: ${finding.seqs.join(', ')}`);
  if (finding.codes.length > 0)
    lines.push(`   codes: ${finding.codes.join(', ')} (efaktura-bench explain <code>)`);
  if (finding.excerpt) lines.push(`   excerpt: ${finding.excerpt}`);
  return lines.join('\n');
}

export function resultText(result: CheckResult): string {
  const parts: string[] = [];
  if (result.error) parts.push(result.error);
  parts.push(...result.findings.map((finding, index) => findingText(finding, index)));
  if (result.notes.length > 0) parts.push(`notes:\n${result.notes.map((note) => `   - ${note}`).join('\n')}`);
  return parts.join('\n');
}

export function verdictLine(report: ConformanceReport): string {
  const s = report.summary;
  return `${s.verdict === 'pass' ? 'PASS' : 'FAIL'}: ${s.passed} passed, ${s.failed} failed, ${s.errors} errors, ${s.skipped} skipped of ${s.total}`;
}
