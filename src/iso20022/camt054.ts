// Writes camt.054 (BankToCustomerDebitCreditNotification) .001.02 / .001.08: one Ntfctn per
// account, one Ntry per booking (iso20022-norway.md §4.1–§4.3). The same message serves both
// Norwegian uses (§4.2): the debit notification to the payer (DBIT entries) and the credit
// notification to the payee (CRDT entries, KIDs in Strd/CdtrRefInf SCOR).
import { CAMT_NAMESPACES, type Camt054Document } from './camt-model.ts';
import {
  versionOf,
  writeAccount,
  writeEntry,
  writeRecipient,
  writeTransactionsSummary,
} from './camt-entry.ts';
import { leaf, startDocument } from './xml/xml-writer.ts';

export interface WriteCamtOptions {
  /** Indent the XML (default true). */
  pretty?: boolean;
}

export function writeCamt054(document: Camt054Document, options: WriteCamtOptions = {}): string {
  const version = versionOf(document.messageNameId);
  const { root, end } = startDocument(
    CAMT_NAMESPACES[document.messageNameId],
    'BkToCstmrDbtCdtNtfctn',
    options.pretty ?? true,
  );
  const header = root.ele('GrpHdr');
  leaf(header, 'MsgId', document.messageId);
  leaf(header, 'CreDtTm', document.creationDateTime);
  writeRecipient(header, document.recipientName, document.recipientCustomerId);
  for (const notification of document.notifications) {
    const node = root.ele('Ntfctn');
    leaf(node, 'Id', notification.id);
    leaf(node, 'ElctrncSeqNb', notification.electronicSequenceNumber);
    leaf(node, 'CreDtTm', notification.creationDateTime);
    writeAccount(node.ele('Acct'), version, notification.account);
    writeTransactionsSummary(node, version, notification.entries);
    for (const entry of notification.entries) writeEntry(node.ele('Ntry'), version, entry);
  }
  return end();
}
