// Unpaid eFaktura expire `nettbank.expireAfterDays` days after their due date [I]. One clock job
// per expiry date (not per invoice), so a 1,000-transaction shipment adds a handful of jobs.
import { expireUnpaid, expiryDate } from '../../src/efaktura/index.ts';
import type { EfakturaTransaction } from '../../src/efaktura/index.ts';
import { osloInstant } from '../../src/norway/oslo-time.ts';
import type { Tenant } from '../kernel/types.ts';
import { efakturaState, nettbankSettings } from '../jtta/efaktura-store.ts';

export function scheduleExpiry(tenant: Tenant, delivered: readonly EfakturaTransaction[]): void {
  const state = efakturaState(tenant);
  const { expireAfterDays } = nettbankSettings(tenant);
  for (const tx of delivered) {
    const date = expiryDate(tx, expireAfterDays);
    let sweep = state.expirySweeps.get(date);
    if (!sweep) {
      const ids = new Set<string>();
      sweep = ids;
      state.expirySweeps.set(date, ids);
      tenant.clock.schedule(osloInstant(date, '00:00'), `nettbank:expire:${date}`, () => {
        state.expirySweeps.delete(date);
        expireUnpaid(state, ids, tenant.clock.now());
      });
    }
    sweep.add(tx.transactionId);
  }
}
