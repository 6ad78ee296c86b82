import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema } from './report-schema.ts';
import { sampleReport } from './sample-report.ts';
import { JSON_SCHEMA_PATH, reportJsonSchema } from './write-json-schema.ts';

describe('report.json schema (efaktura-bench/conformance-report@1)', () => {
  it('keeps docs/conformance-report.schema.json equal to the schema generated from the zod model', () => {
    const committed = JSON.parse(readFileSync(JSON_SCHEMA_PATH, 'utf8')) as unknown;
    // Regenerate with: npx tsx conformance/report/write-json-schema.ts
    expect(committed).toEqual(reportJsonSchema());
  });

  it('documents every top-level field of the report, all of them required', () => {
    const schema = reportJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(sampleReport()).sort());
    expect([...schema.required].sort()).toEqual(Object.keys(sampleReport()).sort());
  });

  it('accepts a report with every outcome', () => {
    expect(reportSchema.safeParse(sampleReport()).success).toBe(true);
  });

  it('refuses a report of another version or without its seed', () => {
    expect(
      reportSchema.safeParse({ ...sampleReport(), schema: 'efaktura-bench/conformance-report@2' }).success,
    ).toBe(false);
    const { seed: _seed, ...withoutSeed } = sampleReport();
    expect(reportSchema.safeParse(withoutSeed).success).toBe(false);
  });

  it('refuses an outcome outside passed, failed, error and skipped', () => {
    const report = sampleReport();
    const [first, ...rest] = report.checks;
    const broken = { ...report, checks: [{ ...first, outcome: 'flaky' }, ...rest] };
    expect(reportSchema.safeParse(broken).success).toBe(false);
  });
});
