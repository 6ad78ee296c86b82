// EF-KID-001 — MOD10 KIDs: Luhn, check digit 0 when the sum is a multiple of 10.
import type { ActiveCheck } from '../types.ts';
import { checkKids } from '../steps/kid-coverage.ts';

export const efKid001: ActiveCheck = {
  id: 'EF-KID-001',
  kind: 'active',
  area: 'kid',
  severity: 'mandatory',
  title: 'MOD10 KIDs are valid, remainder-0 rule included',
  rule: 'Every KID on an invoice of a MOD10 issuer has the agreement\'s length and a Luhn check digit: weights 2,1,2,1… from the right, digit sums added, check = (10 − sum mod 10) mod 10 — a single digit 0 when the sum is a multiple of 10, never "10".',
  sources: [
    { notes: 'iso20022-norway.md', section: '§5.1', keys: ['S5', 'S6', 'S7', 'S44'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§6.2', keys: ['S30'], evidence: 'C' },
  ],
  targets: ['mod10-check-digit-ten'],
  run: (ctx) => checkKids(ctx, 'MOD10', '0', 'sum a multiple of 10 → check digit 0'),
};
