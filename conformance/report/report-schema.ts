// report.json, version 1 (`efaktura-bench/conformance-report@1`). The zod schema is the source of
// truth: docs/conformance-report.schema.json is generated from it (`npx tsx
// conformance/report/write-json-schema.ts`) and a test keeps the two equal. Fields may be added
// in version 1; renaming or removing one needs version 2.
import { z } from 'zod';

export const REPORT_SCHEMA_ID = 'efaktura-bench/conformance-report@1';

const localised = z
  .object({ nb: z.string(), en: z.string() })
  .describe('Text in Norwegian (nb) and English (en)');

export const ruleSourceSchema = z.object({
  notes: z
    .enum(['efaktura-b2c.md', 'iso20022-norway.md', 'ARCHITECTURE.md'])
    .describe('The domain note the rule comes from'),
  section: z.string().describe('Section of the note, e.g. §2.4'),
  keys: z.array(z.string()).describe('Source keys cited there, e.g. S42'),
  evidence: z.enum(['C', 'P', 'I']).describe('[C]onfirmed, [P]artly confirmed or [I]nferred in the note'),
});

export const findingSchema = z.object({
  message: z.string().describe('What is wrong, with the offending values'),
  fix: z.string().describe('What to change in the system under test'),
  seqs: z.array(z.number().int()).describe('Journal sequence numbers of the exchanges that show it'),
  excerpt: z.string().optional().describe('A short excerpt of the offending message'),
  codes: z.array(z.string()).describe('Catalogue codes involved (efaktura-bench explain <code>)'),
  during: z
    .string()
    .optional()
    .describe('Passive checks: the active check whose world the message was sent in'),
});

export const checkResultSchema = z.object({
  id: z.string().describe('Stable check id, e.g. EF-CONSENT-001'),
  kind: z.enum(['active', 'passive']),
  area: z
    .string()
    .describe(
      'consent, blocking, fallback, search, shipments, polling, reconciliation, kid, remittance, approvals or passive',
    ),
  title: z.string(),
  rule: z.string().describe('The rule the check verifies'),
  sources: z.array(ruleSourceSchema),
  severity: z.enum(['mandatory', 'recommended']),
  targets: z.array(z.string()).describe('Reference-client mutants the check was designed to catch'),
  outcome: z.enum(['passed', 'failed', 'error', 'skipped']),
  durationMs: z.number().int().nonnegative(),
  findings: z.array(findingSchema),
  notes: z.array(z.string()).describe('What the check observed, for the reader'),
  error: z.string().optional().describe('Why the check could not finish (outcome error) or was skipped'),
  evidence: z
    .object({
      seqs: z.array(z.number().int()).describe('Every journal sequence number cited by a finding'),
      journal: z
        .object({ from: z.number().int(), to: z.number().int() })
        .optional()
        .describe('The journal range (exclusive from, inclusive to) of the check world'),
    })
    .describe('Where to look in the journal'),
  codes: z.array(z.string()).describe('Every catalogue code cited by a finding'),
});

export const catalogueEntrySchema = z.object({
  code: z.string(),
  family: z.string(),
  title: localised,
  meaning: localised,
  remedy: localised,
});

export const reportSchema = z
  .object({
    schema: z.literal(REPORT_SCHEMA_ID),
    runId: z.string().describe('Start time and seed, e.g. 20260112T080000Z-seed-42'),
    startedAt: z.string().describe('Real start time, ISO 8601'),
    finishedAt: z.string().describe('Real end time, ISO 8601'),
    durationMs: z.number().int().nonnegative(),
    seed: z.number().int().nonnegative().describe('Replays the run: --seed N'),
    clock: z
      .object({
        start: z.string().describe('The virtual instant every check world starts at (frozen)'),
        timeZone: z.string(),
        frozen: z.boolean(),
      })
      .describe('The virtual clock of every check world'),
    bench: z.object({
      url: z.string(),
      version: z.string(),
      inProcess: z.boolean().describe('The runner started the bench itself'),
    }),
    driver: z.object({
      url: z.string(),
      reference: z.boolean().describe('The driver is the bench’s reference client'),
      mutant: z.string().nullable().describe('The reference-client mutant, when one was selected'),
    }),
    settings: z
      .record(z.string(), z.record(z.string(), z.unknown()))
      .describe('GET /sim/v1/settings at the start'),
    selection: z.object({ only: z.array(z.string()).nullable() }).describe('--only, when given'),
    summary: z.object({
      total: z.number().int(),
      passed: z.number().int(),
      failed: z.number().int(),
      errors: z.number().int(),
      skipped: z.number().int(),
      mandatoryNotPassed: z.array(z.string()).describe('Ids of mandatory checks that failed or errored'),
      verdict: z.enum(['pass', 'fail']).describe('pass only when every mandatory check that ran passed'),
    }),
    checks: z.array(checkResultSchema),
    codes: z.array(catalogueEntrySchema).describe('Catalogue explanations of every code the findings cite'),
  })
  .describe('A conformance run of efaktura-bench against a system under test');

export type ConformanceReport = z.infer<typeof reportSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type CatalogueExplanation = z.infer<typeof catalogueEntrySchema>;
