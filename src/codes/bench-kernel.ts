import type { CatalogueEntry } from './types.ts';

// The bench's own codes for the platform: authentication, routing, bodies, faults.
const request = { message: 'problem+json', level: 'request' };
const source = 'ARCHITECTURE.md §3–§5 (bench behaviour, not a bank or MPS code)';

export const benchKernelCodes: CatalogueEntry[] = [
  {
    code: 'EB-UNAUTHORIZED',
    family: 'bench',
    httpStatus: 401,
    title: { nb: 'Mangler eller ukjent nøkkel', en: 'Missing or unknown key' },
    meaning: {
      nb: 'Forespørselen hadde ingen gyldig «Authorization: Bearer <nøkkel>»-header.',
      en: 'The request carried no valid "Authorization: Bearer <key>" header.',
    },
    causes: [
      { nb: 'Headeren mangler eller er feilstavet.', en: 'The header is missing or misspelt.' },
      {
        nb: 'Nøkkelen tilhører en tenant som er slettet, eller en part som forsvant ved /sim/v1/reset.',
        en: 'The key belongs to a deleted tenant, or to a party that went away with /sim/v1/reset.',
      },
    ],
    remedy: {
      nb: 'Bruk tenant-nøkkelen som «efaktura-bench start» skriver ut, eller nøkkelen som ble returnert da parten ble opprettet.',
      en: 'Use the tenant key printed by "efaktura-bench start", or the key returned when the party was created.',
    },
    appearsIn: [request],
    trigger: { kind: 'input', description: 'Any request without an Authorization header.' },
    source,
  },
  {
    code: 'EB-FORBIDDEN-PARTY',
    family: 'bench',
    httpStatus: 403,
    title: { nb: 'Nøkkelen har ikke tilgang', en: 'Key not allowed here' },
    meaning: {
      nb: 'Nøkkelen er gyldig, men tilhører en annen part (f.eks. en annen utsteder eller avtale).',
      en: 'The key is valid but belongs to another party (another issuer or bank agreement).',
    },
    causes: [
      {
        nb: 'En utsteders nøkkel brukt mot en annen utsteders data.',
        en: "An issuer's key used on another issuer's data.",
      },
      {
        nb: 'En partsnøkkel brukt på et oppsett-endepunkt som krever tenant-nøkkelen.',
        en: 'A party key used on a set-up endpoint that needs the tenant key.',
      },
    ],
    remedy: {
      nb: 'Bruk nøkkelen til parten som eier dataene, eller tenant-nøkkelen for oppsett.',
      en: 'Use the key of the party that owns the data, or the tenant key for set-up.',
    },
    appearsIn: [request],
    trigger: {
      kind: 'input',
      description: "GET /mps/v1/issuers/{another issuer}/blacklist with an issuer's key.",
    },
    source,
  },
  {
    code: 'EB-NOT-FOUND',
    family: 'bench',
    httpStatus: 404,
    title: { nb: 'Finnes ikke', en: 'Not found' },
    meaning: {
      nb: 'Ressursen finnes ikke i denne tenanten.',
      en: 'The resource does not exist in this tenant.',
    },
    causes: [
      {
        nb: 'Feil id, eller ressursen ble laget i en annen tenant.',
        en: 'A wrong id, or the resource was made in another tenant.',
      },
    ],
    remedy: { nb: 'Sjekk id-en og hvilken nøkkel som brukes.', en: 'Check the id and which key is used.' },
    appearsIn: [request],
    trigger: { kind: 'input', description: 'GET /bank/v1/accounts/12345678903 in an empty world.' },
    source,
  },
  {
    code: 'EB-ROUTE-NOT-FOUND',
    family: 'bench',
    httpStatus: 404,
    title: { nb: 'Ukjent endepunkt', en: 'Unknown endpoint' },
    meaning: { nb: 'Ingen endepunkt har denne stien.', en: 'No endpoint has this path.' },
    causes: [{ nb: 'Feil sti eller versjon (v1).', en: 'A wrong path or version (v1).' }],
    remedy: { nb: 'Se GET /openapi.json for alle stier.', en: 'See GET /openapi.json for every path.' },
    appearsIn: [request],
    trigger: { kind: 'input', description: 'GET /sim/v1/nothing-here' },
    source,
  },
  {
    code: 'EB-METHOD-NOT-ALLOWED',
    family: 'bench',
    httpStatus: 405,
    title: { nb: 'Metoden er ikke tillatt', en: 'Method not allowed' },
    meaning: {
      nb: 'Stien finnes, men ikke med denne HTTP-metoden.',
      en: 'The path exists, but not with this HTTP method.',
    },
    causes: [{ nb: 'F.eks. GET der POST kreves.', en: 'For example GET where POST is required.' }],
    remedy: { nb: 'Bruk en av metodene i «allowed».', en: 'Use one of the methods listed in "allowed".' },
    appearsIn: [request],
    trigger: { kind: 'input', description: 'DELETE /sim/v1/clock' },
    source,
  },
  {
    code: 'EB-INVALID-BODY',
    family: 'bench',
    httpStatus: 400,
    title: { nb: 'Ugyldig forespørsel', en: 'Invalid request body' },
    meaning: {
      nb: 'JSON-kroppen har felt som mangler, har feil type eller ugyldige verdier. «errors» nevner hvert felt.',
      en: 'The JSON body has missing fields, wrong types or invalid values; "errors" names each field.',
    },
    causes: [
      {
        nb: 'Beløp sendt som desimaltall i stedet for heltall i øre.',
        en: 'An amount sent as a decimal instead of integer øre.',
      },
      { nb: 'Datoer i annet format enn YYYY-MM-DD.', en: 'Dates in a format other than YYYY-MM-DD.' },
    ],
    remedy: { nb: 'Rett feltene som «errors» peker på.', en: 'Fix the fields that "errors" points at.' },
    appearsIn: [request],
    trigger: { kind: 'input', description: 'POST /sim/v1/clock/advance with {"days": "two"}' },
    source,
  },
  {
    code: 'EB-INVALID-JSON',
    family: 'bench',
    httpStatus: 400,
    title: { nb: 'Ikke gyldig JSON', en: 'Not valid JSON' },
    meaning: { nb: 'Kroppen kunne ikke leses som JSON.', en: 'The body could not be parsed as JSON.' },
    causes: [{ nb: 'Avkuttet eller feilkodet JSON.', en: 'Truncated or mis-encoded JSON.' }],
    remedy: { nb: 'Send gyldig UTF-8 JSON.', en: 'Send valid UTF-8 JSON.' },
    appearsIn: [request],
    trigger: { kind: 'input', description: 'POST /sim/v1/reset with the body "{"' },
    source,
  },
  {
    code: 'EB-UNSUPPORTED-MEDIA-TYPE',
    family: 'bench',
    httpStatus: 415,
    title: { nb: 'Feil innholdstype', en: 'Unsupported content type' },
    meaning: {
      nb: 'Content-Type passer ikke endepunktet (JSON-endepunkter vil ha application/json, ISO 20022-endepunkter application/xml).',
      en: 'The Content-Type does not fit the endpoint (JSON endpoints take application/json, ISO 20022 endpoints application/xml).',
    },
    causes: [{ nb: 'Headeren mangler eller er feil.', en: 'The header is missing or wrong.' }],
    remedy: { nb: 'Sett riktig Content-Type.', en: 'Set the right Content-Type.' },
    appearsIn: [request],
    trigger: {
      kind: 'input',
      description: 'POST /sim/v1/reset with Content-Type text/plain and a JSON body',
    },
    source,
  },
  {
    code: 'EB-PAYLOAD-TOO-LARGE',
    family: 'bench',
    httpStatus: 413,
    title: { nb: 'For stor forespørsel', en: 'Payload too large' },
    meaning: {
      nb: 'Kroppen er større enn grensen for endepunktet.',
      en: "The body is larger than the endpoint's limit.",
    },
    causes: [
      {
        nb: 'For mange transaksjoner i én fil eller forsendelse.',
        en: 'Too many transactions in one file or shipment.',
      },
    ],
    remedy: { nb: 'Del opp forsendelsen.', en: 'Split the submission.' },
    appearsIn: [request],
    trigger: { kind: 'input', description: 'A JSON body over 1 MiB to any /sim/v1 endpoint' },
    source,
  },
  {
    code: 'EB-FAULT-INJECTED',
    family: 'bench',
    title: { nb: 'Feil lagt inn med en feilregel', en: 'Fault injected by a fault rule' },
    meaning: {
      nb: 'Svaret kommer fra en feilregel satt med PUT /sim/v1/faults, ikke fra simulatoren.',
      en: 'The answer comes from a fault rule set with PUT /sim/v1/faults, not from the simulator.',
    },
    causes: [{ nb: 'En test har satt en feilregel.', en: 'A test set a fault rule.' }],
    remedy: {
      nb: 'Klienten skal prøve igjen med back-off; fjern regelen med DELETE /sim/v1/faults.',
      en: 'The client should retry with back-off; remove the rule with DELETE /sim/v1/faults.',
    },
    appearsIn: [request],
    trigger: {
      kind: 'input',
      description:
        'PUT /sim/v1/faults {"rules":[{"id":"x","match":{"path":"/mps/v1"},"action":{"status":503}}]}',
    },
    source,
  },
  {
    code: 'EB-INTERNAL',
    family: 'bench',
    httpStatus: 500,
    title: { nb: 'Feil i benken', en: 'Bench internal error' },
    meaning: {
      nb: 'Benken feilet på forespørselen. Dette er en feil i efaktura-bench, ikke i klienten.',
      en: 'The bench failed on the request. This is a bug in efaktura-bench, not in the client.',
    },
    causes: [{ nb: 'En feil i simulatoren.', en: 'A bug in the simulator.' }],
    remedy: {
      nb: 'Meld feilen med forespørselen (journalen har den).',
      en: 'Report it with the request (the journal has it).',
    },
    appearsIn: [request],
    trigger: { kind: 'none', description: 'No input should produce it; tests hunt for it.' },
    source,
  },
];
