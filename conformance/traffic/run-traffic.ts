// Everything the SUT sent during a run, world by world: each active check builds a fresh world
// (POST /sim/v1/reset), so ids that MPS or the bank must see only once are judged per world.
import type { BilledInvoice, DriverCall, DriverCustomer } from '../http/driver-client.ts';
import type { WorldInfo } from '../world/world-info.ts';
import type { SutTraffic } from './sut-traffic.ts';

export interface WorldSegment {
  /** The active check that built this world. */
  checkId: string;
  traffic: SutTraffic;
  driverCalls: readonly DriverCall[];
  /** Customers the runner registered with the SUT, by customer number. */
  customers: ReadonlyMap<string, DriverCustomer>;
  /** Invoices the SUT reported from its billing runs, by invoice number. */
  invoices: ReadonlyMap<string, BilledInvoice>;
  /** The world the check built (issuers and agreements with their set-ups). */
  world?: WorldInfo;
  /** The virtual date the world started on. */
  startDate: string;
}

export interface RunTraffic {
  segments: WorldSegment[];
}
