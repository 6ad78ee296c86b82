// Every finding of a processed file with what the catalogue says about it (title and remedy),
// for people reading the `validate` CLI or a support screen (style.md §6: say what was wrong, with
// the value, what to do, and which command explains more).
import { lookupCode } from '../codes/catalogue.ts';
import { reasonTexts } from './status-reason.ts';
import type { Finding } from './finding.ts';
import type { PaymentFileRecord } from './payment-file.ts';

export interface ExplainedFinding {
  code: string;
  level: Finding['level'];
  path: string;
  line?: number;
  value?: string;
  /** AddtlInf texts as the pain.002 carries them. */
  texts: string[];
  /** The bank narrative code behind the first text, if any (explain it too). */
  narrative?: string;
  title: string;
  remedy: string;
}

function explain(finding: Finding): ExplainedFinding {
  const entry = lookupCode(finding.narrative?.code ?? finding.reason) ?? lookupCode(finding.reason);
  return {
    code: finding.reason,
    level: finding.level,
    path: finding.path,
    ...(finding.line === undefined ? {} : { line: finding.line }),
    ...(finding.value === undefined ? {} : { value: finding.value }),
    texts: reasonTexts(finding),
    ...(finding.narrative ? { narrative: finding.narrative.code } : {}),
    title: entry?.title.en ?? finding.reason,
    remedy: entry?.remedy.en ?? `Run \`efaktura-bench explain ${finding.reason}\`.`,
  };
}

/** Group, payment and transaction findings in document order. */
export function explainedFindings(file: PaymentFileRecord): ExplainedFinding[] {
  const findings: Finding[] = [...file.groupReasons];
  for (const payment of file.payments) {
    findings.push(...payment.reasons);
    for (const tx of payment.transactions) findings.push(...tx.reasons);
  }
  return findings.map(explain);
}
