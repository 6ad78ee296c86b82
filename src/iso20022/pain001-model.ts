// The parsed pain.001 (CustomerCreditTransferInitiation), versions .001.03 and .001.09, as the bank
// rule pass reads it (iso20022-norway.md §2.1). Text fields are kept as written (no trimming of
// meaning, no defaults): the rules decide what is wrong. Every element that a finding can point at
// carries its source `line` (libxml line numbers, 1-based) and, for repeated blocks, a `path`
// such as `PmtInf[2]/CdtTrfTxInf[7]` (1-based, as in style.md §4). The model is read-only for its
// users: empty lists may be one shared frozen array (readPain001 keeps 100,000-transaction files small).
import type { CurrencyAmount, IsoAmount } from './iso-amount.ts';

export type Pain001MessageId = 'pain.001.001.03' | 'pain.001.001.09';

export const PAIN001_NAMESPACES: Record<Pain001MessageId, string> = {
  'pain.001.001.03': 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03',
  'pain.001.001.09': 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09',
};

/** A text leaf with the line it was read from. */
export interface LocatedText {
  value: string;
  line: number;
}

/** An amount with the line it was read from. */
export type LocatedAmount = IsoAmount & { line: number };
export type LocatedCurrencyAmount = CurrencyAmount & { line: number };

/** `Othr` of OrgId/PrvtId (GenericOrganisationIdentification1 / GenericPersonIdentification1). */
export interface GenericIdentification {
  id: string;
  /** `SchmeNm/Cd`, e.g. CUST, BANK (iso20022-norway.md §2.4). */
  schemeCode?: string;
  /** `SchmeNm/Prtry`. */
  schemeProprietary?: string;
  issuer?: string;
  line: number;
}

/** PartyIdentification32 (.03) / PartyIdentification135 (.09): the parts the bench reads. */
export interface Party {
  name?: string;
  /** `Id/OrgId/Othr` in document order (the initiating party's agreement id lives here, §2.4). */
  organisationIds: GenericIdentification[];
  /** `Id/OrgId/BICOrBEI` (.03) or `Id/OrgId/AnyBIC` (.09). */
  organisationBic?: string;
  /** `Id/PrvtId/Othr` in document order. */
  privateIds: GenericIdentification[];
  line: number;
}

/**
 * CashAccount16 (.03) / CashAccount38 (.09) `Id`: either an IBAN or `Othr/Id` (a Norwegian BBAN is
 * `Othr/Id` with `SchmeNm/Cd=BBAN`, §2.3). `id` is the IBAN or the Othr/Id, as written.
 */
export interface AccountIdentification {
  kind: 'iban' | 'other';
  id: string;
  /** `Othr/SchmeNm/Cd` (e.g. BBAN); only for kind 'other'. */
  schemeCode?: string;
  schemeProprietary?: string;
  /** `Ccy` of the account. */
  currency?: string;
  line: number;
}

/** BranchAndFinancialInstitutionIdentification: `FinInstnId/BIC` (.03) or `FinInstnId/BICFI` (.09). */
export interface AgentIdentification {
  bic?: string;
  /** `FinInstnId/ClrSysMmbId/MmbId`. */
  clearingMemberId?: string;
  name?: string;
  line: number;
}

/** `RfrdDocInf`: an invoice (CINV) or credit note (CREN) reference. */
export interface ReferredDocument {
  /** `Tp/CdOrPrtry/Cd` (DocumentType5Code .03 / DocumentType6Code .09). */
  typeCode?: string;
  /** `Tp/CdOrPrtry/Prtry`. */
  typeProprietary?: string;
  /** `Nb`: the invoice or credit note number. */
  number?: string;
  /** `RltdDt`. */
  relatedDate?: string;
  line: number;
}

/** `RfrdDocAmt` (RemittanceAmount1 .03 / RemittanceAmount2 .09). */
export interface ReferredDocumentAmount {
  duePayable?: LocatedCurrencyAmount;
  creditNote?: LocatedCurrencyAmount;
  remitted?: LocatedCurrencyAmount;
  line: number;
}

/** `CdtrRefInf`: a KID is `Tp/CdOrPrtry/Cd=SCOR` with the KID in `Ref` (§2.2). */
export interface CreditorReference {
  /** `Tp/CdOrPrtry/Cd` (DocumentType3Code: SCOR for a KID). */
  typeCode?: string;
  typeProprietary?: string;
  /** `Tp/Issr`. */
  issuer?: string;
  /** `Ref`, as written (a KID may end in '-', §5.1). */
  ref?: string;
  /** Line of `Ref` when present, else of `CdtrRefInf`. */
  line: number;
}

/** One `RmtInf/Strd` block. */
export interface StructuredRemittance {
  referredDocuments: ReferredDocument[];
  referredDocumentAmount?: ReferredDocumentAmount;
  creditorReference?: CreditorReference;
  /** `AddtlRmtInf` (0..3 in .09; 0..3 in .03 too). */
  additionalInfo: string[];
  line: number;
}

/** `RmtInf`. */
export interface RemittanceInformation {
  unstructured: LocatedText[];
  structured: StructuredRemittance[];
  line: number;
}

/** One `CdtTrfTxInf`. */
export interface Pain001Transaction {
  /** 0-based position within its PmtInf. */
  index: number;
  /** e.g. `PmtInf[2]/CdtTrfTxInf[7]` (1-based). */
  path: string;
  line: number;
  /** `PmtId/InstrId`. */
  instructionId?: string;
  /** `PmtId/EndToEndId` ('' when missing: only possible for a file that also fails the schema). */
  endToEndId: string;
  /** `PmtId/UETR` (.09 only). */
  uetr?: string;
  /** `Amt/InstdAmt` with `@Ccy`; undefined only when the file uses `EqvtAmt` or lacks an amount. */
  amount?: LocatedCurrencyAmount;
  /** `ChrgBr`. */
  chargeBearer?: string;
  creditorAgent?: AgentIdentification;
  creditor?: Party;
  creditorAccount?: AccountIdentification;
  /** `Purp/Cd`. */
  purposeCode?: string;
  remittance?: RemittanceInformation;
}

/** `ReqdExctnDt`: .03 is an ISODate; .09 is a choice of `Dt` or `DtTm` (§2.1). */
export interface RequestedExecutionDate {
  /** The calendar date (YYYY-MM-DD): the `Dt`, or the date part of `DtTm` as written. */
  date: string;
  /** `DtTm` as written (.09 only). */
  dateTime?: string;
  line: number;
}

/** One `PmtInf`: one debit account, one execution date (§2.1). */
export interface Pain001Payment {
  /** 0-based position in the document. */
  index: number;
  /** e.g. `PmtInf[2]` (1-based). */
  path: string;
  line: number;
  paymentInformationId: string;
  /** `PmtMtd` (TRF in Norway). */
  paymentMethod: string;
  batchBooking?: boolean;
  /** `NbOfTxs` as written (Max15NumericText). */
  numberOfTransactions?: LocatedText;
  controlSum?: LocatedAmount;
  /** `PmtTpInf/InstrPrty`. */
  instructionPriority?: string;
  /** `PmtTpInf/SvcLvl/Cd`. */
  serviceLevelCode?: string;
  /** `PmtTpInf/CtgyPurp/Cd`. */
  categoryPurposeCode?: string;
  requestedExecutionDate: RequestedExecutionDate;
  debtor: Party;
  debtorAccount: AccountIdentification;
  debtorAgent: AgentIdentification;
  /** `ChrgBr`. */
  chargeBearer?: string;
  transactions: Pain001Transaction[];
}

/** `GrpHdr`. */
export interface Pain001GroupHeader {
  line: number;
  messageId: LocatedText;
  /** `CreDtTm` as written. */
  creationDateTime: LocatedText;
  /** `NbOfTxs` as written (Max15NumericText; AM18 is checked against it, §2.1). */
  numberOfTransactions: LocatedText;
  /** `CtrlSum` (AM10 when it differs from the sum of InstdAmt, §2.1). */
  controlSum?: LocatedAmount;
  initiatingParty: Party;
}

/** A parsed pain.001 document. */
export interface Pain001Document {
  messageNameId: Pain001MessageId;
  groupHeader: Pain001GroupHeader;
  payments: Pain001Payment[];
  /** Total number of CdtTrfTxInf elements over all payments. */
  transactionCount: number;
}
