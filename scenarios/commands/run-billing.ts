// A billing run for today (driver POST /billing-runs, §5.6): each invoice must take the channel
// the distribution plan prescribes (efaktura-b2c.md §7.4), carry a KID valid under the issuer's
// agreement (iso20022-norway.md §5.1), and an eFaktura invoice must have been submitted to MPS
// in the same call, once, with the same KID and amount.
import { expectOk } from '../http-client.ts';
import type { Channel, ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { InvariantViolation, throwIfAny } from '../system.ts';
import { judgeBilling } from '../invariants/consent.ts';
import type { BilledInvoice } from '../invariants/consent.ts';
import { judgeInvoiceKids } from '../invariants/kid.ts';
import { observe } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class RunBillingCommand extends ScenarioCommand {
  check(model: Readonly<ScenarioModel>): boolean {
    return model.subscriptions.size > 0;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    await observe(model, system);
    const answer = expectOk(
      await system.driver.post<{ invoices?: BilledInvoice[] }>('/billing-runs', { date: model.today }),
      `running billing for ${model.today}`,
    );
    const invoices = answer.invoices ?? [];
    const violations = [...judgeBilling(model, invoices), ...judgeInvoiceKids(model, invoices)];
    // Recorded before the journal is judged, so an eFaktura sent for one customer's invoice to
    // another customer's identifier ("on behalf of") is caught by consent.judgeSends.
    for (const invoice of invoices) {
      model.invoices.set(invoice.invoiceNumber, {
        invoiceNumber: invoice.invoiceNumber,
        customerNumber: invoice.customerNumber,
        channel: invoice.channel as Channel,
        kid: invoice.kid,
        amount: invoice.amount,
        dueDate: invoice.dueDate,
        billedAtStep: model.step,
      });
    }
    throwIfAny(violations);
    const facts = await observe(model, system);
    for (const invoice of invoices.filter((i) => i.channel === 'efaktura')) {
      const sent = facts.sent.filter(
        (tx) => tx.invoiceNumber === invoice.invoiceNumber && tx.documentType === 'INVOICE',
      );
      if (sent.length !== 1) {
        violations.push(
          new InvariantViolation(
            'consent',
            `invoice ${invoice.invoiceNumber} went by eFaktura, but the billing run submitted it ${sent.length} time(s) to MPS`,
          ),
        );
      } else if (sent[0]?.kid !== invoice.kid || sent[0]?.amount !== invoice.amount) {
        violations.push(
          new InvariantViolation(
            'kid',
            `invoice ${invoice.invoiceNumber} has KID ${invoice.kid} and ${invoice.amount} øre, but its eFaktura carries KID ${sent[0]?.kid ?? '(none)'} and ${sent[0]?.amount ?? '?'} øre`,
            [`journal #${sent[0]?.seq ?? '?'}`],
          ),
        );
      }
    }
    throwIfAny(violations);
    model.billingRuns += 1;
    const byChannel = invoices.reduce<Record<string, number>>(
      (acc, i) => ({ ...acc, [i.channel]: (acc[i.channel] ?? 0) + 1 }),
      {},
    );
    return invoices.length === 0
      ? 'no invoices'
      : `${invoices.length} invoice(s): ${Object.entries(byChannel)
          .map(([c, n]) => `${n} ${c}`)
          .join(', ')}`;
  }

  toString(): string {
    return 'runBilling()';
  }
}
