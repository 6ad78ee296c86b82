// The pain.002 (CustomerPaymentStatusReport) the bank writes, versions .001.03 and .001.10
// (iso20022-norway.md §3.1). Amounts are decimal TEXT here because the report echoes the
// original pain.001 (OrgnlCtrlSum, OrgnlTxRef/Amt) as written; use `oreToDecimal` for øre.

export type Pain002MessageId = 'pain.002.001.03' | 'pain.002.001.10';

export const PAIN002_NAMESPACES: Record<Pain002MessageId, string> = {
  'pain.002.001.03': 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.03',
  'pain.002.001.10': 'urn:iso:std:iso:20022:tech:xsd:pain.002.001.10',
};

/** Group / payment-information status (TransactionGroupStatus3Code in .03, §3.1). */
export type GroupStatus =
  'ACTC' | 'RCVD' | 'PART' | 'RJCT' | 'PDNG' | 'ACCP' | 'ACSP' | 'ACSC' | 'ACWC' | 'ACCC';

/**
 * Transaction status. In .03 (TransactionIndividualStatus3Code) PART and RCVD (and ACCC) do not
 * exist; the writer throws a BenchBugError if asked for them (§3.1).
 */
export type TransactionStatus =
  'ACTC' | 'RJCT' | 'PDNG' | 'ACCP' | 'ACSP' | 'ACSC' | 'ACWC' | 'ACCC' | 'PART' | 'RCVD';

/** `StsRsnInf`. */
export interface StatusReason {
  /** `Rsn/Cd`: an ExternalStatusReason1Code such as AC03, RR09, NARR, FF01. */
  code?: string;
  /** `Rsn/Prtry` (Max35); used only when `code` is absent. */
  proprietary?: string;
  /**
   * `AddtlInf` texts. The writer splits each text into Max105Text pieces (`splitAddtlInf`, lossless:
   * the pieces joined give the text back); a reader returns the pieces as they are.
   */
  additionalInfo?: string[];
  /** `Orgtr/Nm`. */
  originatorName?: string;
}

/** `NbOfTxsPerSts`. */
export interface NumberOfTransactionsPerStatus {
  count: number;
  status: TransactionStatus;
  /** `DtldCtrlSum`: decimal text. */
  controlSum?: string;
}

/** An account echoed in OrgnlTxRef: IBAN or Othr/Id (+ SchmeNm/Cd, e.g. BBAN). */
export interface ReportAccount {
  iban?: string;
  other?: { id: string; schemeCode?: string };
}

/** `OrgnlTxRef`: the parts of the original transaction echoed back, when known. */
export interface OriginalTransactionReference {
  /** `Amt/InstdAmt` decimal text and currency. */
  amount?: { text: string; currency: string };
  /** `ReqdExctnDt` (written as ISODate in .03, as `Dt` in .10). */
  requestedExecutionDate?: string;
  debtorName?: string;
  debtorAccount?: ReportAccount;
  creditorName?: string;
  creditorAccount?: ReportAccount;
}

/** `TxInfAndSts`. */
export interface TransactionStatusReport {
  statusId?: string;
  originalInstructionId?: string;
  originalEndToEndId?: string;
  /** `OrgnlUETR`: written only in .10. */
  originalUetr?: string;
  status?: TransactionStatus;
  reasons?: StatusReason[];
  /** `AccptncDtTm`: ISO date-time with offset. */
  acceptanceDateTime?: string;
  /** `AcctSvcrRef`: the bank's archive reference. */
  accountServicerReference?: string;
  originalTransactionReference?: OriginalTransactionReference;
}

/** `OrgnlPmtInfAndSts`. */
export interface PaymentStatusReport {
  originalPaymentInformationId: string;
  originalNumberOfTransactions?: string;
  /** Decimal text. */
  originalControlSum?: string;
  status?: GroupStatus;
  reasons?: StatusReason[];
  numberOfTransactionsPerStatus?: NumberOfTransactionsPerStatus[];
  transactions?: TransactionStatusReport[];
}

/** `OrgnlGrpInfAndSts`. */
export interface OriginalGroupStatus {
  originalMessageId: string;
  /** e.g. 'pain.001.001.03'. */
  originalMessageNameId: string;
  originalCreationDateTime?: string;
  originalNumberOfTransactions?: string;
  /** Decimal text. */
  originalControlSum?: string;
  status?: GroupStatus;
  reasons?: StatusReason[];
  numberOfTransactionsPerStatus?: NumberOfTransactionsPerStatus[];
}

/** A whole pain.002 report. */
export interface Pain002Report {
  messageNameId: Pain002MessageId;
  /** `GrpHdr/MsgId` of the report itself. */
  messageId: string;
  /** `GrpHdr/CreDtTm`: ISO date-time (the writer passes it through; use osloIso). */
  creationDateTime: string;
  /** `GrpHdr/InitgPty/Nm` (optional; some banks name themselves here). */
  initiatingPartyName?: string;
  /** `GrpHdr/DbtrAgt/FinInstnId/BIC(FI)`. */
  debtorAgentBic?: string;
  group: OriginalGroupStatus;
  payments: PaymentStatusReport[];
}
