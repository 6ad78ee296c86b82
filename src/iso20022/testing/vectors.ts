// Test helper: reads the author-written vectors in test/vectors/iso20022/ and the public samples
// in ../shared/samples/ (read at test time, never copied into the repo).
// eslint-disable-next-line no-restricted-imports -- test-only helper that reads fixture files.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../xml/schema-files.ts';

export const VECTOR_DIR = join(REPO_ROOT, 'test', 'vectors', 'iso20022');
export const SHARED_SAMPLES_DIR = resolve(REPO_ROOT, '..', 'shared', 'samples');

export function readVector(name: string): string {
  return readFileSync(join(VECTOR_DIR, name), 'utf8');
}

export function sharedSampleExists(name: string): boolean {
  return existsSync(join(SHARED_SAMPLES_DIR, name));
}

export function readSharedSample(name: string): string {
  return readFileSync(join(SHARED_SAMPLES_DIR, name), 'utf8');
}
