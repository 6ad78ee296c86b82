// The eFakturaadresse / efakturaIdentifier: the consumer's opaque eFaktura address that the
// register search returns and invoices are addressed to (efaktura-b2c.md §1, §10.1 [I]).
// Derived deterministically from a keyed SHA-256 of the tenant seed and the national id, so a
// seeded world replays exactly and one person keeps one identifier, but the identifier cannot be
// computed from the national id alone. The keyed hash state is prepared once per seed and copied
// per person (an HMAC per person costs ~15 µs; 100,000 persons in the benchmark).
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
export const EFAKTURA_IDENTIFIER_PREFIX = 'efid-';

const keyed = new Map<number, Hash>();

export function makeEfakturaIdentifier(tenantSeed: number, nationalId: string): string {
  let base = keyed.get(tenantSeed);
  if (base === undefined) {
    base = createHash('sha256').update(`efaktura-identifier:${tenantSeed}\u0000`);
    if (keyed.size > 64) keyed.clear();
    keyed.set(tenantSeed, base);
  }
  const digest = base.copy().update(nationalId).digest();
  // 24 base32 characters = 120 bits; Uni Micro stores up to 100 characters (§9).
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 24) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === 24) break;
  }
  return `${EFAKTURA_IDENTIFIER_PREFIX}${out}`;
}
