// The shape of RmtInf (iso20022-norway.md §2.2, §3.4 RR07 "remittance structure does not fit the
// payment type"): a KID cannot be combined with a credit note in one payment ([C] S26, Business
// Central NO: "KID cannot be used for credit memos"; [I] for ISO: CREN + SCOR in one CdtTrfTxInf),
// and one CdtTrfTxInf carries at most `structuredReferenceLimit` Strd blocks ([NF], default 25, §8.1).
import type { Finding } from '../finding.ts';
import type { Pain001Transaction } from '../../iso20022/pain001-model.ts';

export function checkRemittanceStructure(
  transaction: Pain001Transaction,
  hasKid: boolean,
  structuredReferenceLimit: number,
): Finding | undefined {
  const structured = transaction.remittance?.structured ?? [];
  if (structured.length > structuredReferenceLimit) {
    const extra = structured[structuredReferenceLimit];
    return {
      reason: 'RR07',
      level: 'transaction',
      path: `${transaction.path}/RmtInf/Strd[${structuredReferenceLimit + 1}]`,
      value: String(structured.length),
      line: extra?.line ?? transaction.line,
      text: `${structured.length} structured references; the bank takes at most ${structuredReferenceLimit} per payment`,
    };
  }
  if (!hasKid) return undefined;
  for (const [index, block] of structured.entries()) {
    const creditNote = block.referredDocuments.find((document) => document.typeCode === 'CREN');
    if (creditNote || block.referredDocumentAmount?.creditNote) {
      return {
        reason: 'RR07',
        level: 'transaction',
        path: `${transaction.path}/RmtInf/Strd[${index + 1}]/RfrdDocInf`,
        value: creditNote?.number ?? block.referredDocumentAmount?.creditNote?.text,
        line: creditNote?.line ?? block.line,
        text: 'A KID payment cannot include a credit note; pay the invoices without KID',
      };
    }
  }
  return undefined;
}
