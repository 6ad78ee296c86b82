// The MPS eFaktura simulator `/mps/v1` (ARCHITECTURE.md §5.3). The real MPS interface is SOAP
// with non-public schemas; its operations, codes and statuses are modelled as this JSON API
// (docs/decisions/002-efaktura-modelling.md). Issuer key or tenant key.
import { DEFAULT_MPS_SETTINGS } from '../../src/efaktura/index.ts';
import type { Simulator } from '../kernel/types.ts';
import { efakturaState, MPS_SIMULATOR } from '../jtta/efaktura-store.ts';
import { seedDemoMps } from './demo-world.ts';
import { issuerRoutes } from './issuer-routes.ts';
import { searchRoutes } from './search-routes.ts';
import { shipmentRoutes } from './shipment-routes.ts';
import { issuerView } from './views.ts';

export const mpsSimulator: Simulator = {
  name: MPS_SIMULATOR,
  prefix: '/mps/v1',
  routes: [...issuerRoutes, ...searchRoutes, ...shipmentRoutes],
  defaultSettings: {
    ...DEFAULT_MPS_SETTINGS,
    allowedDocumentTypes: [...DEFAULT_MPS_SETTINGS.allowedDocumentTypes],
  },
  seedWorld(tenant, world) {
    if (world === 'demo') seedDemoMps(tenant);
  },
  describeWorld(tenant) {
    const state = efakturaState(tenant);
    return {
      issuers: [...state.issuers.values()].map((issuer) => issuerView(issuer, true)),
      shipments: state.shipments.size,
      transactions: state.transactions.size,
    };
  },
};
