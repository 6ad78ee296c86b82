// A small report with every outcome and some awkward text, for the report writers' tests and for
// trying the HTML by hand (npx tsx -e "…renderHtml(sampleReport())").
import { REPORT_SCHEMA_ID } from './report-schema.ts';
import type { CheckResult, ConformanceReport } from './report-schema.ts';
import { summarise } from '../runner.ts';

function result(partial: Partial<CheckResult> & Pick<CheckResult, 'id' | 'area' | 'outcome'>): CheckResult {
  return {
    kind: 'active',
    title: `Title of ${partial.id}`,
    rule: 'The rule, in one sentence.',
    sources: [{ notes: 'efaktura-b2c.md', section: '§2.1', keys: ['S1'], evidence: 'C' }],
    severity: 'mandatory',
    targets: [],
    durationMs: 1234,
    findings: [],
    notes: [],
    evidence: { seqs: [], journal: { from: 10, to: 42 } },
    codes: [],
    ...partial,
  };
}

export function sampleReport(): ConformanceReport {
  const checks: CheckResult[] = [
    result({ id: 'EF-CONSENT-001', area: 'consent', outcome: 'passed', notes: ['Scan answered found 1.'] }),
    result({
      id: 'EF-BLOCK-001',
      area: 'blocking',
      outcome: 'failed',
      targets: ['ignores-blacklist'],
      findings: [
        {
          message: 'After the reservation the SUT shipped eFaktura <INV-1> & "friends" to customer 70001.',
          fix: 'Disable the agreement when the scan says BLOCKED.',
          seqs: [17, 23],
          excerpt: '{"invoiceNumber":"<script>alert(1)</script>","bad":"\u0001"}',
          codes: ['EB-EF-RESERVED', 'RR09'],
        },
      ],
      evidence: { seqs: [17, 23], journal: { from: 42, to: 80 } },
      codes: ['EB-EF-RESERVED', 'RR09'],
    }),
    result({
      id: 'EF-FALLBACK-002',
      area: 'fallback',
      outcome: 'failed',
      severity: 'recommended',
      findings: [
        { message: 'Channel still efaktura after 5 days.', fix: 'Fall back to e-mail.', seqs: [], codes: [] },
      ],
    }),
    result({ id: 'EF-KID-002', area: 'kid', outcome: 'skipped', error: 'Not applicable: no MOD11 issuer' }),
    result({
      id: 'REM-PAIN-001',
      area: 'remittance',
      outcome: 'error',
      error: 'the bench refused PUT /bank/v1/accounts/1: 400',
    }),
    result({
      id: 'PAS-ID-001',
      kind: 'passive',
      area: 'passive',
      outcome: 'failed',
      findings: [
        {
          message: 'MsgId X was sent again.',
          fix: 'New ids.',
          seqs: [5, 9],
          codes: ['DU01'],
          during: 'REM-ID-001',
        },
      ],
      evidence: { seqs: [5, 9] },
      codes: ['DU01'],
    }),
  ];
  return {
    schema: REPORT_SCHEMA_ID,
    runId: '20260112T070000Z-seed-42',
    startedAt: '2026-01-12T07:00:00.000Z',
    finishedAt: '2026-01-12T07:00:09.000Z',
    durationMs: 9000,
    seed: 42,
    clock: { start: '2026-01-12T08:00:00+01:00', timeZone: 'Europe/Oslo', frozen: true },
    bench: { url: 'http://127.0.0.1:7070', version: '0.1.0', inProcess: true },
    driver: { url: 'http://127.0.0.1:8080/driver/v1', reference: true, mutant: 'ignores-blacklist' },
    settings: { mps: { processingDelayMinutes: 5 } },
    selection: { only: null },
    summary: summarise(checks),
    checks,
    codes: [
      {
        code: 'RR09',
        family: 'iso-reason',
        title: { nb: 'Ugyldig KID', en: 'Invalid structured reference' },
        meaning: { nb: 'KID er feil <b>', en: 'The KID is wrong <b>' },
        remedy: { nb: 'Rett KID', en: 'Fix the KID' },
      },
    ],
  };
}
