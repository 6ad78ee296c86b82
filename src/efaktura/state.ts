// The eFaktura network's state for one tenant: the JTTA register, MPS's issuer agreements,
// shipments and transactions, and each consumer's online-bank inbox. One store shared by the
// jtta, mps and nettbank simulators (tenant.store('efaktura', ...)), never a module global.
import type { DemoWorld } from './demo-world.ts';
import type { IssuerAgreement } from './issuer.ts';
import { JttaRegister } from './register.ts';
import type { EfakturaTransaction, Shipment } from './shipment.ts';

export interface EfakturaState {
  register: JttaRegister;
  issuers: Map<string, IssuerAgreement>;
  shipments: Map<string, Shipment>;
  transactions: Map<string, EfakturaTransaction>;
  /** national id → delivered transaction ids, in delivery order. */
  inbox: Map<string, string[]>;
  /** Oslo dates for which an expiry sweep is scheduled (one clock job per date, not per invoice). */
  expirySweeps: Map<string, Set<string>>;
  /** The planned demo world when the tenant was seeded with world 'demo' (for describeWorld). */
  demo: DemoWorld | null;
}

export const EFAKTURA_STORE = 'efaktura';

export function createEfakturaState(tenantSeed: number): EfakturaState {
  return {
    register: new JttaRegister(tenantSeed),
    issuers: new Map(),
    shipments: new Map(),
    transactions: new Map(),
    inbox: new Map(),
    expirySweeps: new Map(),
    demo: null,
  };
}
