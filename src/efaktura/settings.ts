// Settings of the eFaktura network (JTTA, MPS, nettbank). Every rule the domain notes mark [I] or
// [U] is a setting here with a safe default, documented in docs/decisions/002-efaktura-modelling.md.
// Settings arrive from PATCH /sim/v1/settings as unchecked JSON, so `resolve*` falls back to the
// default for any value of the wrong type instead of failing a request.

export const DOCUMENT_TYPES = [
  'INVOICE',
  'CREDIT_NOTE',
  'REMINDER',
  'COLLECTION_NOTICE',
  'DUNNING',
  'PAYMENT_REQUEST',
  'ENFORCEMENT_WARNING',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const PAYMENT_TYPES = [
  'EFAKTURA',
  'EFAKTURA_AND_AVTALEGIRO',
  'EFAKTURA_AND_EXTERNAL_AVTALEGIRO',
  'AVTALEGIRO',
] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

export type SearchMatchMode = 'all-supplied' | 'any-combination';

/** JTTA register settings (simulator `jtta`). */
export interface JttaSettings {
  /** efaktura-b2c.md §2.2 [C]: no new eFaktura 1.0 agreements from 1 Dec 2021 (virtual date). */
  legacyAgreementsClosedFrom: string;
  /** §2.2 [C]: 1.0 agreements of persons without JTTA stop working from 15 May 2022. */
  legacyAgreementsRetiredFrom: string;
}

/** MPS eFaktura service settings (simulator `mps`). */
export interface MpsSettings {
  /** [I] Minutes a shipment stays IN_PROGRESS before its transactions are validated (§4.2 asynchronous model). */
  processingDelayMinutes: number;
  /** [U] §10.2: whether MPS reveals a reservation as BLOCKED or answers NOT_FOUND. */
  revealBlocked: boolean;
  /** [I] §2.3: every supplied key must match (Finago "100 % match") or any documented combination suffices. */
  searchMatchMode: SearchMatchMode;
  /** §4.2 [C] 3100: the document types this MPS accepts (the real pilot accepted only INVOICE). */
  allowedDocumentTypes: DocumentType[];
  /** §4.2 [C] 3101: whether AvtaleGiro transactions are accepted at all. */
  avtaleGiroAllowed: boolean;
  /** §4.3 [C] (Uni Micro, Vipps): the due date must be at least this many days ahead. */
  minDueDays: number;
  /** §4.3 [C] (Vipps "≤ 1 year"): the due date may be at most this many days ahead. */
  maxDueDays: number;
  /** §4.3 [C] (Vipps): issuerName is at most 40 characters. */
  maxIssuerNameLength: number;
}

/** Consumer online bank settings (simulator `nettbank`). */
export interface NettbankSettings {
  /** [I] An eFaktura not paid this many days after its due date becomes EXPIRED. */
  expireAfterDays: number;
}

export const DEFAULT_JTTA_SETTINGS: JttaSettings = {
  legacyAgreementsClosedFrom: '2021-12-01',
  legacyAgreementsRetiredFrom: '2022-05-15',
};

export const DEFAULT_MPS_SETTINGS: MpsSettings = {
  processingDelayMinutes: 5,
  revealBlocked: true,
  searchMatchMode: 'all-supplied',
  allowedDocumentTypes: [...DOCUMENT_TYPES],
  avtaleGiroAllowed: true,
  minDueDays: 3,
  maxDueDays: 365,
  maxIssuerNameLength: 40,
};

export const DEFAULT_NETTBANK_SETTINGS: NettbankSettings = {
  expireAfterDays: 30,
};

/** MPS limits that are documented facts, not settings (§4.2 [C]: "max 1000 per shipment"). */
export const MAX_TRANSACTIONS_PER_SHIPMENT = 1000;
/** [I] The search takes as many customers per call as a shipment takes transactions. */
export const MAX_CUSTOMERS_PER_SEARCH = 1000;

type Raw = Record<string, unknown> | undefined;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function date(raw: Raw, key: string, fallback: string): string {
  const value = raw?.[key];
  return typeof value === 'string' && ISO_DATE.test(value) ? value : fallback;
}

function wholeNumber(raw: Raw, key: string, fallback: number, min: number, max: number): number {
  const value = raw?.[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

function flag(raw: Raw, key: string, fallback: boolean): boolean {
  const value = raw?.[key];
  return typeof value === 'boolean' ? value : fallback;
}

export function resolveJttaSettings(raw: Raw): JttaSettings {
  const d = DEFAULT_JTTA_SETTINGS;
  return {
    legacyAgreementsClosedFrom: date(raw, 'legacyAgreementsClosedFrom', d.legacyAgreementsClosedFrom),
    legacyAgreementsRetiredFrom: date(raw, 'legacyAgreementsRetiredFrom', d.legacyAgreementsRetiredFrom),
  };
}

export function resolveMpsSettings(raw: Raw): MpsSettings {
  const d = DEFAULT_MPS_SETTINGS;
  const mode = raw?.searchMatchMode;
  const types = raw?.allowedDocumentTypes;
  return {
    processingDelayMinutes: wholeNumber(
      raw,
      'processingDelayMinutes',
      d.processingDelayMinutes,
      0,
      7 * 24 * 60,
    ),
    revealBlocked: flag(raw, 'revealBlocked', d.revealBlocked),
    searchMatchMode: mode === 'all-supplied' || mode === 'any-combination' ? mode : d.searchMatchMode,
    allowedDocumentTypes:
      Array.isArray(types) && types.every((t) => (DOCUMENT_TYPES as readonly unknown[]).includes(t))
        ? (types as DocumentType[])
        : [...d.allowedDocumentTypes],
    avtaleGiroAllowed: flag(raw, 'avtaleGiroAllowed', d.avtaleGiroAllowed),
    minDueDays: wholeNumber(raw, 'minDueDays', d.minDueDays, 0, 3650),
    maxDueDays: wholeNumber(raw, 'maxDueDays', d.maxDueDays, 0, 3650),
    maxIssuerNameLength: wholeNumber(raw, 'maxIssuerNameLength', d.maxIssuerNameLength, 1, 1000),
  };
}

export function resolveNettbankSettings(raw: Raw): NettbankSettings {
  return {
    expireAfterDays: wholeNumber(raw, 'expireAfterDays', DEFAULT_NETTBANK_SETTINGS.expireAfterDays, 0, 3650),
  };
}
