// The bench's own eFaktura codes (prefix EB-EF-): why MPS rejects a transaction when it processes
// a shipment, and why the JTTA register, MPS or the online bank refuse a request. The rules behind
// them come from efaktura-b2c.md (sections cited per entry); the codes themselves are ours, since
// MPS's asynchronous rejection reasons are not public (§4.2 [U], §10.5 [I]).
import type { CatalogueEntry, CodeAppearance, CodeTrigger, LocalisedText } from './types.ts';

const SHIPMENTS = 'POST /mps/v1/shipments';
const SHIPMENT_STATUS: CodeAppearance = {
  message: 'shipment transaction status (reason.code)',
  level: 'transaction',
  endpoint: 'GET /mps/v1/shipments/{shipmentId}, GET /mps/v1/transactions/{transactionId}',
};

interface Spec {
  code: string;
  title: LocalisedText;
  meaning: LocalisedText;
  causes: LocalisedText[];
  remedy: LocalisedText;
  source: string;
  evidence: 'C' | 'P' | 'I';
}

/** A transaction rejection reason: seen in the shipment status, forced by invoiceNumber TRIGGER-<CODE>. */
function rejection(spec: Spec & { input: string }): CatalogueEntry {
  const value = `TRIGGER-${spec.code}`;
  const trigger: CodeTrigger = {
    kind: 'efaktura-invoice-number',
    value,
    description: `${SHIPMENTS} with a transaction whose invoiceNumber is ${value}, then advance the clock past mps.processingDelayMinutes; real input: ${spec.input}`,
  };
  const { input: _input, ...rest } = spec;
  return { ...rest, family: 'bench', appearsIn: [SHIPMENT_STATUS], trigger };
}

/** A request refusal: answered as problem+json with this code. */
function refusal(spec: Spec & { httpStatus: number; endpoints: string[]; input: string }): CatalogueEntry {
  const { httpStatus, endpoints, input, ...rest } = spec;
  return {
    ...rest,
    family: 'bench',
    httpStatus,
    appearsIn: endpoints.map((endpoint) => ({ message: 'problem+json', level: 'request', endpoint })),
    trigger: { kind: 'input', description: input },
  };
}

const PERSON = 'PUT /jtta/v1/persons/{nationalId}';
const PERSON_PATHS = '/jtta/v1/persons/{nationalId}/… and /bank/v1/nettbank/{nationalId}/…';
const APPROVE = 'POST /bank/v1/nettbank/{nationalId}/efaktura/{transactionId}/approve';
const DELETE = 'POST /bank/v1/nettbank/{nationalId}/efaktura/{transactionId}/delete';

export const benchEfakturaCodes: CatalogueEntry[] = [
  // --- asynchronous transaction rejections (shipment processing) ---
  rejection({
    code: 'EB-EF-ISSUER-NOT-CONFIRMED',
    title: { nb: 'Utstederavtalen er ikke bekreftet', en: 'Issuer agreement not confirmed' },
    meaning: {
      nb: 'Utstederen har ingen bekreftet eFaktura-avtale da forsendelsen ble behandlet (PENDING eller DISABLED).',
      en: 'The issuer had no confirmed eFaktura agreement when the shipment was processed (PENDING or DISABLED).',
    },
    causes: [
      {
        nb: 'Avtalen er registrert, men ikke bekreftet av banken ennå.',
        en: 'The agreement is registered but not yet confirmed by the bank.',
      },
      { nb: 'Avtalen er sagt opp (DISABLED).', en: 'The agreement has been terminated (DISABLED).' },
    ],
    remedy: {
      nb: 'Vent til avtalen er bekreftet (POST /mps/v1/issuers/{orgNumber}/confirm i benken) og send fakturaene på nytt med nye transaksjons-ID-er.',
      en: 'Wait until the agreement is confirmed (POST /mps/v1/issuers/{orgNumber}/confirm in the bench) and resend the invoices with new transaction ids.',
    },
    input: 'a shipment from an issuer whose agreement is PENDING or DISABLED',
    source: 'efaktura-b2c.md §5 (S19, S54)',
    evidence: 'P',
  }),
  rejection({
    code: 'EB-EF-ISSUER-NAME-TOO-LONG',
    title: { nb: 'Utstedernavnet er for langt', en: 'Issuer name too long' },
    meaning: {
      nb: 'issuerName er lengre enn 40 tegn, som er det nettbanken viser.',
      en: 'issuerName is longer than the 40 characters the online bank shows.',
    },
    causes: [
      {
        nb: 'Fullt juridisk navn med avdeling eller adresse i navnefeltet.',
        en: 'The full legal name with a department or address in the name field.',
      },
    ],
    remedy: {
      nb: 'Bruk et kort visningsnavn på høyst 40 tegn (innstilling mps.maxIssuerNameLength i benken).',
      en: 'Use a short display name of at most 40 characters (setting mps.maxIssuerNameLength in the bench).',
    },
    input: 'a transaction whose issuerName has 41 characters',
    source: 'efaktura-b2c.md §4.3, §10.4 (S20)',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-ACCOUNT-NOT-ISSUERS',
    title: { nb: 'Kontoen tilhører ikke utstederen', en: "Account is not the issuer's" },
    meaning: {
      nb: 'Kontonummeret på transaksjonen er ikke kontoen i utstederens eFaktura-avtale.',
      en: "The transaction's account number is not the account in the issuer's eFaktura agreement.",
    },
    causes: [
      {
        nb: 'Feil konto valgt i fakturasystemet, eller en ny konto som ikke er meldt inn.',
        en: 'The wrong account chosen in the billing system, or a new account not registered.',
      },
      { nb: 'Kontonummeret feiler MOD11.', en: 'The account number fails MOD11.' },
    ],
    remedy: {
      nb: 'Bruk kontonummeret fra utstederavtalen (GET /mps/v1/issuers/{orgNumber}), eller oppdater avtalen først.',
      en: 'Use the account number from the issuer agreement (GET /mps/v1/issuers/{orgNumber}), or update the agreement first.',
    },
    input: "a transaction whose accountNumber differs from the issuer agreement's accountNumber",
    source: 'efaktura-b2c.md §4.3 (S20: KAR check), §10.5',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-KID-INVALID',
    title: { nb: 'Ugyldig KID for utstederen', en: "KID invalid for the issuer's set-up" },
    meaning: {
      nb: 'KID-en feiler kontrollsifferet eller har en lengde utstederens KID-oppsett ikke tillater.',
      en: "The KID fails its check digit or has a length the issuer's KID set-up does not allow.",
    },
    causes: [
      {
        nb: 'Feil algoritme (MOD10/MOD11) eller feil lengde i fakturasystemet.',
        en: 'The wrong algorithm (MOD10/MOD11) or length in the billing system.',
      },
      {
        nb: 'Skrivefeil eller et kundenummer brukt som KID.',
        en: 'A typo, or a customer number used as KID.',
      },
    ],
    remedy: {
      nb: 'Kontroller KID-en med `efaktura-bench numbers check kid <kid> --algorithm mod10 --length N` mot avtalens oppsett.',
      en: "Check the KID with `efaktura-bench numbers check kid <kid> --algorithm mod10 --length N` against the agreement's set-up.",
    },
    input: 'a transaction whose kid fails the MOD10/MOD11 check or the agreed lengths',
    source: 'efaktura-b2c.md §4.3, §5, §6.2 (S20, S38)',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-MIN-AMOUNT',
    title: { nb: 'Minstebeløpet er større enn beløpet', en: 'Minimum amount exceeds amount' },
    meaning: { nb: 'minAmount er større enn amount.', en: 'minAmount is greater than amount.' },
    causes: [
      {
        nb: 'Feltene er byttet om, eller minstebeløpet er i kroner og beløpet i øre.',
        en: 'The fields are swapped, or the minimum is in kroner and the amount in øre.',
      },
    ],
    remedy: {
      nb: 'Send begge beløp i øre, med minAmount ≤ amount.',
      en: 'Send both amounts in øre, with minAmount ≤ amount.',
    },
    input: 'a transaction with minAmount greater than amount',
    source: 'efaktura-b2c.md §4.3, §10.4 (S20)',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-DUE-DATE-TOO-EARLY',
    title: { nb: 'Forfallsdatoen er for tidlig', en: 'Due date too early' },
    meaning: {
      nb: 'Forfallsdatoen er mindre enn 3 dager fram i tid da forsendelsen ble behandlet.',
      en: 'The due date was less than 3 days ahead when the shipment was processed.',
    },
    causes: [
      {
        nb: 'Fakturaen ble sendt for sent, eller forfallsdatoen er i fortiden.',
        en: 'The invoice was sent too late, or the due date is in the past.',
      },
    ],
    remedy: {
      nb: 'Sett forfall minst 3 dager etter utsendelsen (innstilling mps.minDueDays), eller send fakturaen på e-post.',
      en: 'Set the due date at least 3 days after sending (setting mps.minDueDays), or send the invoice by e-mail.',
    },
    input: 'a transaction whose dueDate is less than mps.minDueDays days after the processing date',
    source: 'efaktura-b2c.md §4.3 (S20, S32, S33)',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-DUE-DATE-TOO-LATE',
    title: { nb: 'Forfallsdatoen er for langt fram', en: 'Due date too far ahead' },
    meaning: {
      nb: 'Forfallsdatoen er mer enn ett år fram i tid.',
      en: 'The due date is more than one year ahead.',
    },
    causes: [{ nb: 'Feil år i datoen.', en: 'The wrong year in the date.' }],
    remedy: {
      nb: 'Sett forfall innen ett år (innstilling mps.maxDueDays).',
      en: 'Set the due date within one year (setting mps.maxDueDays).',
    },
    input: 'a transaction whose dueDate is more than mps.maxDueDays days after the processing date',
    source: 'efaktura-b2c.md §4.3 (S20), §6.2',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-UNKNOWN-IDENTIFIER',
    title: { nb: 'Ukjent mottaker', en: 'Unknown recipient' },
    meaning: {
      nb: 'eFaktura-identifikatoren, 1.0-referansen eller fødselsnummeret peker ikke på noen i registeret.',
      en: 'The eFaktura identifier, 1.0 reference or national id points at no one in the register.',
    },
    causes: [
      {
        nb: 'En identifikator fra en annen tenant eller et gammelt søk.',
        en: 'An identifier from another tenant or an old search.',
      },
      {
        nb: 'En 1.0-referanse uten avtale hos denne utstederen, eller et fødselsnummer med feil kontrollsiffer.',
        en: 'A 1.0 reference with no agreement at this issuer, or a national id with a wrong check digit.',
      },
    ],
    remedy: {
      nb: 'Søk kunden opp på nytt (POST /mps/v1/efaktura-identifiers/search) og bruk identifikatoren fra svaret.',
      en: 'Search the customer again (POST /mps/v1/efaktura-identifiers/search) and use the identifier from the answer.',
    },
    input: 'a transaction addressed to an efakturaIdentifier the register never issued',
    source: 'efaktura-b2c.md §4.2 (5003), §10.4, §10.5',
    evidence: 'I',
  }),
  rejection({
    code: 'EB-EF-LEGACY-RETIRED',
    title: { nb: 'eFaktura 1.0-avtalen gjelder ikke lenger', en: 'eFaktura 1.0 agreement retired' },
    meaning: {
      nb: 'Fra 15. mai 2022 gjelder ikke 1.0-avtaler for personer uten «Ja takk til alle».',
      en: 'From 15 May 2022, 1.0 agreements no longer work for persons without "Ja takk til alle".',
    },
    causes: [
      {
        nb: 'Kunden hadde en gammel avtale, men har ikke sagt ja til eFaktura fra alle.',
        en: 'The customer had an old agreement but has not accepted eFaktura from all issuers.',
      },
    ],
    remedy: {
      nb: 'Send fakturaen på papir eller e-post, og søk kunden opp igjen senere (innstilling jtta.legacyAgreementsRetiredFrom).',
      en: 'Send the invoice on paper or by e-mail, and search the customer again later (setting jtta.legacyAgreementsRetiredFrom).',
    },
    input:
      'a transaction addressed by efakturaReference to a person without JTTA, processed on or after 2022-05-15',
    source: 'efaktura-b2c.md §2.2, §3 (S2, S5, S6, S7)',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-NO-JTTA',
    title: { nb: 'Mottakeren har ikke «Ja takk til alle»', en: 'Recipient has no JTTA consent' },
    meaning: {
      nb: 'Mottakeren har ikke (lenger) samtykket til eFaktura fra alle utstedere da forsendelsen ble behandlet.',
      en: 'The recipient had not (or no longer) consented to eFaktura from all issuers when the shipment was processed.',
    },
    causes: [
      {
        nb: 'Samtykket ble trukket tilbake mellom søket og utsendelsen.',
        en: 'The consent was withdrawn between the search and the send.',
      },
      {
        nb: 'Fakturaen er adressert med fødselsnummer til noen som ikke har samtykket.',
        en: 'The invoice is addressed by national id to someone who has not consented.',
      },
    ],
    remedy: {
      nb: 'Send fakturaen i en annen kanal, og fjern eFaktura-valget på kunden til neste søk finner den igjen.',
      en: 'Send the invoice by another channel, and drop eFaktura for the customer until the next search finds them again.',
    },
    input:
      'a transaction to a person whose JTTA consent is off at processing (DELETE /jtta/v1/persons/{nationalId}/consent)',
    source: 'efaktura-b2c.md §2.1, §2.4 (S3, S20: invoice-rejected-by-partner)',
    evidence: 'C',
  }),
  rejection({
    code: 'EB-EF-RESERVED',
    title: { nb: 'Mottakeren har reservert seg mot utstederen', en: 'Recipient reserved against the issuer' },
    meaning: {
      nb: 'Mottakeren har reservert seg mot eFaktura fra denne utstederen.',
      en: 'The recipient has reserved against eFaktura from this issuer.',
    },
    causes: [
      {
        nb: 'Reservasjonen kom etter søket; utstederen har ikke lest sperrelisten.',
        en: 'The reservation came after the search; the issuer has not read its blacklist.',
      },
    ],
    remedy: {
      nb: 'Send i en annen kanal, og les sperrelisten (GET /mps/v1/issuers/{orgNumber}/blacklist?since=) før hver utsendelse.',
      en: 'Send by another channel, and read the blacklist (GET /mps/v1/issuers/{orgNumber}/blacklist?since=) before every send.',
    },
    input:
      'a transaction to a person with a reservation against the issuer (PUT /jtta/v1/persons/{nationalId}/reservations/{orgNumber})',
    source: 'efaktura-b2c.md §2.1, §2.4 (S1, S4, S42)',
    evidence: 'C',
  }),
  // --- request refusals ---
  refusal({
    code: 'EB-EF-NATIONAL-ID-INVALID',
    httpStatus: 400,
    endpoints: [PERSON, PERSON_PATHS],
    title: { nb: 'Ugyldig fødselsnummer', en: 'Invalid national identity number' },
    meaning: {
      nb: 'Fødselsnummeret har feil lengde, ugyldig dato eller feil kontrollsiffer.',
      en: 'The national identity number has the wrong length, an impossible date or a wrong check digit.',
    },
    causes: [
      {
        nb: 'Skrivefeil, eller et tall som ikke er et fødselsnummer.',
        en: 'A typo, or a number that is not a national identity number.',
      },
    ],
    remedy: {
      nb: 'Kontroller nummeret med `efaktura-bench numbers check nationalid <nummer>`.',
      en: 'Check the number with `efaktura-bench numbers check nationalid <number>`.',
    },
    input: `${PERSON} with nationalId 12345678901`,
    source: 'efaktura-b2c.md §10.1; iso20022-norway.md §5.4',
    evidence: 'C',
  }),
  refusal({
    code: 'EB-EF-EMAIL-INVALID',
    httpStatus: 400,
    endpoints: [PERSON, 'POST /mps/v1/issuers'],
    title: { nb: 'Ugyldig e-postadresse', en: 'Invalid e-mail address' },
    meaning: {
      nb: 'E-postadressen har ikke formen navn@domene.tld.',
      en: 'The e-mail address is not of the form name@domain.tld.',
    },
    causes: [
      {
        nb: 'Manglende @ eller domene, eller mellomrom i adressen.',
        en: 'A missing @ or domain, or spaces in the address.',
      },
    ],
    remedy: { nb: 'Rett adressen og send på nytt.', en: 'Correct the address and send again.' },
    input: `${PERSON} with emails ["ola.nordmann"]`,
    source: 'efaktura-b2c.md §10.1 [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-MOBILE-INVALID',
    httpStatus: 400,
    endpoints: [PERSON],
    title: { nb: 'Ugyldig mobilnummer', en: 'Invalid mobile number' },
    meaning: {
      nb: 'Mobilnummeret kan ikke normaliseres til E.164 (+47XXXXXXXX eller +landkode).',
      en: 'The mobile number cannot be normalised to E.164 (+47XXXXXXXX or +country code).',
    },
    causes: [{ nb: 'Bokstaver, for få eller for mange sifre.', en: 'Letters, too few or too many digits.' }],
    remedy: {
      nb: 'Bruk +47XXXXXXXX, 0047…, 47XXXXXXXX eller 8 sifre.',
      en: 'Use +47XXXXXXXX, 0047…, 47XXXXXXXX or 8 digits.',
    },
    input: `${PERSON} with mobiles ["12345"]`,
    source: 'efaktura-b2c.md §10.1 (S18, S20)',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-ORG-NUMBER-INVALID',
    httpStatus: 400,
    endpoints: ['POST /mps/v1/issuers', 'PUT /jtta/v1/persons/{nationalId}/reservations/{issuerOrgNumber}'],
    title: { nb: 'Ugyldig organisasjonsnummer', en: 'Invalid organisation number' },
    meaning: {
      nb: 'Organisasjonsnummeret er ikke 9 sifre med gyldig MOD11-kontrollsiffer.',
      en: 'The organisation number is not 9 digits with a valid MOD11 check digit.',
    },
    causes: [
      {
        nb: 'Skrivefeil, eller «NO» / «MVA» med i nummeret.',
        en: 'A typo, or "NO" / "MVA" included in the number.',
      },
    ],
    remedy: {
      nb: 'Kontroller nummeret med `efaktura-bench numbers check orgnr <nummer>`.',
      en: 'Check the number with `efaktura-bench numbers check orgnr <number>`.',
    },
    input: 'POST /mps/v1/issuers with orgNumber 123456789',
    source: 'efaktura-b2c.md §5 [I]; iso20022-norway.md §5.3',
    evidence: 'P',
  }),
  refusal({
    code: 'EB-EF-LEGACY-CLOSED',
    httpStatus: 409,
    endpoints: ['PUT /jtta/v1/persons/{nationalId}/legacy-agreements/{issuerOrgNumber}'],
    title: { nb: 'Nye eFaktura 1.0-avtaler er stengt', en: 'New eFaktura 1.0 agreements closed' },
    meaning: {
      nb: 'Fra 1. desember 2021 kan det ikke lages nye eFaktura 1.0-avtaler (eFaktura-referanse per utsteder).',
      en: 'From 1 December 2021 no new eFaktura 1.0 agreements (per-issuer eFaktura reference) can be made.',
    },
    causes: [
      {
        nb: 'Den virtuelle datoen er 1.12.2021 eller senere.',
        en: 'The virtual date is 1 Dec 2021 or later.',
      },
    ],
    remedy: {
      nb: 'Gi personen «Ja takk til alle» (PUT …/consent) i stedet, eller sett klokken tilbake (innstilling jtta.legacyAgreementsClosedFrom).',
      en: 'Give the person "Ja takk til alle" (PUT …/consent) instead, or set the clock back (setting jtta.legacyAgreementsClosedFrom).',
    },
    input:
      'PUT /jtta/v1/persons/{nationalId}/legacy-agreements/{orgNumber} with the clock at 2021-12-01 or later',
    source: 'efaktura-b2c.md §2.2, §3 (S2, S6, S7)',
    evidence: 'C',
  }),
  refusal({
    code: 'EB-EF-LEGACY-REFERENCE-TAKEN',
    httpStatus: 409,
    endpoints: ['PUT /jtta/v1/persons/{nationalId}/legacy-agreements/{issuerOrgNumber}'],
    title: { nb: 'eFaktura-referansen er i bruk', en: 'eFaktura reference already in use' },
    meaning: {
      nb: 'Utstederen har allerede en 1.0-avtale med denne referansen for en annen person.',
      en: 'The issuer already has a 1.0 agreement with this reference for another person.',
    },
    causes: [
      {
        nb: 'Kundenummeret er skrevet feil, eller gjenbrukt.',
        en: 'The customer number was mistyped, or reused.',
      },
    ],
    remedy: {
      nb: 'Bruk kundenummeret fra fakturaen til akkurat denne personen.',
      en: "Use the customer number from this very person's invoice.",
    },
    input: 'two persons given the same efakturaReference for one issuer',
    source: 'efaktura-b2c.md §3 (S24) [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-LEGACY-REFERENCE-INVALID',
    httpStatus: 400,
    endpoints: ['PUT /jtta/v1/persons/{nationalId}/legacy-agreements/{issuerOrgNumber}'],
    title: { nb: 'Ugyldig eFaktura-referanse', en: 'Invalid eFaktura reference' },
    meaning: { nb: 'En eFaktura-referanse har 2–50 tegn.', en: 'An eFaktura reference has 2–50 characters.' },
    causes: [
      {
        nb: 'Tom, ett tegn, eller en hel KID med tekst.',
        en: 'Empty, one character, or a whole KID with text.',
      },
    ],
    remedy: { nb: 'Bruk kundenummeret (2–50 tegn).', en: 'Use the customer number (2–50 characters).' },
    input: 'PUT /jtta/v1/persons/{nationalId}/legacy-agreements/{orgNumber} with efakturaReference "7"',
    source: 'efaktura-b2c.md §3 (S17)',
    evidence: 'C',
  }),
  refusal({
    code: 'EB-EF-DUPLICATE-ISSUER',
    httpStatus: 409,
    endpoints: ['POST /mps/v1/issuers'],
    title: { nb: 'Utstederen har allerede en avtale', en: 'Issuer already has an agreement' },
    meaning: {
      nb: 'Organisasjonsnummeret har allerede en eFaktura-utstederavtale (PENDING eller CONFIRMED); én avtale dekker alle banker.',
      en: 'The organisation number already has an eFaktura issuer agreement (PENDING or CONFIRMED); one agreement covers all banks.',
    },
    causes: [
      {
        nb: 'Avtalen ble registrert to ganger, eller ligger hos en annen tjenesteleverandør.',
        en: 'The agreement was registered twice, or sits with another service provider.',
      },
    ],
    remedy: {
      nb: 'Hent den eksisterende avtalen (GET /mps/v1/issuers/{orgNumber}); for å flytte den må den gamle sies opp først.',
      en: 'Fetch the existing agreement (GET /mps/v1/issuers/{orgNumber}); to move it, the old one must be terminated first.',
    },
    input: 'POST /mps/v1/issuers twice with the same orgNumber',
    source: 'efaktura-b2c.md §5 (S19, S55)',
    evidence: 'C',
  }),
  refusal({
    code: 'EB-EF-KID-SETUP-INVALID',
    httpStatus: 400,
    endpoints: ['POST /mps/v1/issuers'],
    title: { nb: 'Ugyldig KID-oppsett', en: 'Invalid KID set-up' },
    meaning: {
      nb: 'KID-oppsettet må ha algoritme MOD10 eller MOD11 og 1–3 ulike lengder mellom 2 og 25.',
      en: 'The KID set-up needs algorithm MOD10 or MOD11 and 1–3 distinct lengths between 2 and 25.',
    },
    causes: [
      {
        nb: 'Ingen lengder, lengde over 25, eller samme lengde to ganger.',
        en: 'No lengths, a length over 25, or the same length twice.',
      },
    ],
    remedy: {
      nb: 'Oppgi KID-oppsettet som i OCR-avtalen med banken, f.eks. { algorithm: "MOD10", lengths: [15] }.',
      en: 'Give the KID set-up as in the OCR agreement with the bank, e.g. { algorithm: "MOD10", lengths: [15] }.',
    },
    input: 'POST /mps/v1/issuers with kid { algorithm: "MOD10", lengths: [30] }',
    source: 'efaktura-b2c.md §3, §5 (S38, S45, S54) — 5007 covers a KID reference position, not lengths',
    evidence: 'P',
  }),
  refusal({
    code: 'EB-EF-ISSUER-STATE',
    httpStatus: 409,
    endpoints: [
      'POST /mps/v1/issuers/{orgNumber}/confirm',
      'DELETE /mps/v1/issuers/{orgNumber}',
      'POST /mps/v1/efaktura-identifiers/search',
    ],
    title: { nb: 'Ikke tillatt i avtalens tilstand', en: 'Not allowed in the agreement state' },
    meaning: {
      nb: 'Handlingen passer ikke til avtalens tilstand: en PENDING-avtale kan ikke sies opp, en DISABLED-avtale kan ikke bekreftes eller søke.',
      en: 'The action does not fit the agreement state: a PENDING agreement cannot be disabled, a DISABLED one cannot be confirmed or search.',
    },
    causes: [
      {
        nb: 'Oppsigelse før bekreftelse, eller bruk av en avtale som er sagt opp.',
        en: 'Disabling before confirmation, or using a terminated agreement.',
      },
    ],
    remedy: {
      nb: 'Sjekk tilstanden med GET /mps/v1/issuers/{orgNumber}; en oppsagt avtale registreres på nytt med POST /mps/v1/issuers.',
      en: 'Check the state with GET /mps/v1/issuers/{orgNumber}; a terminated agreement is registered again with POST /mps/v1/issuers.',
    },
    input: 'DELETE /mps/v1/issuers/{orgNumber} on a PENDING agreement',
    source: 'efaktura-b2c.md §5 (S54: "Issuer state is PENDING")',
    evidence: 'P',
  }),
  refusal({
    code: 'EB-EF-SEARCH-TOO-MANY',
    httpStatus: 400,
    endpoints: ['POST /mps/v1/efaktura-identifiers/search'],
    title: { nb: 'For mange kunder i ett søk', en: 'Too many customers in one search' },
    meaning: { nb: 'Ett søk tar høyst 1000 kunder.', en: 'One search takes at most 1,000 customers.' },
    causes: [
      { nb: 'Hele kunderegisteret sendt i ett kall.', en: 'The whole customer register sent in one call.' },
    ],
    remedy: {
      nb: 'Del opp i kall på høyst 1000 kunder.',
      en: 'Split into calls of at most 1,000 customers.',
    },
    input: 'POST /mps/v1/efaktura-identifiers/search with 1,001 customers',
    source: 'efaktura-b2c.md §4.2 (1000 per shipment) [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-SHIPMENT-TOO-LARGE',
    httpStatus: 400,
    endpoints: [SHIPMENTS],
    title: { nb: 'For mange transaksjoner i forsendelsen', en: 'Too many transactions in the shipment' },
    meaning: {
      nb: 'En forsendelse har høyst 1000 transaksjoner.',
      en: 'A shipment has at most 1,000 transactions.',
    },
    causes: [
      {
        nb: 'Hele fakturakjøringen sendt som én forsendelse.',
        en: 'The whole billing run sent as one shipment.',
      },
    ],
    remedy: {
      nb: 'Del opp i forsendelser på høyst 1000 transaksjoner.',
      en: 'Split into shipments of at most 1,000 transactions.',
    },
    input: `${SHIPMENTS} with 1,001 transactions`,
    source: 'efaktura-b2c.md §4.2 (S15: max 1000 per shipment)',
    evidence: 'C',
  }),
  refusal({
    code: 'EB-EF-UNKNOWN-TRIGGER',
    httpStatus: 400,
    endpoints: [SHIPMENTS],
    title: { nb: 'Ukjent trigger', en: 'Unknown trigger' },
    meaning: {
      nb: 'invoiceNumber begynner med TRIGGER-, men koden etter er ingen eFaktura-kode benken kan fremkalle.',
      en: 'invoiceNumber starts with TRIGGER-, but the code after it is no eFaktura code the bench can force.',
    },
    causes: [
      {
        nb: 'Skrivefeil i koden, eller en bankkode brukt i eFaktura.',
        en: 'A typo in the code, or a bank code used in eFaktura.',
      },
    ],
    remedy: {
      nb: 'Se kodene og triggerne med `efaktura-bench codes list --family bench` og `--family mps`.',
      en: 'See the codes and their triggers with `efaktura-bench codes list --family bench` and `--family mps`.',
    },
    input: `${SHIPMENTS} with invoiceNumber TRIGGER-NOPE`,
    source: 'ARCHITECTURE.md §6',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-NOT-CANCELLABLE',
    httpStatus: 409,
    endpoints: ['POST /mps/v1/transactions/{transactionId}/cancel'],
    title: { nb: 'Transaksjonen kan ikke kanselleres', en: 'Transaction cannot be cancelled' },
    meaning: {
      nb: 'Transaksjonen er avvist, betalt, slettet eller utløpt; bare transaksjoner som er i arbeid, levert eller godkjent kan kanselleres.',
      en: 'The transaction is rejected, paid, deleted or expired; only transactions in progress, delivered or approved can be cancelled.',
    },
    causes: [
      {
        nb: 'Kunden har allerede betalt eller slettet fakturaen.',
        en: 'The customer has already paid or deleted the invoice.',
      },
    ],
    remedy: {
      nb: 'Sjekk status med GET /mps/v1/transactions/{transactionId}; en betalt faktura krediteres med en kreditnota.',
      en: 'Check the status with GET /mps/v1/transactions/{transactionId}; a paid invoice is reversed with a credit note.',
    },
    input: 'POST /mps/v1/transactions/{transactionId}/cancel on a REJECTED transaction',
    source: 'efaktura-b2c.md §4.2, §10.6 [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-INVALID-STATE',
    httpStatus: 409,
    endpoints: [APPROVE, DELETE],
    title: {
      nb: 'eFakturaen har feil status for handlingen',
      en: 'eFaktura in the wrong status for the action',
    },
    meaning: {
      nb: 'Bare en levert eFaktura kan godkjennes, og bare en levert eller godkjent kan slettes.',
      en: 'Only a delivered eFaktura can be approved, and only a delivered or approved one deleted.',
    },
    causes: [
      {
        nb: 'Godkjent to ganger, eller fakturaen er betalt, kansellert eller utløpt.',
        en: 'Approved twice, or the invoice is paid, cancelled or expired.',
      },
    ],
    remedy: {
      nb: 'Les statusen i listen (GET /bank/v1/nettbank/{nationalId}/efaktura) før handlingen.',
      en: 'Read the status in the list (GET /bank/v1/nettbank/{nationalId}/efaktura) before acting.',
    },
    input: `${APPROVE} twice`,
    source: 'efaktura-b2c.md §8 (S20 state machine)',
    evidence: 'P',
  }),
  refusal({
    code: 'EB-EF-NOT-PAYABLE',
    httpStatus: 409,
    endpoints: [APPROVE],
    title: { nb: 'Ingenting å betale', en: 'Nothing to pay' },
    meaning: {
      nb: 'En kreditnota eller en eFaktura på 0 kroner kan ikke godkjennes for betaling.',
      en: 'A credit note or a zero eFaktura cannot be approved for payment.',
    },
    causes: [{ nb: 'Forsøk på å betale en kreditnota.', en: 'An attempt to pay a credit note.' }],
    remedy: {
      nb: 'Slett kreditnotaen fra listen når den er lest.',
      en: 'Delete the credit note from the list once read.',
    },
    input: `${APPROVE} on a CREDIT_NOTE`,
    source: 'efaktura-b2c.md §4.3, §8 [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-AMOUNT-OUT-OF-RANGE',
    httpStatus: 400,
    endpoints: [APPROVE],
    title: { nb: 'Beløpet er utenfor tillatt område', en: 'Amount out of range' },
    meaning: {
      nb: 'Beløpet som godkjennes, må være mellom minstebeløpet og fakturabeløpet.',
      en: 'The approved amount must be between the minimum amount and the invoice amount.',
    },
    causes: [
      {
        nb: 'Mindre enn minstebeløpet, eller mer enn fakturaen.',
        en: 'Less than the minimum amount, or more than the invoice.',
      },
    ],
    remedy: {
      nb: 'Godkjenn et beløp fra minAmount til amount (øre).',
      en: 'Approve an amount from minAmount to amount (øre).',
    },
    input: `${APPROVE} with amount below minAmount`,
    source: 'efaktura-b2c.md §8 (S58: minimumAmount) [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-NOT-ACCOUNT-OWNER',
    httpStatus: 403,
    endpoints: [APPROVE],
    title: { nb: 'Kontoen tilhører ikke personen', en: 'Account does not belong to the person' },
    meaning: {
      nb: 'Personen kan bare betale fra sine egne kontoer i banken.',
      en: 'The person can pay only from their own accounts in the bank.',
    },
    causes: [
      {
        nb: 'Feil kontonummer, eller kontoen til en annen person.',
        en: "A wrong account number, or another person's account.",
      },
    ],
    remedy: {
      nb: 'Velg en av personens kontoer (GET /bank/v1/accounts/{bban} viser eieren).',
      en: "Choose one of the person's accounts (GET /bank/v1/accounts/{bban} shows the owner).",
    },
    input: `${APPROVE} with a fromAccount owned by someone else`,
    source: 'efaktura-b2c.md §2.1 (S1: only the named recipient) [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-ACCOUNT-UNUSABLE',
    httpStatus: 409,
    endpoints: [APPROVE],
    title: { nb: 'Kontoen kan ikke brukes', en: 'Account cannot be used' },
    meaning: { nb: 'Kontoen er stengt eller sperret.', en: 'The account is closed or blocked.' },
    causes: [
      {
        nb: 'Kontoen er avsluttet eller sperret av banken.',
        en: 'The account was closed or blocked by the bank.',
      },
    ],
    remedy: { nb: 'Betal fra en åpen konto.', en: 'Pay from an open account.' },
    input: `${APPROVE} from a closed account (PUT /bank/v1/accounts/{bban} with status closed)`,
    source: 'iso20022-norway.md §3.4 (AC04/AC06 analogue) [I]',
    evidence: 'I',
  }),
  refusal({
    code: 'EB-EF-INVALID-QUERY',
    httpStatus: 400,
    endpoints: ['GET /mps/v1/issuers/{orgNumber}/blacklist?since=', 'GET /mps/v1/shipments?from=&to='],
    title: { nb: 'Ugyldig spørreparameter', en: 'Invalid query parameter' },
    meaning: {
      nb: 'since, from og to må være en dato (YYYY-MM-DD) eller et tidspunkt (ISO 8601).',
      en: 'since, from and to must be a date (YYYY-MM-DD) or a timestamp (ISO 8601).',
    },
    causes: [
      {
        nb: 'Norsk datoformat (31.12.2026) eller tekst.',
        en: 'A Norwegian date format (31.12.2026) or text.',
      },
    ],
    remedy: {
      nb: 'Bruk 2026-01-12 eller 2026-01-12T08:00:00+01:00.',
      en: 'Use 2026-01-12 or 2026-01-12T08:00:00+01:00.',
    },
    input: 'GET /mps/v1/issuers/{orgNumber}/blacklist?since=yesterday',
    source: 'ARCHITECTURE.md §4',
    evidence: 'I',
  }),
];
