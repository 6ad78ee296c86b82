// The consumer online bank (ARCHITECTURE.md §5.4 "Consumer online bank"): shares the /bank/v1
// prefix with the bank simulator; its routes live under /nettbank/{nationalId}/….
import { DEFAULT_NETTBANK_SETTINGS } from '../../src/efaktura/index.ts';
import type { TransactionStatus } from '../../src/efaktura/index.ts';
import type { Simulator } from '../kernel/types.ts';
import { efakturaState, NETTBANK_SIMULATOR } from '../jtta/efaktura-store.ts';
import { nettbankRoutes } from './routes.ts';

export const nettbankSimulator: Simulator = {
  name: NETTBANK_SIMULATOR,
  prefix: '/bank/v1',
  routes: nettbankRoutes,
  defaultSettings: { ...DEFAULT_NETTBANK_SETTINGS },
  describeWorld(tenant) {
    const state = efakturaState(tenant);
    const byStatus: Partial<Record<TransactionStatus, number>> = {};
    const withEfaktura: string[] = [];
    for (const [nationalId, ids] of state.inbox) {
      if (ids.length > 0 && withEfaktura.length < 5) withEfaktura.push(nationalId);
      for (const id of ids) {
        const status = state.transactions.get(id)?.status;
        if (status) byStatus[status] = (byStatus[status] ?? 0) + 1;
      }
    }
    return { efakturaByStatus: byStatus, personsWithEfaktura: withEfaktura };
  },
};
