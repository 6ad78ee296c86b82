import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lookupCode } from '../src/codes/catalogue.ts';
import { MUTANTS } from '../reference-client/index.ts';
import { CHECKS } from './catalogue.ts';
import { CHECK_AREAS } from './types.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => readFileSync(join(ROOT, dir, name), 'utf8'));
}

describe('the check catalogue', () => {
  it('has unique ids of the form AREA-TOPIC-NNN, one file per check', () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(EF|REM|PAS)-[A-Z]+-\d{3}$/);
    const files = [...readdirSync(join(ROOT, 'checks')), ...readdirSync(join(ROOT, 'passive'))];
    for (const id of ids) expect(files).toContain(`${id.toLowerCase()}.ts`);
  });

  it('states each rule with a source section and a known area', () => {
    for (const check of CHECKS) {
      expect(check.rule.length, check.id).toBeGreaterThan(40);
      expect(check.sources.length, check.id).toBeGreaterThan(0);
      for (const source of check.sources) expect(source.section, check.id).toMatch(/^§\d/);
      expect(CHECK_AREAS, check.id).toContain(check.area);
    }
  });

  it('names only real mutants as targets, and targets every mutant', () => {
    const targets = new Set(CHECKS.flatMap((check) => check.targets ?? []));
    for (const target of targets) expect(MUTANTS as readonly string[]).toContain(target);
    for (const mutant of MUTANTS) expect([...targets]).toContain(mutant);
  });

  it('cites only catalogue codes in findings, so every one can be explained', () => {
    const cited = new Set<string>();
    for (const text of [...sources('checks'), ...sources('passive'), ...sources('steps')]) {
      for (const list of text.matchAll(/codes: \[([^\]]*)\]/g)) {
        for (const code of (list[1] ?? '').matchAll(/'([A-Z0-9-]+)'/g)) cited.add(code[1] ?? '');
      }
    }
    expect(cited.size).toBeGreaterThan(15);
    expect([...cited].filter((code) => !lookupCode(code))).toEqual([]);
  });
});
