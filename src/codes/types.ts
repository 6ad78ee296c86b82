// The error-code catalogue: one typed entry per code the bench can emit or explain
// (ARCHITECTURE.md §6). Human text lives here in Norwegian and English; tests assert on `code`.

export type CodeFamily = 'iso-status' | 'iso-reason' | 'bank-narrative' | 'mps' | 'bench';

export interface LocalisedText {
  nb: string;
  en: string;
}

/** Where a code shows up: which message or endpoint, at which level. */
export interface CodeAppearance {
  /** e.g. 'pain.002', 'camt.054', 'problem+json', 'shipment transaction status' */
  message: string;
  /** e.g. 'group', 'payment', 'transaction', 'request', 'shipment' */
  level?: string;
  /** e.g. 'POST /bank/v1/payment-files' */
  endpoint?: string;
}

/** The input that makes the simulator produce the code, for training and for the catalogue walk test. */
export interface CodeTrigger {
  /** Plain description of the input, e.g. 'pain.001 EndToEndId TRIGGER-AC04' */
  description: string;
  /** Machine-readable form where a generic trigger exists. */
  kind?: 'pain001-end-to-end-id' | 'pain001-msg-id' | 'efaktura-invoice-number' | 'input' | 'none';
  value?: string;
}

export interface CatalogueEntry {
  code: string;
  family: CodeFamily;
  title: LocalisedText;
  meaning: LocalisedText;
  causes: LocalisedText[];
  remedy: LocalisedText;
  appearsIn: CodeAppearance[];
  trigger?: CodeTrigger;
  /** HTTP status for codes that travel as problem+json. */
  httpStatus?: number;
  /** Where the public meaning comes from (a domain-notes section and its source keys). */
  source: string;
  /** [C]onfirmed, [P]artly confirmed or [I]nferred, as marked in ../shared/domain. */
  evidence?: 'C' | 'P' | 'I';
}
