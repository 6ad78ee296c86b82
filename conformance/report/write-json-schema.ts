// Generates docs/conformance-report.schema.json from the zod schema (the source of truth).
// Run: npx tsx conformance/report/write-json-schema.ts — a test fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { REPORT_SCHEMA_ID, reportSchema } from './report-schema.ts';

export const JSON_SCHEMA_PATH = fileURLToPath(
  new URL('../../docs/conformance-report.schema.json', import.meta.url),
);

export function reportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: 'urn:efaktura-bench:conformance-report:1',
    title: `efaktura-bench conformance report (${REPORT_SCHEMA_ID})`,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(JSON_SCHEMA_PATH, renderJsonSchema());
  console.log(`wrote ${JSON_SCHEMA_PATH}`);
}
