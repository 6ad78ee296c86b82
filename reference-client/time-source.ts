// Where the reference client reads "now". The bench runs a virtual clock per tenant that the
// conformance suite moves forward; a system under test in such a sandbox has to read that clock to
// know how long an eFaktura has waited for approval (Stripe's test clocks work the same way). The
// client only READS it (GET /sim/v1/clock); it never sets or advances it. Without a tenant key it
// falls back to this machine's clock.
import { osloIso } from '../src/norway/oslo-time.ts';
import type { BenchClient } from './bench-client.ts';

export interface TimeSource {
  now(): Promise<Date>;
  readonly kind: 'bench' | 'system' | 'tenant' | 'fixed';
}

export function systemTime(): TimeSource {
  return { kind: 'system', now: async () => new Date() };
}

/** Reads the tenant's virtual clock over HTTP (GET /sim/v1/clock with the tenant key). */
export function benchTime(client: BenchClient, tenantKey: string): TimeSource {
  return {
    kind: 'bench',
    now: async () => {
      const body = (await client.getJson('/sim/v1/clock', tenantKey)) as { now?: unknown } | undefined;
      const instant = typeof body?.now === 'string' ? new Date(body.now) : undefined;
      if (!instant || Number.isNaN(instant.getTime()))
        throw new Error('GET /sim/v1/clock did not answer { now }');
      return instant;
    },
  };
}

/** The in-process driver reads the tenant's clock directly (the same value GET /sim/v1/clock gives). */
export function tenantTime(clock: { now(): Date }): TimeSource {
  return { kind: 'tenant', now: async () => clock.now() };
}

/** For tests: a clock that stays where it is set. */
export function fixedTime(start: Date): TimeSource & { set(instant: Date): void } {
  let current = start;
  return {
    kind: 'fixed',
    now: async () => current,
    set(instant: Date) {
      current = instant;
    },
  };
}

export { osloIso };
