// Writes report.json, junit.xml and report.html into one folder (reports/<run-id>/ by default).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ConformanceReport } from './report-schema.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';

/** reports/ under the working directory (the repository root when run with npm scripts). */
export function reportsRoot(): string {
  return resolve(process.cwd(), 'reports');
}

export interface WrittenReports {
  dir: string;
  json: string;
  junit: string;
  html: string;
}

export function writeReports(
  report: ConformanceReport,
  dir = join(reportsRoot(), report.runId),
): WrittenReports {
  mkdirSync(dir, { recursive: true });
  const files = {
    dir,
    json: join(dir, 'report.json'),
    junit: join(dir, 'junit.xml'),
    html: join(dir, 'report.html'),
  };
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files.junit, renderJunit(report));
  writeFileSync(files.html, renderHtml(report));
  return files;
}
