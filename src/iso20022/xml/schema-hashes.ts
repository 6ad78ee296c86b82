// SHA-256 of the ISO 20022 XSDs the bench is tested with (computed from the copies recorded in
// ../shared/iso20022/xsd/SOURCES.md; iso20022-norway.md §7). `schemas import` checks files
// against the SOURCES.md next to them when there is one, else against this table.
import type { SchemaMessageId } from './message-id.ts';

export const KNOWN_SCHEMA_SHA256: Record<SchemaMessageId, string> = {
  'pain.001.001.03': '6bb5c6f24250ab807f31f6164142bafd6d43bad8d162a926e258ff4c11e128af',
  'pain.001.001.09': 'de038b373e47b0077b1832ddd81f4b2f1eb25d35721f62da1e38b7f5a09fda24',
  'pain.002.001.03': 'dfb211e63f09825ea89f0ceee870db9e82ab2840fbe8b8148d9c4c2a9a99fd87',
  'pain.002.001.10': '2f9f8d0e9891fa9f31ccf0576397afe501614384d688ae6e43ba694b3d24b0cf',
  'camt.053.001.02': '05ec472590dda5e433fd646e9cf3849fa1ba01c033052aaca3089cec6862692d',
  'camt.053.001.08': '338e9cb0c9989b5181802a7b773eece070d6815fc9d6483ac0579117bc24ccba',
  'camt.054.001.02': '8bb91f1d645277487b4262538c9064161e8feb48ceb8b0c680716fd07c32da01',
  'camt.054.001.08': '13d220337d47e22cf25788807c136794a76955791df612c6947277272d440da6',
};

/**
 * Reads `file.xsd → sha256` from a SOURCES.md table: every table row that names a `*.xsd` file
 * and holds a 64-hex-digit value. Rows without a hash are skipped.
 */
export function parseSourcesHashes(markdown: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trimStart().startsWith('|')) continue;
    const cells = line.split('|').map((cell) => cell.trim());
    const file = cells.find((cell) => /^[A-Za-z0-9._-]+\.xsd$/.test(cell));
    const hash = cells.find((cell) => /^[0-9a-f]{64}$/i.test(cell));
    if (file && hash && !hashes.has(file)) hashes.set(file, hash.toLowerCase());
  }
  return hashes;
}
