// The eFaktura network's per-tenant state and settings, shared by the jtta, mps and nettbank
// simulators (one store, since a reservation made in the nettbank must show in MPS's search), and
// the mapping of domain issues to problem+json.
import { lookupCode } from '../../src/codes/catalogue.ts';
import {
  EFAKTURA_STORE,
  createEfakturaState,
  resolveJttaSettings,
  resolveMpsSettings,
  resolveNettbankSettings,
} from '../../src/efaktura/index.ts';
import type {
  EfakturaIssue,
  EfakturaState,
  JttaSettings,
  MpsSettings,
  NettbankSettings,
  Outcome,
} from '../../src/efaktura/index.ts';
import { ProblemError } from '../kernel/problem.ts';
import type { Tenant } from '../kernel/types.ts';

export const JTTA_SIMULATOR = 'jtta';
export const MPS_SIMULATOR = 'mps';
export const NETTBANK_SIMULATOR = 'nettbank';

export function efakturaState(tenant: Tenant): EfakturaState {
  return tenant.store(EFAKTURA_STORE, () => createEfakturaState(tenant.seed));
}

export function jttaSettings(tenant: Tenant): JttaSettings {
  return resolveJttaSettings(tenant.settings[JTTA_SIMULATOR]);
}

export function mpsSettings(tenant: Tenant): MpsSettings {
  return resolveMpsSettings(tenant.settings[MPS_SIMULATOR]);
}

export function nettbankSettings(tenant: Tenant): NettbankSettings {
  return resolveNettbankSettings(tenant.settings[NETTBANK_SIMULATOR]);
}

/** Throws the problem for a list of issues: the first issue's code and status lead; all are listed. */
export function refuse(issues: readonly EfakturaIssue[], fallbackStatus = 400): never {
  const [first] = issues;
  if (!first) throw new Error('efaktura-bench bug: refuse() called without issues');
  const status = lookupCode(first.code)?.httpStatus ?? fallbackStatus;
  const detail =
    issues.length === 1
      ? `${first.path}: ${first.message}`
      : `${issues.length} problems; first ${first.path}: ${first.message}`;
  throw new ProblemError(status, first.code, `${detail} (efaktura-bench explain ${first.code})`, {
    issues: issues.map(({ code, path, value, message }) => ({ code, path, value: value ?? null, message })),
  });
}

export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) refuse(outcome.issues);
  return outcome.value;
}
