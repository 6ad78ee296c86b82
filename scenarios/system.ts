// The "real" side of a model-based run: HTTP clients for the bench and the driver, the journal
// reader, what has been observed so far, and the story of the run (printed when it fails).
import type { HttpClient } from './http-client.ts';
import type { JournalObserver } from './journal-observer.ts';
import type { Observations } from './observations.ts';
import type { ScenarioWorld } from './world.ts';

export interface ScenarioSystem {
  /** The bench with the tenant key (control plane, JTTA, nettbank, bank set-up, MPS reads). */
  bench: HttpClient;
  /** The bank with the driver's agreement key (status reports, payment files). */
  agreementBank: HttpClient;
  /** The driver (§5.6) under test. */
  driver: HttpClient;
  world: ScenarioWorld;
  journal: JournalObserver;
  observations: Observations;
  /** Balances of the tracked accounts when the run started, øre. */
  openingBalances: Map<string, number>;
  /** Reconcile answers so far: their `matched` counts add up to the payments reconciled. */
  reconciledMatches: number;
  /** Payments the bank reported executed (ACSC) by the end of the run. */
  executedPayments: number;
  /** One line per step: what was done and what came back. */
  story: string[];
}

/** A rule the system under test (or the bench) broke: the message is the finding. */
export class InvariantViolation extends Error {
  readonly rule: string;
  readonly detail: string;
  readonly evidence: string[];

  constructor(rule: string, detail: string, evidence: string[] = []) {
    super(`[${rule}] ${detail}${evidence.length > 0 ? `\n    evidence: ${evidence.join('; ')}` : ''}`);
    this.name = 'InvariantViolation';
    this.rule = rule;
    this.detail = detail;
    this.evidence = evidence;
  }
}

/** Throws the first violation, with the others listed after it. */
export function throwIfAny(violations: InvariantViolation[]): void {
  const [first, ...rest] = violations;
  if (!first) return;
  if (rest.length === 0) throw first;
  throw new InvariantViolation(
    first.rule,
    `${first.detail}\n  and ${rest.length} more:\n${rest.map((v) => `  - [${v.rule}] ${v.detail}`).join('\n')}`,
    first.evidence,
  );
}
