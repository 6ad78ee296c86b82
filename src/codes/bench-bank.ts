// The bank simulator's own codes (EB-BANK-…): problems with set-up requests and with uploads that
// are not a usable pain.001 at all. They travel as problem+json (ARCHITECTURE.md §4); everything a
// bank would say about a readable pain.001 travels in pain.002 with an ISO reason code instead.
import type { CatalogueEntry, LocalisedText } from './types.ts';

const source = 'ARCHITECTURE.md §5.4 (bench behaviour, not a bank code)';

interface BankCodeSpec {
  code: string;
  httpStatus: number;
  title: LocalisedText;
  meaning: LocalisedText;
  causes: LocalisedText[];
  remedy: LocalisedText;
  endpoint: string;
  trigger: string;
}

function bankCode(spec: BankCodeSpec): CatalogueEntry {
  return {
    code: spec.code,
    family: 'bench',
    httpStatus: spec.httpStatus,
    title: spec.title,
    meaning: spec.meaning,
    causes: spec.causes,
    remedy: spec.remedy,
    appearsIn: [{ message: 'problem+json', level: 'request', endpoint: spec.endpoint }],
    trigger: { kind: 'input', description: spec.trigger },
    source,
  };
}

const upload = 'POST /bank/v1/payment-files, POST /bank/v1/validate';

export const benchBankCodes: CatalogueEntry[] = [
  bankCode({
    code: 'EB-BANK-ACCOUNT-INVALID',
    httpStatus: 400,
    title: { nb: 'Ugyldig kontonummer', en: 'Invalid account number' },
    meaning: {
      nb: 'Kontonummeret i stien er ikke et gyldig norsk kontonummer (11 sifre med MOD11-kontrollsiffer).',
      en: 'The account number in the path is not a valid Norwegian account number (11 digits with a MOD11 check digit).',
    },
    causes: [
      {
        nb: 'Skrivefeil eller et kontonummer med feil kontrollsiffer.',
        en: 'A typo, or an account number with a wrong check digit.',
      },
    ],
    remedy: {
      nb: 'Kontroller nummeret med `efaktura-bench numbers check account <kontonr>`, eller lag et gyldig med `numbers generate account`.',
      en: 'Check it with `efaktura-bench numbers check account <bban>`, or make a valid one with `numbers generate account`.',
    },
    endpoint: 'PUT /bank/v1/accounts/{bban}',
    trigger: 'PUT /bank/v1/accounts/12345678902',
  }),
  bankCode({
    code: 'EB-BANK-KID-AGREEMENT-INVALID',
    httpStatus: 400,
    title: { nb: 'Ugyldig KID-avtale', en: 'Invalid KID agreement' },
    meaning: {
      nb: 'En konto kan ha høyst 3 KID-definisjoner, hver med algoritme MOD10 eller MOD11 og sin egen lengde (2–25).',
      en: 'An account holds at most 3 KID definitions, each with algorithm MOD10 or MOD11 and its own length (2–25).',
    },
    causes: [
      { nb: 'Fire eller flere definisjoner.', en: 'Four or more definitions.' },
      {
        nb: 'To definisjoner med samme lengde, eller en lengde utenfor 2–25.',
        en: 'Two definitions with the same length, or a length outside 2–25.',
      },
    ],
    remedy: {
      nb: 'Send høyst 3 definisjoner med ulike lengder (iso20022-norway.md §5.1).',
      en: 'Send at most 3 definitions with different lengths (iso20022-norway.md §5.1).',
    },
    endpoint: 'PUT /bank/v1/accounts/{bban}/kid-agreement',
    trigger: 'PUT /bank/v1/accounts/{bban}/kid-agreement with four definitions',
  }),
  bankCode({
    code: 'EB-BANK-AGREEMENT-INVALID',
    httpStatus: 400,
    title: { nb: 'Ugyldig kundeavtale', en: 'Invalid customer agreement' },
    meaning: {
      nb: 'Kundeavtalen henger ikke sammen: kundenummeret er ikke sifre, eller en bruker har rettighet på en konto utenfor avtalen.',
      en: 'The customer agreement is inconsistent: the customer id is not digits, or a user holds authority on an account outside the agreement.',
    },
    causes: [
      { nb: 'Mellomrom eller bokstaver i kundenummeret.', en: 'Spaces or letters in the customer id.' },
      {
        nb: 'Brukerens kontoliste nevner en konto avtalen ikke har.',
        en: "A user's account list names an account the agreement does not have.",
      },
    ],
    remedy: {
      nb: 'Rett feltene «errors» peker på; kundenummeret er det InitgPty/Id i filene skal ha.',
      en: 'Fix the fields "errors" points at; the customer id is what InitgPty/Id in the files must carry.',
    },
    endpoint: 'PUT /bank/v1/agreements/{customerId}',
    trigger: 'PUT /bank/v1/agreements/ABC with a valid body',
  }),
  bankCode({
    code: 'EB-BANK-UNKNOWN-ACCOUNT',
    httpStatus: 400,
    title: { nb: 'Kontoen finnes ikke i banken', en: 'Account not held in the bank' },
    meaning: {
      nb: 'Kundeavtalen nevner en konto som den simulerte banken ikke har.',
      en: 'The customer agreement names an account the simulated bank does not hold.',
    },
    causes: [{ nb: 'Kontoen er ikke opprettet ennå.', en: 'The account has not been created yet.' }],
    remedy: {
      nb: 'Opprett kontoen først med PUT /bank/v1/accounts/{bban}.',
      en: 'Create the account first with PUT /bank/v1/accounts/{bban}.',
    },
    endpoint: 'PUT /bank/v1/agreements/{customerId}',
    trigger: 'PUT /bank/v1/agreements/{customerId} naming an account never created',
  }),
  bankCode({
    code: 'EB-BANK-AGREEMENT-REQUIRED',
    httpStatus: 400,
    title: { nb: 'Hvilken avtale?', en: 'Which agreement?' },
    meaning: {
      nb: 'Tenant-nøkkelen kan sende filer på vegne av en avtale, men må da si hvilken med headeren X-Agreement-Id.',
      en: 'The tenant key may send files on behalf of an agreement, but must name it with the X-Agreement-Id header.',
    },
    causes: [{ nb: 'Headeren X-Agreement-Id mangler.', en: 'The X-Agreement-Id header is missing.' }],
    remedy: {
      nb: 'Send med avtalens egen nøkkel, eller legg til «X-Agreement-Id: <kundenummer>».',
      en: 'Send with the agreement\'s own key, or add "X-Agreement-Id: <customerId>".',
    },
    endpoint: upload,
    trigger: 'POST /bank/v1/payment-files with the tenant key and no X-Agreement-Id',
  }),
  bankCode({
    code: 'EB-BANK-EMPTY-FILE',
    httpStatus: 400,
    title: { nb: 'Tom fil', en: 'Empty file' },
    meaning: { nb: 'Forespørselen hadde ingen betalingsfil.', en: 'The request carried no payment file.' },
    causes: [{ nb: 'Tom kropp, eller bare mellomrom.', en: 'An empty body, or only whitespace.' }],
    remedy: { nb: 'Send pain.001-filen som kroppen.', en: 'Send the pain.001 file as the body.' },
    endpoint: upload,
    trigger: 'POST /bank/v1/payment-files with an empty application/xml body',
  }),
  bankCode({
    code: 'EB-BANK-NOT-XML',
    httpStatus: 400,
    title: { nb: 'Ikke gyldig XML', en: 'Not well-formed XML' },
    meaning: {
      nb: 'Filen kan ikke leses som XML; «line» sier hvor parseren stoppet.',
      en: 'The file cannot be read as XML; "line" says where the parser stopped.',
    },
    causes: [
      {
        nb: 'Avkuttet fil, eller tegn som & og < uten escaping.',
        en: 'A truncated file, or characters such as & and < not escaped.',
      },
    ],
    remedy: {
      nb: 'Kontroller at filen er hel, og escape & < > i tekstfelt.',
      en: 'Check that the file is complete, and escape & < > in text fields.',
    },
    endpoint: upload,
    trigger: 'POST /bank/v1/payment-files with the body "<Document>"',
  }),
  bankCode({
    code: 'EB-BANK-DOCTYPE-FORBIDDEN',
    httpStatus: 400,
    title: { nb: 'DOCTYPE er ikke tillatt', en: 'DOCTYPE not allowed' },
    meaning: {
      nb: 'ISO 20022-filer skal ikke ha DTD eller entiteter; banken avviser filer med <!DOCTYPE> uten å lese dem.',
      en: 'ISO 20022 files carry no DTD or entities; the bank refuses files with <!DOCTYPE> without reading them.',
    },
    causes: [
      {
        nb: 'Et verktøy som legger til en DOCTYPE, eller et forsøk på XXE.',
        en: 'A tool that adds a DOCTYPE, or an XXE attempt.',
      },
    ],
    remedy: { nb: 'Fjern <!DOCTYPE …> fra filen.', en: 'Remove the <!DOCTYPE …> from the file.' },
    endpoint: upload,
    trigger: 'POST /bank/v1/payment-files with a file starting <!DOCTYPE Document>',
  }),
  bankCode({
    code: 'EB-BANK-ENCODING',
    httpStatus: 400,
    title: { nb: 'Feil tegnkoding', en: 'Encoding error' },
    meaning: {
      nb: 'Filen har bytes som ikke passer tegnkodingen den oppgir (ISO 20022-filer skal være UTF-8).',
      en: 'The file has bytes that do not fit its declared encoding (ISO 20022 files are UTF-8).',
    },
    causes: [{ nb: 'En Latin-1-fil merket som UTF-8 (æøå).', en: 'A Latin-1 file labelled UTF-8 (æøå).' }],
    remedy: { nb: 'Lagre filen som UTF-8.', en: 'Save the file as UTF-8.' },
    endpoint: upload,
    trigger: 'efaktura-bench validate on a file with Latin-1 bytes and encoding="UTF-8"',
  }),
  bankCode({
    code: 'EB-BANK-NOT-PAIN001',
    httpStatus: 400,
    title: { nb: 'Ikke en pain.001', en: 'Not a pain.001' },
    meaning: {
      nb: 'Banken tar imot pain.001.001.03 og pain.001.001.09; rotelementets navnerom er et annet.',
      en: "The bank takes pain.001.001.03 and pain.001.001.09; the root element's namespace is another.",
    },
    causes: [
      {
        nb: 'En camt- eller pain.002-fil sendt som betalingsfil.',
        en: 'A camt or pain.002 file sent as a payment file.',
      },
      {
        nb: 'Feil navnerom eller versjon (f.eks. pain.001.001.02).',
        en: 'A wrong namespace or version (e.g. pain.001.001.02).',
      },
    ],
    remedy: {
      nb: 'Send en pain.001.001.03 (norsk standard) eller .09.',
      en: 'Send a pain.001.001.03 (the Norwegian baseline) or .09.',
    },
    endpoint: upload,
    trigger: 'POST /bank/v1/payment-files with a camt.054 document',
  }),
  bankCode({
    code: 'EB-BANK-SCHEMAS-UNAVAILABLE',
    httpStatus: 503,
    title: { nb: 'Skjemaene mangler', en: 'Schemas unavailable' },
    meaning: {
      nb: 'Benken fant ikke ISO 20022-skjemaene (XSD) og kan ikke kontrollere filer.',
      en: 'The bench found no ISO 20022 schemas (XSD) and cannot check files.',
    },
    causes: [
      {
        nb: 'Verken --schemas, ./schemas/ eller ../shared/iso20022/xsd/ har dem.',
        en: 'Neither --schemas, ./schemas/ nor ../shared/iso20022/xsd/ holds them.',
      },
    ],
    remedy: {
      nb: 'Kjør `efaktura-bench schemas import DIR` eller start med --schemas DIR.',
      en: 'Run `efaktura-bench schemas import DIR` or start with --schemas DIR.',
    },
    endpoint: upload,
    trigger: 'Start the bench where no schema directory exists and upload a file',
  }),
  bankCode({
    code: 'EB-BANK-NOT-AWAITING-APPROVAL',
    httpStatus: 409,
    title: { nb: 'Ingenting å godkjenne', en: 'Nothing awaits approval' },
    meaning: {
      nb: 'Filen har ingen betalinger som venter på godkjenning i nettbanken.',
      en: 'The file has no payments waiting for approval in the netbank.',
    },
    causes: [
      {
        nb: 'Avtalen bruker RGB (godkjent i økonomisystemet), eller filen er alt godkjent eller avvist.',
        en: 'The agreement uses RGB (approved in the ERP), or the file is already approved or rejected.',
      },
    ],
    remedy: {
      nb: 'Se status med GET /bank/v1/payment-files/{fileId}.',
      en: 'See its status with GET /bank/v1/payment-files/{fileId}.',
    },
    endpoint: 'POST /bank/v1/payment-files/{fileId}/approvals',
    trigger: 'Approve a file of an agreement with rgb on',
  }),
  bankCode({
    code: 'EB-BANK-APPROVER-NOT-AUTHORISED',
    httpStatus: 403,
    title: { nb: 'Brukeren kan ikke godkjenne', en: 'User may not approve' },
    meaning: {
      nb: 'Brukeren har ikke godkjenningsrett på noen av debetkontoene som venter (iso20022-norway.md §6).',
      en: 'The user holds approval authority on none of the waiting debit accounts (iso20022-norway.md §6).',
    },
    causes: [
      {
        nb: 'Brukeren finnes ikke i avtalen, eller har ikke kontoen i sin kontoliste.',
        en: 'The user is not in the agreement, or does not have the account in their list.',
      },
    ],
    remedy: {
      nb: 'La en bruker med rett på kontoen godkjenne, eller gi brukeren rett med PUT /bank/v1/agreements/{customerId}.',
      en: 'Have a user with authority on the account approve, or grant it with PUT /bank/v1/agreements/{customerId}.',
    },
    endpoint: 'POST /bank/v1/payment-files/{fileId}/approvals',
    trigger: 'Approve with a userId that is not in the agreement',
  }),
  bankCode({
    code: 'EB-BANK-ACCOUNT-NOT-IN-AGREEMENT',
    httpStatus: 403,
    title: { nb: 'Kontoen hører ikke til avtalen', en: 'Account not in this agreement' },
    meaning: {
      nb: 'En avtalenøkkel ser bare avtalens egne kontoer.',
      en: "An agreement key sees only the agreement's own accounts.",
    },
    causes: [{ nb: 'Spørring på en annen kundes konto.', en: "A query for another customer's account." }],
    remedy: {
      nb: 'Bruk kontoene avtalen har, eller tenant-nøkkelen.',
      en: "Use the agreement's accounts, or the tenant key.",
    },
    endpoint: 'GET /bank/v1/notifications, GET /bank/v1/statements/{bban}/{date}',
    trigger: "GET /bank/v1/statements/{another customer's bban}/{date} with an agreement key",
  }),
  bankCode({
    code: 'EB-BANK-INVALID-DATE',
    httpStatus: 400,
    title: { nb: 'Ugyldig dato', en: 'Invalid date' },
    meaning: {
      nb: 'Datoen må være en ekte dato på formen YYYY-MM-DD.',
      en: 'The date must be a real date written YYYY-MM-DD.',
    },
    causes: [
      {
        nb: 'Annet format, eller en dato som ikke finnes (2026-02-30).',
        en: 'Another format, or a date that does not exist (2026-02-30).',
      },
    ],
    remedy: { nb: 'Skriv datoen som YYYY-MM-DD.', en: 'Write the date as YYYY-MM-DD.' },
    endpoint: 'GET /bank/v1/statements/{bban}/{date}',
    trigger: 'GET /bank/v1/statements/{bban}/15.01.2026',
  }),
  bankCode({
    code: 'EB-BANK-STATEMENT-NOT-AVAILABLE',
    httpStatus: 409,
    title: { nb: 'Kontoutskriften finnes ikke ennå', en: 'Statement not available yet' },
    meaning: {
      nb: 'Dagsutskrift (camt.053) finnes for dager til og med i dag (benkens virtuelle klokke).',
      en: "A day statement (camt.053) exists for days up to today (the bench's virtual clock).",
    },
    causes: [{ nb: 'En dato i fremtiden.', en: 'A date in the future.' }],
    remedy: {
      nb: 'Spør etter en tidligere dato, eller flytt klokken med POST /sim/v1/clock/advance.',
      en: 'Ask for an earlier date, or move the clock with POST /sim/v1/clock/advance.',
    },
    endpoint: 'GET /bank/v1/statements/{bban}/{date}',
    trigger: 'GET /bank/v1/statements/{bban}/2099-01-01',
  }),
];
