// Cancellation invariants (efaktura-b2c.md §7.6 [C] INFO-Subscription S42; §2.4): when a scan
// discovers that a person reserved against the issuer or withdrew JTTA, the agreement is
// disabled, the customer reverts to the default channel, and every unpaid invoice that went by
// eFaktura gets a reminder through that channel — "because no eFaktura payment will come".
// That no eFaktura (reminders included) goes to them afterwards is judged by consent.judgeSends.
import type { ScenarioModel } from '../model.ts';
import { personLabel } from '../model.ts';
import { InvariantViolation } from '../system.ts';

const RULE = 'cancellation';

export interface DriverInvoiceView {
  invoiceNumber: string;
  channel: string;
  status: string;
  remindersSent: number;
}

export function isPaid(status: string): boolean {
  return status.toLowerCase() === 'paid';
}

export function judgeReminders(
  model: Readonly<ScenarioModel>,
  cancelled: ReadonlyArray<{ person: number; customerNumber: string }>,
  before: ReadonlyMap<string, DriverInvoiceView>,
  after: ReadonlyMap<string, DriverInvoiceView>,
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  for (const { person, customerNumber } of cancelled) {
    const who = `customer ${customerNumber} (${personLabel(model, person)})`;
    for (const invoice of model.invoices.values()) {
      if (invoice.customerNumber !== customerNumber) continue;
      const was = before.get(invoice.invoiceNumber);
      const now = after.get(invoice.invoiceNumber);
      if (!was || !now || was.channel !== 'efaktura' || isPaid(was.status)) continue;
      // An eFaktura the consumer already approved will be paid: no reminder is owed for it.
      const inOnlineBank = [...model.inbox.values()].find(
        (item) => item.invoiceNumber === invoice.invoiceNumber,
      );
      if (inOnlineBank && (inOnlineBank.status === 'APPROVED' || inOnlineBank.status === 'PAID')) continue;
      // Either a reminder by the new channel, or (an eFaktura that never reached the online bank)
      // the invoice itself re-sent by it. The reminder may have gone out before this scan, when the
      // driver learnt of a reservation from the blacklist or of a withdrawal from an MPS rejection.
      if (now.remindersSent < 1 && now.channel === 'efaktura' && !isPaid(now.status)) {
        violations.push(
          new InvariantViolation(
            RULE,
            `the scan ended ${who}'s eFaktura agreement, but unpaid invoice ${invoice.invoiceNumber} (sent by eFaktura${inOnlineBank ? `, ${inOnlineBank.status} in the online bank` : ''}) got no reminder and was not re-sent by e-mail or print`,
          ),
        );
      }
    }
  }
  return violations;
}
