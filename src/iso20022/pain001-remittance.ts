// Questions the bank rules ask about a transaction's remittance information (iso20022-norway.md
// §2.2): which KIDs it carries (Strd/CdtrRefInf with type SCOR), whether it mixes a KID with a
// credit note (CREN), and how many structured references it holds (the RR07 limit, §8.1 [I]).
import type { CreditorReference, Pain001Transaction, ReferredDocument } from './pain001-model.ts';

/** Every CdtrRefInf of type SCOR with a Ref: the KIDs of the transaction, in document order. */
export function kidReferences(tx: Pain001Transaction): CreditorReference[] {
  const kids: CreditorReference[] = [];
  for (const strd of tx.remittance?.structured ?? []) {
    const ref = strd.creditorReference;
    if (ref?.typeCode === 'SCOR' && ref.ref !== undefined) kids.push(ref);
  }
  return kids;
}

/** Referred documents of a type (CINV invoices, CREN credit notes). */
export function referredDocuments(tx: Pain001Transaction, typeCode: string): ReferredDocument[] {
  const documents: ReferredDocument[] = [];
  for (const strd of tx.remittance?.structured ?? []) {
    for (const doc of strd.referredDocuments) if (doc.typeCode === typeCode) documents.push(doc);
  }
  return documents;
}

/** True when a Strd block refers to a credit note (CREN) or carries a CdtNoteAmt. */
export function hasCreditNote(tx: Pain001Transaction): boolean {
  for (const strd of tx.remittance?.structured ?? []) {
    if (strd.referredDocumentAmount?.creditNote) return true;
    for (const doc of strd.referredDocuments) if (doc.typeCode === 'CREN') return true;
  }
  return false;
}

/** Number of `RmtInf/Strd` blocks. */
export function structuredReferenceCount(tx: Pain001Transaction): number {
  return tx.remittance?.structured.length ?? 0;
}
