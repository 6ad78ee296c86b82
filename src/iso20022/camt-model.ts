// camt.054 (BankToCustomerDebitCreditNotification) and camt.053 (BankToCustomerStatement), the
// documents the bank writes after booking (iso20022-norway.md §4). Versions .001.02 (default) and
// .001.08 (per agreement). Ledger amounts are whole øre integers (ARCHITECTURE.md §4).

export type CamtVersion = '02' | '08';
export type Camt054MessageId = 'camt.054.001.02' | 'camt.054.001.08';
export type Camt053MessageId = 'camt.053.001.02' | 'camt.053.001.08';

export const CAMT_NAMESPACES: Record<Camt054MessageId | Camt053MessageId, string> = {
  'camt.054.001.02': 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.02',
  'camt.054.001.08': 'urn:iso:std:iso:20022:tech:xsd:camt.054.001.08',
  'camt.053.001.02': 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02',
  'camt.053.001.08': 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08',
};

export type CreditDebit = 'CRDT' | 'DBIT';
export type EntryStatus = 'BOOK' | 'PDNG' | 'INFO';

/** An account: a Norwegian BBAN (`Othr/Id` + `SchmeNm/Cd=BBAN`, §4.2) or an IBAN. */
export interface CamtAccountId {
  bban?: string;
  iban?: string;
}

/** The reported account (`Ntfctn/Acct`, `Stmt/Acct`). */
export interface CamtAccount extends CamtAccountId {
  /** `Ccy` (NOK). */
  currency: string;
  /** `Ownr/Nm`. */
  ownerName?: string;
  /** `Svcr/FinInstnId/BIC(FI)`. */
  servicerBic?: string;
}

/** `BkTxCd/Domn`. Defaults [I]: credits PMNT/RCDT/DMCT, debits PMNT/ICDT/DMCT (§4.3). */
export interface BankTransactionCode {
  domain: string;
  family: string;
  subFamily: string;
}

/** Remittance information of one transaction. */
export interface CamtRemittance {
  /** KIDs: each becomes `Strd/CdtrRefInf` with `Tp/CdOrPrtry/Cd=SCOR` and `Ref=<KID>` (§4.3). */
  kids?: string[];
  /** Invoice numbers: `Strd/RfrdDocInf` with `Tp/CdOrPrtry/Cd=CINV` and `Nb`. */
  invoiceNumbers?: string[];
  /** `Ustrd` lines (Max140 each). */
  unstructured?: string[];
}

/** `NtryDtls/TxDtls`. */
export interface CamtTransactionDetails {
  endToEndId?: string;
  instructionId?: string;
  /** `Refs/AcctSvcrRef`. */
  accountServicerReference?: string;
  /** `AmtDtls/TxAmt/Amt` in øre (positive). */
  amountOre: number;
  currency: string;
  /** `RltdPties/Dbtr/Nm` (.02) or `RltdPties/Dbtr/Pty/Nm` (.08). */
  debtorName?: string;
  debtorAccount?: CamtAccountId;
  creditorName?: string;
  creditorAccount?: CamtAccountId;
  remittance?: CamtRemittance;
  /** `AddtlTxInf` (Max500). */
  additionalInfo?: string;
}

/** `Ntry`: one booking. */
export interface CamtEntry {
  /** `NtryRef`. */
  entryReference?: string;
  /** Positive øre; the direction is `creditDebit`. */
  amountOre: number;
  currency: string;
  creditDebit: CreditDebit;
  status: EntryStatus;
  /** YYYY-MM-DD. */
  bookingDate: string;
  /** YYYY-MM-DD. */
  valueDate: string;
  /** `AcctSvcrRef`: the bank's archive reference. */
  accountServicerReference?: string;
  /** Defaults by direction when absent (see BankTransactionCode). */
  bankTransactionCode?: BankTransactionCode;
  /** `AddtlNtryInf` (Max500). */
  additionalInfo?: string;
  /** One per underlying payment (a batch entry has several, §4.3). */
  transactions: CamtTransactionDetails[];
}

/** `Ntfctn`: one per account (§4.1). */
export interface CamtNotification {
  id: string;
  /** ISO date-time with offset. */
  creationDateTime: string;
  electronicSequenceNumber?: number;
  account: CamtAccount;
  entries: CamtEntry[];
}

/** A camt.054 document: debit notification (debtor side) or credit notification (creditor side). */
export interface Camt054Document {
  messageNameId: Camt054MessageId;
  messageId: string;
  creationDateTime: string;
  /** `GrpHdr/MsgRcpt/Nm`. */
  recipientName?: string;
  /** `GrpHdr/MsgRcpt/Id/OrgId/Othr/Id` with `SchmeNm/Cd=BANK` (the bank's customer number, §4.2). */
  recipientCustomerId?: string;
  notifications: CamtNotification[];
}

/** `Stmt`: a day statement for one account (§4.2). */
export interface CamtStatement {
  /** `<BBAN>.<yyyymmdd>` (SpareBank 1 shape, §4.2); see `statementId`. */
  id: string;
  creationDateTime: string;
  electronicSequenceNumber?: number;
  /** The statement date (YYYY-MM-DD): FrToDt and the balance dates. */
  date: string;
  account: CamtAccount;
  /** OPBD, signed øre (negative = DBIT). */
  openingBalanceOre: number;
  /** CLBD, signed øre. Must equal opening + credits − debits (the writer checks it). */
  closingBalanceOre: number;
  entries: CamtEntry[];
}

/** A camt.053 document. */
export interface Camt053Document {
  messageNameId: Camt053MessageId;
  messageId: string;
  creationDateTime: string;
  recipientName?: string;
  recipientCustomerId?: string;
  statements: CamtStatement[];
}

/** The statement id `<BBAN>.<yyyymmdd>` (§4.2). */
export function statementId(bban: string, date: string): string {
  return `${bban}.${date.replaceAll('-', '')}`;
}

/** What the camt reader returns for one entry (read from any camt.053/.054, ours or a sample). */
export interface CamtEntryRead {
  /** Account id of the enclosing Ntfctn/Stmt: IBAN or Othr/Id. */
  account: string;
  amountOre: number | null;
  amountText: string;
  currency: string;
  creditDebit: CreditDebit;
  /** `Sts` (.02) or `Sts/Cd` (.08). */
  status?: string;
  bookingDate?: string;
  valueDate?: string;
  accountServicerReference?: string;
  entryReference?: string;
  bankTransactionCode?: BankTransactionCode;
  /** Every `CdtrRefInf/Ref` with type SCOR in the entry's TxDtls, in order. */
  kids: string[];
  /** Every other `CdtrRefInf/Ref` (non-SCOR or proprietary types), in order. */
  otherReferences: string[];
  endToEndIds: string[];
  transactions: CamtTransactionRead[];
  line: number;
}

/** One TxDtls as read. */
export interface CamtTransactionRead {
  endToEndId?: string;
  instructionId?: string;
  accountServicerReference?: string;
  amountOre?: number | null;
  amountText?: string;
  currency?: string;
  debtorName?: string;
  debtorAccount?: string;
  creditorName?: string;
  creditorAccount?: string;
  kids: string[];
  invoiceNumbers: string[];
  unstructured: string[];
}

/** One Ntfctn or Stmt as read. */
export interface CamtReportRead {
  id: string;
  account: string;
  currency?: string;
  /** Balances (camt.053): type code → signed øre (null when not whole øre), first of each type. */
  balances: Array<{
    type: string;
    amountOre: number | null;
    amountText: string;
    creditDebit: CreditDebit;
    date?: string;
  }>;
  entries: CamtEntryRead[];
}

/** A camt.053 or camt.054 document as read. */
export interface CamtDocumentRead {
  messageNameId: Camt054MessageId | Camt053MessageId;
  kind: 'notification' | 'statement';
  messageId: string;
  creationDateTime: string;
  reports: CamtReportRead[];
  /** All entries of all reports, in document order. */
  entries: CamtEntryRead[];
}
