// JTTA consent ("Ja takk til alle", eFaktura 2.0): given once in any payment surface and tied to
// the person's national id, not to a bank (efaktura-b2c.md §2.1 [C] S4). Withdrawing it stops all
// further eFaktura to the person (§2.1 [C] S3): delivery checks the flag at delivery time.
import { osloIso } from '../norway/oslo-time.ts';
import type { Person } from './person.ts';

/** Turns consent on; idempotent, so `jttaSince` keeps the first time it was given. */
export function giveConsent(person: Person, now: Date): boolean {
  if (person.jtta) return false;
  const at = osloIso(now);
  person.jtta = true;
  person.jttaSince = at;
  person.jttaWithdrawnAt = null;
  person.updatedAt = at;
  return true;
}

/** Withdraws consent; idempotent. */
export function withdrawConsent(person: Person, now: Date): boolean {
  if (!person.jtta) return false;
  const at = osloIso(now);
  person.jtta = false;
  person.jttaSince = null;
  person.jttaWithdrawnAt = at;
  person.updatedAt = at;
  return true;
}
