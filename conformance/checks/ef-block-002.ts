// EF-BLOCK-002 — withdrawing JTTA stops eFaktura, reminders included.
import type { ActiveCheck } from '../types.ts';
import { efakturaThenBlock } from '../steps/blocking.ts';
import { expectNoEfakturaAfterBlock } from '../steps/no-efaktura-after.ts';
import { monthPasses } from '../steps/time.ts';

export const efBlock002: ActiveCheck = {
  id: 'EF-BLOCK-002',
  kind: 'active',
  area: 'blocking',
  severity: 'mandatory',
  title: 'No eFaktura after JTTA is withdrawn (reminders included)',
  rule: 'When a consumer withdraws "Ja takk til alle", all eFaktura to them stop: the next scan no longer finds them, the issuer disables the agreement and sends nothing more by eFaktura, reminders included.',
  sources: [
    { notes: 'efaktura-b2c.md', section: '§2.1', keys: ['S3'], evidence: 'C' },
    { notes: 'efaktura-b2c.md', section: '§7', keys: ['S42'], evidence: 'C' },
  ],
  targets: ['sends-after-jtta-withdrawn'],
  async run(ctx) {
    const blocked = await efakturaThenBlock(ctx, 'withdrawal');
    if (!blocked) return;
    const second = await monthPasses(ctx, blocked.billingDate);
    await monthPasses(ctx, second);
    await expectNoEfakturaAfterBlock(ctx, blocked, 'EB-EF-NO-JTTA', 'the JTTA withdrawal');
  },
};
