// Asynchronous shipment processing on the tenant's virtual clock: a shipment stays IN_PROGRESS
// until `mps.processingDelayMinutes` have passed, then a clock job validates it (ARCHITECTURE.md §3:
// `advance` runs every due job before it returns).
import { processShipment } from '../../src/efaktura/index.ts';
import type { Shipment } from '../../src/efaktura/index.ts';
import type { Tenant } from '../kernel/types.ts';
import { efakturaState, jttaSettings, mpsSettings } from '../jtta/efaktura-store.ts';
import { scheduleExpiry } from '../nettbank/expiry.ts';

export function runProcessing(tenant: Tenant, shipmentId: string): void {
  const state = efakturaState(tenant);
  const summary = processShipment(state, shipmentId, tenant.clock.now(), {
    mps: mpsSettings(tenant),
    jtta: jttaSettings(tenant),
  });
  scheduleExpiry(tenant, summary.delivered);
}

export function scheduleProcessing(tenant: Tenant, shipment: Shipment): void {
  const delayMs = mpsSettings(tenant).processingDelayMinutes * 60_000;
  const at = new Date(tenant.clock.now().getTime() + delayMs);
  shipment.processingJobId = tenant.clock.schedule(at, `mps:process-shipment:${shipment.shipmentId}`, () =>
    runProcessing(tenant, shipment.shipmentId),
  );
}
