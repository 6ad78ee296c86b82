// Fault rules per tenant (ARCHITECTURE.md §5.1): latency, an error status, a connection reset
// before processing, or a dropped response after processing (the "did my shipment arrive?" case
// that idempotent clients must survive). Probabilities draw from the tenant's seeded generator.
import { z } from 'zod';
import type { SeededRandom } from '../../src/world/rng.ts';

export const faultRuleSchema = z
  .object({
    id: z.string().min(1).max(100),
    match: z
      .object({
        method: z.string().min(1).max(10).optional(),
        /** A path prefix ('/mps/v1/shipments') or a pattern with * wildcards. */
        path: z.string().min(1).max(500).optional(),
        bodyContains: z.string().min(1).max(1000).optional(),
      })
      .strict()
      .default({}),
    action: z
      .object({
        delayMs: z.number().int().min(0).max(60_000).optional(),
        status: z.number().int().min(400).max(599).optional(),
        reset: z.boolean().optional(),
        drop: z.boolean().optional(),
      })
      .strict(),
    times: z.number().int().min(1).optional(),
    probability: z.number().min(0).max(1).optional(),
  })
  .strict()
  .refine((rule) => [rule.action.status, rule.action.reset, rule.action.drop].filter(Boolean).length <= 1, {
    message: 'a rule has at most one of status, reset and drop',
    path: ['action'],
  });

export type FaultRule = z.infer<typeof faultRuleSchema>;

export interface FaultDecision {
  ruleId: string;
  delayMs: number;
  status?: number;
  reset?: boolean;
  drop?: boolean;
}

interface ActiveRule {
  rule: FaultRule;
  used: number;
}

export class FaultRules {
  private rules: ActiveRule[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, used: 0 }));
  }

  clear(): void {
    this.rules = [];
  }

  list(): Array<FaultRule & { used: number }> {
    return this.rules.map(({ rule, used }) => ({ ...rule, used }));
  }

  /** The first rule that matches and fires, counted against its `times`. */
  decide(request: { method: string; path: string; body: string }, rng: SeededRandom): FaultDecision | null {
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.times !== undefined && active.used >= rule.times) continue;
      if (rule.match.method && rule.match.method.toUpperCase() !== request.method.toUpperCase()) continue;
      if (rule.match.path && !pathMatches(rule.match.path, request.path)) continue;
      if (rule.match.bodyContains && !request.body.includes(rule.match.bodyContains)) continue;
      if (rule.probability !== undefined && !rng.chance(rule.probability)) continue;
      active.used += 1;
      return {
        ruleId: rule.id,
        delayMs: rule.action.delayMs ?? 0,
        status: rule.action.status,
        reset: rule.action.reset,
        drop: rule.action.drop,
      };
    }
    return null;
  }
}

function pathMatches(pattern: string, path: string): boolean {
  if (!pattern.includes('*'))
    return path === pattern || path.startsWith(pattern.endsWith('/') ? pattern : `${pattern}/`);
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('[^?]*')}$`);
  return regex.test(path);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Thrown through the adapters when a fault rule resets the connection or drops the response. */
export class ConnectionFault extends Error {
  readonly kind: 'reset' | 'drop';
  constructor(kind: 'reset' | 'drop', ruleId: string) {
    super(`fault rule ${ruleId}: connection ${kind}`);
    this.kind = kind;
    this.name = 'ConnectionFault';
  }
}
