// MPS (Mastercard Payment Services) eFaktura validation codes — efaktura-b2c.md §4.2 and §3.
//
// MPS publishes numeric codes as SOAP validationFaults: 2xx (submitter-service), 3xxx (ATG/Kombo
// "Combo API"), 5xxx (ERP service and nets-submitter). The bench answers them as RFC 9457
// problem+json with the numeric code (ARCHITECTURE.md §4); the HTTP status mapping is ours [I]:
// 400 for validation failures, 404 for not found, 409 for duplicates and conflicting state.
// Evidence 'C' where the notes show the code and its meaning ([C]/[C-part]); 'I' for the
// transaction-level cancel counterparts the notes only suggest (§4.2 cancelInvoice, "by analogy").
import type { CatalogueEntry, CodeTrigger, LocalisedText } from './types.ts';

type MpsService =
  | 'submitter-service'
  | 'ATG/Kombo (EfakturaAtgService addShipment)'
  | 'ERP service (invoicing-erp v2/v4, Kombo ERP)'
  | 'nets-submitter (Issuer via MPS)';

interface MpsSpec {
  code: string;
  service: MpsService;
  /** The MPS operation that raises it. */
  operation: string;
  /** The bench endpoint whose problem+json carries the code, and its HTTP status; absent when no v1 endpoint emits it. */
  bench?: { endpoint: string; httpStatus: 400 | 404 | 409 };
  title: LocalisedText;
  meaning: LocalisedText;
  causes: LocalisedText[];
  remedy: LocalisedText;
  trigger: CodeTrigger;
  source: string;
  evidence: 'C' | 'I';
}

function mps(spec: MpsSpec): CatalogueEntry {
  return {
    code: spec.code,
    family: 'mps',
    title: spec.title,
    meaning: spec.meaning,
    causes: spec.causes,
    remedy: spec.remedy,
    appearsIn: [
      ...(spec.bench ? [{ message: 'problem+json', level: 'request', endpoint: spec.bench.endpoint }] : []),
      { message: `MPS ${spec.service}: ${spec.operation} validationFault`, level: 'request' },
    ],
    trigger: spec.trigger,
    ...(spec.bench ? { httpStatus: spec.bench.httpStatus } : {}),
    source: spec.source,
    evidence: spec.evidence,
  };
}

/** ARCHITECTURE.md §6: an eFaktura invoiceNumber TRIGGER-<CODE> forces codes no v1 input reaches. */
function invoiceNumberTrigger(code: string, endpoint: string): CodeTrigger {
  const value = `TRIGGER-${code}`;
  return {
    kind: 'efaktura-invoice-number',
    value,
    description: `${endpoint} with a transaction whose invoiceNumber is ${value}`,
  };
}

function input(description: string): CodeTrigger {
  return { kind: 'input', description };
}

const SHIPMENTS = 'POST /mps/v1/shipments';
const CANCEL_SHIPMENT = 'POST /mps/v1/shipments/{shipmentId}/cancel';
const CANCEL_TRANSACTION = 'POST /mps/v1/transactions/{transactionId}/cancel';
const ISSUERS = 'POST /mps/v1/issuers';

export const mpsCodes: CatalogueEntry[] = [
  // --- submitter-service: consignment cancel and duplicate ids (§4.2, S10) ---
  mps({
    code: '201',
    service: 'submitter-service',
    operation: 'cancelConsignment',
    bench: { endpoint: CANCEL_SHIPMENT, httpStatus: 404 },
    title: { nb: 'Fant ikke forsendelsen', en: 'Consignment not found' },
    meaning: {
      nb: 'Forsendelsen som skal kanselleres, finnes ikke.',
      en: 'The consignment (shipment) to cancel does not exist.',
    },
    causes: [
      {
        nb: 'Feil forsendelses-ID, en ID fra en annen utsteder, eller en forsendelse som aldri ble mottatt.',
        en: 'A wrong shipment id, an id from another issuer, or a shipment that was never received.',
      },
      {
        nb: 'Benken: kansellering av en shipmentId benken aldri har fått.',
        en: 'Bench: cancelling a shipmentId the bench never received.',
      },
    ],
    remedy: {
      nb: 'Bruk ID-en som innsendingen ga tilbake (ta vare på UUID-ene), finn forsendelsen med GET /mps/v1/shipments?from=&to=, og kanseller med nøkkelen til utstederen som sendte den.',
      en: 'Use the id the submission returned (keep the UUIDs), find the shipment with GET /mps/v1/shipments?from=&to=, and cancel with the key of the issuer that sent it.',
    },
    trigger: input(`${CANCEL_SHIPMENT} with a shipmentId that was never submitted`),
    source: 'efaktura-b2c.md §4.2, §10.6 (S10)',
    evidence: 'C',
  }),
  mps({
    code: '202',
    service: 'submitter-service',
    operation: 'cancelConsignment',
    bench: { endpoint: CANCEL_SHIPMENT, httpStatus: 409 },
    title: { nb: 'Flere forsendelser med samme ID', en: 'Multiple consignments found for the id' },
    meaning: {
      nb: 'Forsendelses-ID-en peker på mer enn én forsendelse, så MPS vet ikke hvilken som skal kanselleres.',
      en: 'The consignment id matches more than one consignment, so MPS cannot tell which one to cancel.',
    },
    causes: [
      {
        nb: 'Samme forsendelses-ID er gjenbrukt i flere innsendinger.',
        en: 'The same consignment id was reused across submissions.',
      },
      {
        nb: 'Benken: shipmentId er unik (3002), så koden kommer bare via triggeren.',
        en: 'Bench: shipmentIds are unique (3002), so the code comes only through the trigger.',
      },
    ],
    remedy: {
      nb: 'Kanseller de enkelte transaksjonene (POST /mps/v1/transactions/{transactionId}/cancel), og gi hver forsendelse en ny, unik ID framover.',
      en: 'Cancel the individual transactions (POST /mps/v1/transactions/{transactionId}/cancel), and give every shipment a new, unique id from now on.',
    },
    trigger: {
      kind: 'efaktura-invoice-number',
      value: 'TRIGGER-202',
      description: `${SHIPMENTS} with a transaction whose invoiceNumber is TRIGGER-202, then ${CANCEL_SHIPMENT}`,
    },
    source: 'efaktura-b2c.md §4.2, §10.6 (S10)',
    evidence: 'C',
  }),
  mps({
    code: '205',
    service: 'submitter-service',
    operation: 'cancelConsignment',
    bench: { endpoint: CANCEL_SHIPMENT, httpStatus: 409 },
    title: { nb: 'Forsendelsen er allerede kansellert', en: 'Consignment already cancelled' },
    meaning: {
      nb: 'Forsendelsen er kansellert fra før.',
      en: 'The consignment has already been cancelled.',
    },
    causes: [
      {
        nb: 'Kanselleringen er sendt to ganger, for eksempel etter et tidsavbrudd.',
        en: 'The cancellation was sent twice, for example after a time-out.',
      },
      {
        nb: 'Benken: samme forsendelse kansellert to ganger.',
        en: 'Bench: the same shipment cancelled twice.',
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre: forsendelsen er kansellert. Bekreft med GET /mps/v1/shipments/{shipmentId}.',
      en: 'Nothing to do: the shipment is cancelled. Confirm with GET /mps/v1/shipments/{shipmentId}.',
    },
    trigger: input(`${CANCEL_SHIPMENT} twice for the same shipment`),
    source: 'efaktura-b2c.md §4.2, §10.6 (S10)',
    evidence: 'C',
  }),
  mps({
    code: '209',
    service: 'submitter-service',
    operation: 'addInvoices',
    bench: { endpoint: SHIPMENTS, httpStatus: 409 },
    title: { nb: 'Forsendelses-ID er brukt før', en: 'Duplicate consignment id' },
    meaning: {
      nb: 'Innsenderen har brukt denne forsendelses-ID-en (consignmentId) før.',
      en: 'The submitter has used this consignment id before.',
    },
    causes: [
      {
        nb: 'En innsending er sendt på nytt med samme ID, eller ID-teller i systemet er nullstilt.',
        en: "A submission was resent with the same id, or the system's id counter was reset.",
      },
      {
        nb: 'Benken: en gjenbrukt shipmentId gir 3002 (Combo-API-koden); 209 kommer bare via triggeren.',
        en: 'Bench: a reused shipmentId gives 3002 (the Combo API code); 209 comes only through the trigger.',
      },
    ],
    remedy: {
      nb: 'Sjekk først om den første innsendingen kom fram (GET /mps/v1/shipments/{shipmentId}); send den ikke igjen i så fall. Ellers bruk en ny ID.',
      en: 'First check whether the first submission got through (GET /mps/v1/shipments/{shipmentId}); if so, do not send it again. Otherwise use a new id.',
    },
    trigger: invoiceNumberTrigger('209', SHIPMENTS),
    source: 'efaktura-b2c.md §4.2, §10.4 (S10)',
    evidence: 'C',
  }),
  // --- ATG / Kombo addShipment (§4.2, S15, S15b, S46) ---
  mps({
    code: '3002',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 409 },
    title: { nb: 'Forsendelses-ID finnes allerede', en: 'Shipment id already exists' },
    meaning: {
      nb: 'En forsendelse med samme shipmentId er mottatt før.',
      en: 'A shipment with the same shipmentId has been received before.',
    },
    causes: [
      {
        nb: 'Forsendelsen er sendt på nytt etter et tidsavbrudd, eller systemet lager ikke en ny UUID per forsendelse.',
        en: 'The shipment was resent after a time-out, or the system does not create a new UUID per shipment.',
      },
      {
        nb: 'Benken: to innsendinger med samme shipmentId.',
        en: 'Bench: two submissions with the same shipmentId.',
      },
    ],
    remedy: {
      nb: 'Lag en ny UUID for hver forsendelse. Ved nytt forsøk etter tidsavbrudd: sjekk GET /mps/v1/shipments/{shipmentId} først; finnes den, kom første forsøk fram.',
      en: 'Create a new UUID for every shipment. When retrying after a time-out, check GET /mps/v1/shipments/{shipmentId} first; if it exists, the first attempt got through.',
    },
    trigger: input(`${SHIPMENTS} twice with the same shipmentId`),
    source: 'efaktura-b2c.md §4.2, §10.4 (S15, S15b)',
    evidence: 'C',
  }),
  mps({
    code: '3003',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 409 },
    title: { nb: 'Transaksjons-ID finnes allerede', en: 'Transaction id already exists' },
    meaning: {
      nb: 'En transaksjon med samme transactionId er mottatt før.',
      en: 'A transaction with the same transactionId has been received before.',
    },
    causes: [
      {
        nb: 'En faktura er sendt på nytt med samme transactionId, eller to transaksjoner i forsendelsen deler ID.',
        en: 'An invoice was resent with the same transactionId, or two transactions in the shipment share an id.',
      },
      {
        nb: 'Benken: en transactionId som er brukt i denne eller en tidligere forsendelse.',
        en: 'Bench: a transactionId already used in this or an earlier shipment.',
      },
    ],
    remedy: {
      nb: 'Gi hver transaksjon en ny UUID. Sjekk GET /mps/v1/transactions/{transactionId} før du sender en faktura på nytt, så kunden ikke får den to ganger.',
      en: 'Give every transaction a new UUID. Check GET /mps/v1/transactions/{transactionId} before resending an invoice, so the customer does not get it twice.',
    },
    trigger: input(`${SHIPMENTS} with a transactionId already used in this or an earlier shipment`),
    source: 'efaktura-b2c.md §4.2, §10.4 (S15, S15b)',
    evidence: 'C',
  }),
  mps({
    code: '3010',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'AvtaleGiro-informasjon mangler', en: 'AvtaleGiro information missing' },
    meaning: {
      nb: 'En transaksjon som skal gå som AvtaleGiro, mangler AvtaleGiro-delen.',
      en: 'A transaction meant to go as AvtaleGiro lacks its AvtaleGiro part.',
    },
    causes: [
      {
        nb: 'paymentType AVTALEGIRO eller EFAKTURA_AND_AVTALEGIRO uten AvtaleGiro-opplysningene.',
        en: 'paymentType AVTALEGIRO or EFAKTURA_AND_AVTALEGIRO without the AvtaleGiro details.',
      },
    ],
    remedy: {
      nb: 'Fyll ut AvtaleGiro-delen av transaksjonen, eller send den som EFAKTURA hvis kunden ikke har AvtaleGiro.',
      en: 'Fill in the AvtaleGiro part of the transaction, or send it as EFAKTURA if the customer has no AvtaleGiro.',
    },
    trigger: invoiceNumberTrigger('3010', SHIPMENTS),
    source: 'efaktura-b2c.md §4.2 (S15, S15b)',
    evidence: 'C',
  }),
  mps({
    code: '3011',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'eFaktura-informasjon mangler', en: 'eFaktura information missing' },
    meaning: {
      nb: 'En transaksjon som skal gå som eFaktura, mangler eFaktura-delen.',
      en: 'A transaction meant to go as eFaktura lacks its eFaktura part.',
    },
    causes: [
      {
        nb: 'paymentType EFAKTURA eller EFAKTURA_AND_AVTALEGIRO uten eFaktura-opplysningene (for eksempel utstedernavn eller forfallsdato).',
        en: 'paymentType EFAKTURA or EFAKTURA_AND_AVTALEGIRO without the eFaktura details (for example issuer name or due date).',
      },
    ],
    remedy: {
      nb: 'Fyll ut eFaktura-delen (fakturanummer, utstedernavn, forfallsdato, beløp), eller send som AVTALEGIRO alene.',
      en: 'Fill in the eFaktura part (invoice number, issuer name, due date, amount), or send as AVTALEGIRO only.',
    },
    trigger: invoiceNumberTrigger('3011', SHIPMENTS),
    source: 'efaktura-b2c.md §4.2 (S15, S15b)',
    evidence: 'C',
  }),
  mps({
    code: '3020',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'KID mangler for AvtaleGiro', en: 'KID missing for an AvtaleGiro transaction' },
    meaning: {
      nb: 'En AvtaleGiro-transaksjon har ingen KID.',
      en: 'An AvtaleGiro transaction has no KID.',
    },
    causes: [
      {
        nb: 'AvtaleGiro-trekk krever alltid KID, men feltet er tomt.',
        en: 'An AvtaleGiro claim always needs a KID, but the field is empty.',
      },
      {
        nb: 'Benken: paymentType AVTALEGIRO eller EFAKTURA_AND_AVTALEGIRO uten kid.',
        en: 'Bench: paymentType AVTALEGIRO or EFAKTURA_AND_AVTALEGIRO without kid.',
      },
    ],
    remedy: {
      nb: 'Legg KID-en fra kundens AvtaleGiro-avtale på transaksjonen, og kontroller den med `efaktura-bench numbers check kid <KID>`.',
      en: "Put the KID of the customer's AvtaleGiro mandate on the transaction, and check it with `efaktura-bench numbers check kid <KID>`.",
    },
    trigger: input(`${SHIPMENTS} with a transaction of paymentType EFAKTURA_AND_AVTALEGIRO and no kid`),
    source: 'efaktura-b2c.md §4.2 (S15, S15b)',
    evidence: 'C',
  }),
  mps({
    code: '3021',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'AvtaleGiro krever dokumenttypen INVOICE', en: 'AvtaleGiro transaction is not an INVOICE' },
    meaning: {
      nb: 'En AvtaleGiro-transaksjon har en annen dokumenttype enn INVOICE.',
      en: 'An AvtaleGiro transaction has a document type other than INVOICE.',
    },
    causes: [
      {
        nb: 'En purring, kreditnota eller et inkassovarsel er sendt som AvtaleGiro.',
        en: 'A reminder, credit note or collection notice was sent as AvtaleGiro.',
      },
      {
        nb: 'Benken: paymentType EFAKTURA_AND_AVTALEGIRO med documentType ulik INVOICE.',
        en: 'Bench: paymentType EFAKTURA_AND_AVTALEGIRO with a documentType other than INVOICE.',
      },
    ],
    remedy: {
      nb: 'Send purringer og andre dokumenttyper som EFAKTURA; bruk AvtaleGiro bare for fakturaer (INVOICE).',
      en: 'Send reminders and other document types as EFAKTURA; use AvtaleGiro only for invoices (INVOICE).',
    },
    trigger: input(
      `${SHIPMENTS} with a transaction of paymentType EFAKTURA_AND_AVTALEGIRO and documentType REMINDER`,
    ),
    source: 'efaktura-b2c.md §4.2 (S15, S15b)',
    evidence: 'C',
  }),
  mps({
    code: '3100',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'Dokumenttypen er ikke tatt i bruk', en: 'Document type not implemented' },
    meaning: {
      nb: 'Tjenesten tar ennå ikke imot denne dokumenttypen; i Combo-API-piloten var bare INVOICE tillatt.',
      en: 'The service does not take this document type yet; in the Combo API pilot only INVOICE was allowed.',
    },
    causes: [
      {
        nb: 'En kreditnota, purring eller annen dokumenttype sendt der bare INVOICE er åpnet.',
        en: 'A credit note, reminder or other document type sent where only INVOICE is enabled.',
      },
    ],
    remedy: {
      nb: 'Send bare fakturaer (INVOICE) via denne tjenesten, og andre dokumenter på e-post eller papir inntil de er støttet.',
      en: 'Send only invoices (INVOICE) through this service, and other documents by e-mail or paper until they are supported.',
    },
    trigger: invoiceNumberTrigger('3100', SHIPMENTS),
    source: 'efaktura-b2c.md §4.2 (S15, S46)',
    evidence: 'C',
  }),
  mps({
    code: '3101',
    service: 'ATG/Kombo (EfakturaAtgService addShipment)',
    operation: 'addShipment',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'AvtaleGiro-transaksjoner er ikke tillatt', en: 'AvtaleGiro transactions not allowed' },
    meaning: {
      nb: 'Tjenesten eller utstederen kan ikke sende AvtaleGiro-transaksjoner.',
      en: 'The service or issuer may not send AvtaleGiro transactions.',
    },
    causes: [
      {
        nb: 'Utstederen har ingen AvtaleGiro-avtale, eller tjenesten tar bare eFaktura.',
        en: 'The issuer has no AvtaleGiro agreement, or the service takes eFaktura only.',
      },
    ],
    remedy: {
      nb: 'Send transaksjonen som EFAKTURA, eller skaff utstederen en AvtaleGiro-avtale med banken først.',
      en: 'Send the transaction as EFAKTURA, or get the issuer an AvtaleGiro agreement with its bank first.',
    },
    trigger: invoiceNumberTrigger('3101', SHIPMENTS),
    source: 'efaktura-b2c.md §4.2 (S15, S15b)',
    evidence: 'C',
  }),
  // --- ERP service (§3, §4.2, S12, S13, S16) ---
  mps({
    code: '5002',
    service: 'ERP service (invoicing-erp v2/v4, Kombo ERP)',
    operation: 'addBrandAgreementRule / issuer operations',
    bench: { endpoint: SHIPMENTS, httpStatus: 404 },
    title: {
      nb: 'Utstederen finnes ikke eller mangler tilgang',
      en: 'Issuer does not exist or user not authorised',
    },
    meaning: {
      nb: 'Utstederen (organisasjonsnummeret) er ikke registrert, eller den som kaller, har ikke tilgang til den.',
      en: 'The issuer (organisation number) is not registered, or the caller has no access to it.',
    },
    causes: [
      {
        nb: 'Feil organisasjonsnummer, en utsteder som ikke er registrert eller bekreftet, eller nøkkelen til en annen utsteder.',
        en: "A wrong organisation number, an issuer that is not registered or confirmed, or another issuer's key.",
      },
      {
        nb: 'Benken: issuerOrgNumber som ikke er registrert, eller en utstedernøkkel for et annet organisasjonsnummer.',
        en: 'Bench: an issuerOrgNumber that is not registered, or an issuer key for another organisation number.',
      },
    ],
    remedy: {
      nb: 'Kontroller organisasjonsnummeret med `efaktura-bench numbers check orgnr <orgnr>`, registrer og bekreft utstederen (POST /mps/v1/issuers og /confirm), og bruk utstederens egen nøkkel.',
      en: "Check the organisation number with `efaktura-bench numbers check orgnr <orgnr>`, register and confirm the issuer (POST /mps/v1/issuers and /confirm), and use the issuer's own key.",
    },
    trigger: input(`${SHIPMENTS} with an issuerOrgNumber that is not a registered issuer`),
    source: 'efaktura-b2c.md §3, §4.2 (S12, S13, S16)',
    evidence: 'C',
  }),
  mps({
    code: '5006',
    service: 'ERP service (invoicing-erp v2/v4, Kombo ERP)',
    operation: 'addBrandAgreementRule / createIssuer',
    bench: { endpoint: ISSUERS, httpStatus: 400 },
    title: { nb: 'Ugyldig kontonummer for innbetaling', en: 'Invalid billing account number' },
    meaning: {
      nb: 'Kontonummeret innbetalingene skal til, er ikke 11 sifre med gyldig MOD11-kontrollsiffer.',
      en: 'The account number payments go to is not 11 digits with a valid MOD11 check digit.',
    },
    causes: [
      {
        nb: 'Skrivefeil, punktum eller mellomrom i kontonummeret, eller et IBAN i stedet for et norsk kontonummer.',
        en: 'A typo, dots or spaces in the account number, or an IBAN instead of a Norwegian account number.',
      },
      {
        nb: 'Benken: accountNumber som ikke er 11 sifre eller feiler MOD11.',
        en: 'Bench: an accountNumber that is not 11 digits or fails MOD11.',
      },
    ],
    remedy: {
      nb: 'Bruk utstederens 11-sifrede kontonummer (bare sifre) og kontroller det med `efaktura-bench numbers check account <kontonr>`.',
      en: "Use the issuer's 11-digit account number (digits only) and check it with `efaktura-bench numbers check account <bban>`.",
    },
    trigger: input(`${ISSUERS} with an accountNumber that fails the MOD11 check (e.g. 12345678902)`),
    source: 'efaktura-b2c.md §3, §4.2, §5 (S12, S13)',
    evidence: 'C',
  }),
  mps({
    code: '5007',
    service: 'ERP service (invoicing-erp v2/v4, Kombo ERP)',
    operation: 'addBrandAgreementRule',
    title: { nb: 'Ugyldig posisjon for kundereferansen', en: 'Invalid CustomerReferencePosition' },
    meaning: {
      nb: 'Posisjonen til kundereferansen i KID-en er ikke skrevet på formen KID[siffer-siffer].',
      en: 'The position of the customer reference inside the KID is not written as KID[digit-digit].',
    },
    causes: [
      {
        nb: 'Posisjonen er skrevet som «1-5» eller «KID[5]» i stedet for for eksempel «KID[1-5]».',
        en: 'The position is written as "1-5" or "KID[5]" instead of, for example, "KID[1-5]".',
      },
    ],
    remedy: {
      nb: 'Skriv posisjonen som KID[første-siste], for eksempel KID[1-5] når kundenummeret står i sifrene 1 til 5.',
      en: 'Write the position as KID[first-last], for example KID[1-5] when the customer number is digits 1 to 5.',
    },
    trigger: {
      kind: 'none',
      description: 'No v1 input: the bench has no brand-agreement-rule endpoint; listed for explanation only',
    },
    source: 'efaktura-b2c.md §3, §5 (S12, S13, S16)',
    evidence: 'C',
  }),
  mps({
    code: '5008',
    service: 'ERP service (invoicing-erp v2/v4, Kombo ERP)',
    operation: 'addBrandAgreementRule',
    title: { nb: 'Regelen finnes allerede', en: 'Brand agreement rule already exists' },
    meaning: {
      nb: 'Utstederen har allerede en regel for dette kontonummeret (eFaktura 1.0-referansen i KID-en).',
      en: 'The issuer already has a rule for this account number (the eFaktura 1.0 reference inside the KID).',
    },
    causes: [
      {
        nb: 'Regelen er sendt to ganger, eller skal endres uten at den gamle er slettet.',
        en: 'The rule was sent twice, or is being changed without deleting the old one.',
      },
    ],
    remedy: {
      nb: 'La regelen stå hvis den er riktig; skal den endres, slett den gamle først (deleteBrandAgreementRule).',
      en: 'Leave the rule if it is right; to change it, delete the old one first (deleteBrandAgreementRule).',
    },
    trigger: {
      kind: 'none',
      description: 'No v1 input: the bench has no brand-agreement-rule endpoint; listed for explanation only',
    },
    source: 'efaktura-b2c.md §3 (S12, S13, S16)',
    evidence: 'C',
  }),
  // --- nets-submitter, "Issuer via MPS" (§4.2, S14, S14b) ---
  mps({
    code: '5003',
    service: 'nets-submitter (Issuer via MPS)',
    operation: 'addInvoices',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'Mottaker mangler', en: 'Recipient missing' },
    meaning: {
      nb: 'Fakturaen er ikke adressert: en av eFaktura-identifikator, eFaktura-referanse eller fødselsnummer må være med.',
      en: 'The invoice is not addressed: one of eFaktura identifier, eFaktura reference or national ID is required.',
    },
    causes: [
      {
        nb: 'Kunden ble ikke funnet i eFaktura-registeret, men fakturaen ble likevel sendt som eFaktura.',
        en: 'The customer was not found in the eFaktura register, but the invoice was sent as eFaktura anyway.',
      },
      {
        nb: 'Benken: en transaksjon uten efakturaIdentifier, efakturaReference og nationalId.',
        en: 'Bench: a transaction with none of efakturaIdentifier, efakturaReference and nationalId.',
      },
    ],
    remedy: {
      nb: 'Adresser hver transaksjon med efakturaIdentifier fra POST /mps/v1/efaktura-identifiers/search (status FOUND) eller med fødselsnummer. Kunder som ikke er funnet, skal ha fakturaen på e-post eller papir.',
      en: 'Address every transaction with the efakturaIdentifier from POST /mps/v1/efaktura-identifiers/search (status FOUND) or with the national ID. Customers not found get the invoice by e-mail or paper.',
    },
    trigger: input(
      `${SHIPMENTS} with a transaction that has none of efakturaIdentifier, efakturaReference, nationalId`,
    ),
    source: 'efaktura-b2c.md §4.2, §10.4 (S14)',
    evidence: 'C',
  }),
  mps({
    code: '5009',
    service: 'nets-submitter (Issuer via MPS)',
    operation: 'addInvoices',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'Tjenesteleverandør må oppgis', en: 'Service provider id required' },
    meaning: {
      nb: 'Den som sender, må oppgi tjenesteleverandørens organisasjonsnummer.',
      en: "The sender must give the service provider's organisation number.",
    },
    causes: [
      {
        nb: 'En tjenesteleverandør sender på vegne av utstedere uten å oppgi seg selv.',
        en: 'A service provider submits on behalf of issuers without identifying itself.',
      },
    ],
    remedy: {
      nb: 'Oppgi tjenesteleverandørens 9-sifrede organisasjonsnummer i innsendingen.',
      en: "Include the service provider's 9-digit organisation number in the submission.",
    },
    trigger: invoiceNumberTrigger('5009', SHIPMENTS),
    source: 'efaktura-b2c.md §4.2 (S14, S14b)',
    evidence: 'C',
  }),
  mps({
    code: '5010',
    service: 'nets-submitter (Issuer via MPS)',
    operation: 'addInvoices',
    bench: { endpoint: SHIPMENTS, httpStatus: 400 },
    title: { nb: 'Tjenesteleverandør skal ikke oppgis', en: 'Service provider id not allowed' },
    meaning: {
      nb: 'Den som sender, har ikke lov til å oppgi en tjenesteleverandør.',
      en: 'The sender is not allowed to give a service provider.',
    },
    causes: [
      {
        nb: 'En utsteder som sender selv, har fylt ut tjenesteleverandør-feltet.',
        en: 'An issuer submitting for itself filled in the service provider field.',
      },
    ],
    remedy: {
      nb: 'Fjern tjenesteleverandør-ID-en fra innsendingen når utstederen sender selv.',
      en: 'Remove the service provider id from the submission when the issuer submits for itself.',
    },
    trigger: invoiceNumberTrigger('5010', SHIPMENTS),
    source: 'efaktura-b2c.md §4.2 (S14, S14b)',
    evidence: 'C',
  }),
  // --- Transaction-level cancel counterparts [I] ---
  // §4.2: cancelInvoice has codes "starting 20…" that are cut off; "invoice not found" and "already
  // cancelled" are likely by analogy. MPS's real numbers are not public, so these are bench codes
  // named after their consignment-level twins (201, 205) with a T for transaction.
  mps({
    code: '201T',
    service: 'submitter-service',
    operation: 'cancelInvoice',
    bench: { endpoint: CANCEL_TRANSACTION, httpStatus: 404 },
    title: { nb: 'Fant ikke transaksjonen', en: 'Transaction not found' },
    meaning: {
      nb: 'Transaksjonen (fakturaen) som skal kanselleres, finnes ikke. Benkens egen kode, etter mønster av 201.',
      en: "The transaction (invoice) to cancel does not exist. The bench's own code, modelled on 201.",
    },
    causes: [
      {
        nb: 'Feil transactionId, eller en transaksjon fra en annen utsteder.',
        en: 'A wrong transactionId, or a transaction from another issuer.',
      },
      {
        nb: 'Benken: kansellering av en transactionId benken aldri har fått.',
        en: 'Bench: cancelling a transactionId the bench never received.',
      },
    ],
    remedy: {
      nb: 'Bruk transactionId fra innsendingen; finn den via GET /mps/v1/shipments/{shipmentId}, og kanseller med nøkkelen til utstederen som sendte den.',
      en: 'Use the transactionId from the submission; find it through GET /mps/v1/shipments/{shipmentId}, and cancel with the key of the issuer that sent it.',
    },
    trigger: input(`${CANCEL_TRANSACTION} with a transactionId that was never submitted`),
    source: 'efaktura-b2c.md §4.2, §10.6 (S10; code number [I])',
    evidence: 'I',
  }),
  mps({
    code: '205T',
    service: 'submitter-service',
    operation: 'cancelInvoice',
    bench: { endpoint: CANCEL_TRANSACTION, httpStatus: 409 },
    title: { nb: 'Transaksjonen er allerede kansellert', en: 'Transaction already cancelled' },
    meaning: {
      nb: 'Transaksjonen er kansellert fra før. Benkens egen kode, etter mønster av 205.',
      en: "The transaction has already been cancelled. The bench's own code, modelled on 205.",
    },
    causes: [
      {
        nb: 'Kanselleringen er sendt to ganger, eller hele forsendelsen er kansellert før.',
        en: 'The cancellation was sent twice, or the whole shipment was cancelled before.',
      },
      {
        nb: 'Benken: samme transaksjon kansellert to ganger.',
        en: 'Bench: the same transaction cancelled twice.',
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre: transaksjonen er kansellert. Bekreft med GET /mps/v1/transactions/{transactionId}.',
      en: 'Nothing to do: the transaction is cancelled. Confirm with GET /mps/v1/transactions/{transactionId}.',
    },
    trigger: input(`${CANCEL_TRANSACTION} twice for the same transaction`),
    source: 'efaktura-b2c.md §4.2, §10.6 (S10; code number [I])',
    evidence: 'I',
  }),
];
