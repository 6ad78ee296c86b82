// libxmljs2, loaded on first use rather than at import time. Why: libxmljs2 is a native addon
// that is not context-aware, so only ONE thread per process can ever load it. Loading it lazily
// lets a process keep its main thread free of it and give libxml to the schema worker instead
// (off-thread-validation.ts), so the XSD check runs on one core while JavaScript reads and judges
// the file on the other. In every other process nothing changes: the first call loads it here.
import { createRequire } from 'node:module';
import type * as LibxmlModule from 'libxmljs2';
import { BenchBugError } from '../bench-bug-error.ts';

type Libxml = typeof LibxmlModule;

const localRequire = createRequire(import.meta.url);
let loaded: Libxml | undefined;
let ownedByWorker = false;

/** The libxmljs2 module for this thread (loads it on first call). */
export function libxml(): Libxml {
  if (loaded) return loaded;
  if (ownedByWorker) {
    throw new BenchBugError(
      'libxmljs2 belongs to the schema worker in this process (off-thread-validation.ts); a native addon that is not ' +
        'context-aware loads in one thread only. Use checkAgainstSchemaOffThread here, or do not call ' +
        'useSchemaWorker() in a process whose main thread needs libxml.',
    );
  }
  loaded = localRequire('libxmljs2') as Libxml;
  return loaded;
}

/**
 * True once this thread has loaded libxmljs2 — through this module or any other import of it
 * (the reference client and tests import it directly; Node keeps it in the require cache).
 */
export function libxmlLoadedInThisThread(): boolean {
  if (loaded !== undefined) return true;
  try {
    return localRequire.cache[localRequire.resolve('libxmljs2')] !== undefined;
  } catch {
    return false;
  }
}

/** Called by off-thread-validation.ts when its worker takes libxmljs2 for this process. */
export function markLibxmlOwnedByWorker(): void {
  ownedByWorker = true;
}

/** Called by off-thread-validation.ts when its worker could not load libxmljs2 after all. */
export function releaseLibxmlFromWorker(): void {
  ownedByWorker = false;
}
