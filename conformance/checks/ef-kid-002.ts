// EF-KID-002 — MOD11 KIDs: weights 2..7, remainder 0 → 0, check value 10 → '-'.
import type { ActiveCheck } from '../types.ts';
import { checkKids } from '../steps/kid-coverage.ts';

export const efKid002: ActiveCheck = {
  id: 'EF-KID-002',
  kind: 'active',
  area: 'kid',
  severity: 'mandatory',
  title: "MOD11 KIDs are valid, '-' rule and remainder-0 rule included",
  rule: "Every KID on an invoice of a MOD11 issuer has the agreement's length and a MOD11 check character: weights 2,3,4,5,6,7,2,3… from the right, r = sum mod 11; r = 0 gives 0, otherwise 11 − r, and a check value of 10 is written '-' (the dash is part of the KID).",
  sources: [
    { notes: 'iso20022-norway.md', section: '§5.1', keys: ['S5', 'S6', 'S7', 'S48', 'S49'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§6.2', keys: ['S30'], evidence: 'C' },
  ],
  targets: ['mod11-no-dash'],
  run: (ctx) => checkKids(ctx, 'MOD11', '-', "check value 10 → '-'"),
};
