// EF-BLOCK-001 — a reservation against the issuer stops eFaktura, reminders included.
import type { ActiveCheck } from '../types.ts';
import { efakturaThenBlock } from '../steps/blocking.ts';
import { expectNoEfakturaAfterBlock } from '../steps/no-efaktura-after.ts';
import { monthPasses } from '../steps/time.ts';

export const efBlock001: ActiveCheck = {
  id: 'EF-BLOCK-001',
  kind: 'active',
  area: 'blocking',
  severity: 'mandatory',
  title: 'No eFaktura after a reservation (reminders included)',
  rule: 'When a consumer reserves against the issuer, the next scan (BLOCKED search result or the blacklist) disables the eFaktura agreement: no new eFaktura of any kind, reminders included, goes to that consumer.',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§2.4', keys: ['S42', 'S20'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§7', keys: ['S42'], evidence: 'C' },
  ],
  targets: ['ignores-blacklist'],
  async run(ctx) {
    const blocked = await efakturaThenBlock(ctx, 'reservation');
    if (!blocked) return;
    // Two months pass with scans and billing runs: new invoices and reminders for the unpaid one.
    const second = await monthPasses(ctx, blocked.billingDate);
    await monthPasses(ctx, second);
    await expectNoEfakturaAfterBlock(ctx, blocked, 'EB-EF-RESERVED', 'the reservation');
  },
};
