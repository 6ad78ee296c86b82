// What a run reached, so a report can say how much of the model the random runs exercised
// (a passing run that never billed an eFaktura proves little about consent).
import type { ScenarioModel } from './model.ts';
import type { ScenarioSystem } from './system.ts';
import { oracleFor } from './commands/run-payment-run.ts';

export const COVERAGE_LABELS = [
  'eFaktura invoice billed',
  'e-mail or print invoice billed',
  'eFaktura delivered',
  'eFaktura approved in the online bank',
  'payment reconciled',
  'agreement ended by a scan',
  'eFaktura rejected by MPS',
  'payment file sent',
  'payment run refused locally',
  'file the bank must reject (AG08)',
  'file waiting for netbank approval (RGB off)',
  'file approved in the netbank',
  'payment executed (ACSC)',
  'KID the bank must reject (RR09)',
] as const;

export type CoverageLabel = (typeof COVERAGE_LABELS)[number];

export function coverageOf(model: Readonly<ScenarioModel>, system: ScenarioSystem): Set<CoverageLabel> {
  const reached = new Set<CoverageLabel>();
  const add = (condition: boolean, label: CoverageLabel) => condition && reached.add(label);
  const invoices = [...model.invoices.values()];
  add(
    invoices.some((i) => i.channel === 'efaktura'),
    'eFaktura invoice billed',
  );
  add(
    invoices.some((i) => i.channel !== 'efaktura'),
    'e-mail or print invoice billed',
  );
  const inbox = [...model.inbox.values()];
  add(inbox.length > 0, 'eFaktura delivered');
  add(
    inbox.some((i) => i.status === 'APPROVED' || i.status === 'PAID'),
    'eFaktura approved in the online bank',
  );
  add(system.reconciledMatches > 0, 'payment reconciled');
  add(
    [...model.customers.values()].some((c) => c.cancelledAtStep !== undefined),
    'agreement ended by a scan',
  );
  const delivered = new Set(inbox.map((i) => i.transactionId));
  add(
    system.observations.sent.some((tx) => tx.documentType === 'INVOICE' && !delivered.has(tx.transactionId)),
    'eFaktura rejected by MPS',
  );
  add(system.observations.files.length > 0, 'payment file sent');
  add(
    model.runs.some((r) => r.refused),
    'payment run refused locally',
  );
  const sentRuns = model.runs.filter((r) => r.fileId !== undefined);
  add(
    sentRuns.some((r) => oracleFor(model, r.bankRule, r.approvers) === 'AG08'),
    'file the bank must reject (AG08)',
  );
  add(
    sentRuns.some((r) => !r.bankRule.rgb),
    'file waiting for netbank approval (RGB off)',
  );
  add(
    [...model.netbankApprovals.values()].some((a) => a.satisfied),
    'file approved in the netbank',
  );
  add(system.executedPayments > 0, 'payment executed (ACSC)');
  add(
    [...model.payables.values()].some(
      (p) => !p.refused && (p.kidVariant === 'wrong-check-digit' || p.kidVariant === 'wrong-length'),
    ),
    'KID the bank must reject (RR09)',
  );
  return reached;
}
