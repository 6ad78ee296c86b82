// Keeps a pain.002 the bank wrote, numbered for polling (`GET /status-reports?since=`).
import type { BankState, StoredStatusReport } from './bank-state.ts';
import type { PaymentFileRecord } from './payment-file.ts';
import type { Pain002Report } from '../iso20022/pain002-model.ts';

export function storeStatusReport(
  state: BankState,
  file: PaymentFileRecord,
  stage: StoredStatusReport['stage'],
  report: Pain002Report,
): StoredStatusReport {
  const stored: StoredStatusReport = {
    id: report.messageId,
    seq: state.nextSeq(),
    fileId: file.fileId,
    customerId: file.customerId,
    createdAt: report.creationDateTime,
    stage,
    groupStatus: report.group.status,
    report,
  };
  state.statusReports.set(stored.id, stored);
  file.statusReportIds.push(stored.id);
  return stored;
}
