// The shared result shape of every Norwegian number check and generator in src/norway.
// Pure functions return this instead of throwing on bad input, so a caller (a simulator
// validator, the `numbers` CLI, a conformance check) can map `reason` to its own catalogue
// code and show `message` to a person.

/** A number that passed: `value` is the normalised form (digits only, no separators). */
export type Valid<Details extends object = object> = { valid: true; value: string } & Details;

/**
 * A number that failed. `reason` is a stable machine reason (kebab-case, never reworded:
 * CI scripts and the simulators match on it); `message` is human English and may change.
 */
export interface Invalid<Reason extends string> {
  valid: false;
  reason: Reason;
  message: string;
}

export type NumberResult<Reason extends string, Details extends object = object> =
  Valid<Details> | Invalid<Reason>;

export function invalid<Reason extends string>(reason: Reason, message: string): Invalid<Reason> {
  return { valid: false, reason, message };
}

/** Quotes a caller's value for a message, whatever its type, without ever throwing. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
