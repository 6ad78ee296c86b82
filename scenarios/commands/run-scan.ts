// The periodic eFaktura search runs now (driver POST /efaktura-scan, §5.6; efaktura-b2c.md §7.2,
// §7.3, §7.6): judged against the model's consent (consent.judgeScan) and, for agreements the scan
// ends, against the cancellation rule (reminders by the fallback channel).
import { expectOk } from '../http-client.ts';
import type { ScenarioModel } from '../model.ts';
import type { ScenarioSystem } from '../system.ts';
import { throwIfAny } from '../system.ts';
import { judgeScan } from '../invariants/consent.ts';
import { judgeReminders } from '../invariants/cancellation.ts';
import { observe, readDriverInvoices } from '../step.ts';
import { ScenarioCommand } from './scenario-command.ts';

export class RunScanCommand extends ScenarioCommand {
  check(model: Readonly<ScenarioModel>): boolean {
    return model.customers.size > 0;
  }

  protected async act(model: ScenarioModel, system: ScenarioSystem): Promise<string> {
    const withAgreement = new Set(
      [...model.customers.values()].filter((c) => c.agreement !== 'no').map((c) => c.customerNumber),
    );
    const before = await readDriverInvoices(model, system, (n) => withAgreement.has(n));
    await observe(model, system);
    const answer = expectOk(
      await system.driver.post<{ found?: number; blocked?: number; notFound?: number }>('/efaktura-scan'),
      'running the eFaktura scan',
    );
    const facts = await observe(model, system);
    const { violations, agreements } = judgeScan(model, facts.searches);
    const cancelled: Array<{ person: number; customerNumber: string }> = [];
    for (const [person, agreement] of agreements) {
      const customer = model.customers.get(person);
      if (!customer) continue;
      if (customer.agreement !== 'no' && !agreement) {
        customer.cancelledAtStep = model.step;
        cancelled.push({ person, customerNumber: customer.customerNumber });
      }
      customer.agreement = agreement ? 'yes' : 'no';
    }
    model.scans += 1;
    const after = await readDriverInvoices(model, system, (n) =>
      cancelled.some((c) => c.customerNumber === n),
    );
    throwIfAny([...violations, ...judgeReminders(model, cancelled, before, after)]);
    return `found ${answer.found ?? '?'}, blocked ${answer.blocked ?? '?'}, not found ${answer.notFound ?? '?'}${
      cancelled.length ? `; agreement ended for ${cancelled.map((c) => c.customerNumber).join(', ')}` : ''
    }`;
  }

  toString(): string {
    return 'runScan()';
  }
}
