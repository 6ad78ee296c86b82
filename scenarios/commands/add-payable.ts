// The company registers a supplier invoice or credit note to pay (driver PUT /payables/{id},
// §5.6). Invoices to a creditor with a KID agreement carry a KID that is correct, has a wrong
// check character, or has the wrong length (iso20022-norway.md §5.1), so the bank's RR09 verdicts
// can be judged; credit notes are settled against invoices without KID (§2.2).
import { makeKid } from '../../src/norway/kid.ts';
import { addDays } from '../../src/norway/oslo-time.ts';
import { SeededRandom } from '../../src/world/rng.ts';
import type { KidAlgorithm } from '../../src/norway/kid.ts';
import type { KidVariant, ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { CREDITOR_KID_SETUPS } from '../world.ts';
import { ScenarioCommand } from './scenario-command.ts';

/** A KID of the given variant for an agreement, from a seed (deterministic, so stories replay). */
export function kidFor(
  variant: KidVariant,
  agreement: { algorithm: KidAlgorithm; length: number },
  seed: number,
): string | undefined {
  if (variant === 'none') return undefined;
  const rng = new SeededRandom(seed);
  const bodyLength = variant === 'wrong-length' ? agreement.length : agreement.length - 1;
  // A leading 1 keeps the body from being all zeros and the KID from starting with 0.
  const body = `1${rng.digits(bodyLength - 1)}`;
  const made = makeKid(body, agreement.algorithm);
  if (!made.valid) throw new Error(`bench bug: cannot make a KID from ${body}: ${made.message}`);
  if (variant !== 'wrong-check-digit') return made.value;
  const check = made.value.slice(-1);
  // Any other check character fails the modulus: for a MOD11 '-' that is the "no dash" typo.
  const wrong = check === '-' ? '0' : String((Number(check) + 1) % 10);
  return `${made.value.slice(0, -1)}${wrong}`;
}

export class AddPayableCommand extends ScenarioCommand {
  readonly kidVariant: KidVariant;

  constructor(
    readonly creditor: number,
    readonly type: 'invoice' | 'credit-note',
    kidVariant: KidVariant,
    readonly kroner: number,
    readonly dueInDays: number,
    readonly kidSeed: number,
  ) {
    super();
    // Only invoices to a creditor with a KID agreement carry a KID.
    this.kidVariant = type === 'invoice' && CREDITOR_KID_SETUPS[creditor] ? kidVariant : 'none';
  }

  check(model: Readonly<ScenarioModel>): boolean {
    return model.creditors[this.creditor] !== undefined;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    const creditor = model.creditors[this.creditor];
    if (!creditor) return 'no such creditor';
    const n = model.payables.size + 1;
    const id = `pay-${n}`;
    // The øre part is the payable's number, so a payment in a file can be traced back to it.
    const amount = this.kroner * 100 + n;
    const kid = creditor.kid ? kidFor(this.kidVariant, creditor.kid, this.kidSeed) : undefined;
    const invoiceNumber = `${this.type === 'invoice' ? 'INV' : 'CN'}-${n}`;
    const dueDate = addDays(model.today, this.dueInDays);
    const answer = await system.driver.put(`/payables/${id}`, {
      creditorName: creditor.name,
      creditorAccount: creditor.bban,
      amount,
      ...(kid !== undefined ? { kid } : {}),
      invoiceNumber,
      type: this.type,
      dueDate,
    });
    const refused = answer.status >= 400 && answer.status < 500;
    if (answer.status >= 500)
      throw new Error(
        `PUT /driver/v1/payables/${id} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
      );
    model.payables.set(id, {
      id,
      creditor: this.creditor,
      amount,
      type: this.type,
      kid,
      kidVariant: this.kidVariant,
      invoiceNumber,
      dueDate,
      refused,
      addedAtStep: model.step,
    });
    return `${id}: ${amount / 100} kr to ${creditor.label}${kid ? ` KID ${kid}` : ''}, due ${dueDate}${refused ? ` — refused (${answer.status})` : ''}`;
  }

  toString(): string {
    const kid = this.kidVariant === 'none' ? '' : `, KID ${this.kidVariant}`;
    return `addPayable(k${this.creditor}, ${this.type}, ${this.kroner} kr${kid}, due +${this.dueInDays}d)`;
  }
}
