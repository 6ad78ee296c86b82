// The conformance suite's vocabulary: a check states one rule with its source in the domain notes,
// drives the system under test (SUT) through its driver (ARCHITECTURE.md §5.6), and judges from the
// bench's journal. Modelled on the EU Interoperability Test Bed's conformance statements: every
// verdict names the rule, the evidence and what to fix.
import type { CheckContext } from './check-context.ts';
import type { RunTraffic } from './traffic/run-traffic.ts';

/** `mandatory` checks decide the exit code; `recommended` ones are reported but never fail a run. */
export type Severity = 'mandatory' | 'recommended';

/** The report groups checks by area (one JUnit testsuite per area). */
export const CHECK_AREAS = [
  'consent',
  'blocking',
  'fallback',
  'search',
  'shipments',
  'polling',
  'reconciliation',
  'kid',
  'remittance',
  'approvals',
  'passive',
] as const;
export type CheckArea = (typeof CHECK_AREAS)[number];

export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

/** Where a rule comes from: a section of a domain note and the source keys it cites there. */
export interface RuleSource {
  notes: 'efaktura-b2c.md' | 'iso20022-norway.md' | 'ARCHITECTURE.md';
  /** e.g. '§2.4' */
  section: string;
  /** Source keys of that note, e.g. ['S42']. */
  keys: readonly string[];
  /** [C]onfirmed, [P]artly confirmed or [I]nferred, as marked in the note. */
  evidence: 'C' | 'P' | 'I';
}

interface CheckBase {
  /** Stable id, e.g. `EF-CONSENT-001`; never reused for another rule. */
  id: string;
  area: CheckArea;
  title: string;
  /** The rule in one or two sentences, as an integrator would read it. */
  rule: string;
  sources: readonly RuleSource[];
  severity: Severity;
  /** Reference-client mutants this check was designed to catch (names from `MUTANTS`). */
  targets?: readonly string[];
}

/** A check that drives the SUT in a fresh world of its own. */
export interface ActiveCheck extends CheckBase {
  kind: 'active';
  run(ctx: CheckContext): Promise<void>;
}

/** A check on every message the SUT sent during the run (read from the journal afterwards). */
export interface PassiveCheck extends CheckBase {
  kind: 'passive';
  inspect(traffic: RunTraffic, report: FindingSink): void;
}

export type Check = ActiveCheck | PassiveCheck;

/** One violation, with the evidence a support person needs to find it again. */
export interface Finding {
  /** What is wrong, with the offending values. */
  message: string;
  /** What to change in the system under test. */
  fix: string;
  /** Journal sequence numbers (GET /sim/v1/journal) of the exchanges that show it. */
  seqs: number[];
  /** A short excerpt of the offending message (JSON or XML). */
  excerpt?: string;
  /** Catalogue codes involved (`efaktura-bench explain <code>`). */
  codes: string[];
  /** For passive checks: the active check whose world the message was sent in. */
  during?: string;
}

export type FindingInput = Omit<Finding, 'seqs' | 'codes'> & { seqs?: number[]; codes?: string[] };

export interface FindingSink {
  fail(finding: FindingInput): void;
  note(text: string): void;
}
