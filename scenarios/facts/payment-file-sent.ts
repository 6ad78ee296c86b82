// The payment files the driver sent to the bank, as the journal recorded them: POST
// /bank/v1/payment-files with a pain.001 body (ARCHITECTURE.md §5.4), read with the bench's own
// pain.001 reader (src/iso20022/pain001.ts) into what the invariants judge: per transaction the
// creditor account, the amount in øre, the KIDs (SCOR) and the invoice/credit-note references.
import { readPain001 } from '../../src/iso20022/pain001.ts';
import type { JournalEntry } from '../journal-observer.ts';
import { parseJsonBody } from '../journal-observer.ts';

export interface SentPaymentTransaction {
  pmtInfId: string;
  endToEndId: string;
  executionDate: string;
  debtorAccount: string;
  creditorAccount: string;
  amountOre: number | null;
  /** `RmtInf/Strd/CdtrRefInf/Ref` with `Tp/CdOrPrtry/Cd=SCOR` — iso20022-norway.md §2.2. */
  kids: string[];
  /** `RmtInf/Strd/RfrdDocInf`: CINV (invoice) and CREN (credit note) numbers. */
  documents: Array<{ type: string; number: string }>;
}

export interface SentPaymentFile {
  seq: number;
  status: number;
  fileId?: string;
  messageId: string;
  groupStatus?: string;
  transactions: SentPaymentTransaction[];
  /** Why the body could not be read as a pain.001, if it could not. */
  unreadable?: string;
}

export const PAYMENT_FILES_PATH = '/bank/v1/payment-files';

export function sentPaymentFiles(entries: readonly JournalEntry[]): SentPaymentFile[] {
  const files: SentPaymentFile[] = [];
  for (const entry of entries) {
    if (entry.method !== 'POST' || entry.path !== PAYMENT_FILES_PATH) continue;
    const answer = parseJsonBody(entry.responseBody) as
      { fileId?: unknown; messageId?: unknown; groupStatus?: unknown } | undefined;
    const base = {
      seq: entry.seq,
      status: entry.status,
      fileId: typeof answer?.fileId === 'string' ? answer.fileId : undefined,
      groupStatus: typeof answer?.groupStatus === 'string' ? answer.groupStatus : undefined,
    };
    const read = readPain001(entry.requestBody ?? '');
    if (!read.ok) {
      files.push({ ...base, messageId: '', transactions: [], unreadable: read.message });
      continue;
    }
    const { document } = read;
    const transactions: SentPaymentTransaction[] = [];
    for (const payment of document.payments) {
      for (const tx of payment.transactions) {
        const structured = tx.remittance?.structured ?? [];
        transactions.push({
          pmtInfId: payment.paymentInformationId,
          endToEndId: tx.endToEndId,
          executionDate: payment.requestedExecutionDate.date,
          debtorAccount: payment.debtorAccount.id,
          creditorAccount: tx.creditorAccount?.id ?? '',
          amountOre: tx.amount?.ore ?? null,
          kids: structured
            .map((block) => block.creditorReference)
            .filter((ref) => ref?.typeCode === 'SCOR' && ref.ref !== undefined)
            .map((ref) => ref?.ref ?? ''),
          documents: structured.flatMap((block) =>
            block.referredDocuments.map((doc) => ({ type: doc.typeCode ?? '', number: doc.number ?? '' })),
          ),
        });
      }
    }
    files.push({ ...base, messageId: document.groupHeader.messageId.value, transactions });
  }
  return files;
}
