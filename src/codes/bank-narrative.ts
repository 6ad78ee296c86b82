// Norwegian bank narrative texts: the free texts banks put in pain.002 StsRsnInf/AddtlInf, next to
// an ISO reason code (often NARR) — iso20022-norway.md §2.3, §2.4, §3.4, §6.
//
// The codes (NARR-<SLUG>) are ours: banks send only the text. `narrativeText` holds the exact wire
// text as seen in the sources, with <id>/<bban> placeholders; `renderNarrative` fills them in for
// the bank simulator and keeps the result within Max105Text, the type of AddtlInf (§3.1).
import type { CatalogueEntry, LocalisedText } from './types.ts';

export type NarrativeCode =
  | 'NARR-UGYLDIG-KID'
  | 'NARR-INGEN-KID-AVTALE'
  | 'NARR-KREDITOR-KONTO-UGYLDIG'
  | 'NARR-FEIL-MOTTAKERKONTO'
  | 'NARR-AG08-APPROVER'
  | 'NARR-AG08-NO-ROLE'
  | 'NARR-2-GODKJENNERE'
  | 'NARR-INITGPTY-NUMERIC'
  | 'NARR-INCORRECT-DIVISION'
  | 'NARR-APPROVAL-DATA-P001'
  | 'NARR-OCSP-FAILURE'
  | 'NARR-KSPS480E';

/** Placeholders a narrative template may hold: an approver/user id and an account number. */
export type NarrativePlaceholder = 'id' | 'bban';
export type NarrativeVars = Partial<Record<NarrativePlaceholder, string>>;

type NarrativeLevel = 'group' | 'payment' | 'transaction';

interface NarrativeSpec {
  /** Exact wire text; `<id>` and `<bban>` are placeholders. */
  text: string;
  /** The StsRsnInf/Rsn/Cd the text travels with. */
  reasonCode: string;
  /** Levels where it appears; the first is where the generic trigger acts. */
  levels: NarrativeLevel[];
  title: LocalisedText;
  meaning: LocalisedText;
  causes: LocalisedText[];
  remedy: LocalisedText;
  source: string;
  evidence: 'C' | 'P' | 'I';
}

const narrativeSpecs: Record<NarrativeCode, NarrativeSpec> = {
  // "Ugyldig KID-nummer": the KID is not one the payee issued or fits none of the account's KID
  // definitions (S43); the §3.5 example sends it with RR09.
  'NARR-UGYLDIG-KID': {
    text: 'Ugyldig KID-nummer',
    reasonCode: 'RR09',
    levels: ['transaction'],
    title: { nb: 'Ugyldig KID-nummer', en: 'Invalid KID number' },
    meaning: {
      nb: 'Banken godtar ikke KID-en: den er ikke utstedt av mottakeren, eller passer ikke noen av KID-definisjonene på mottakers konto (lengde, MOD10/MOD11).',
      en: "The bank does not accept the KID: the payee did not issue it, or it fits none of the KID definitions on the payee's account (length, MOD10/MOD11).",
    },
    causes: [
      {
        nb: 'Skrivefeil i KID-en, slik at kontrollsifferet ikke stemmer.',
        en: 'A typo in the KID, so the check digit does not match.',
      },
      {
        nb: 'KID-en har en annen lengde eller algoritme enn mottakers KID-avtale.',
        en: "The KID has another length or algorithm than the payee's KID agreement.",
      },
      {
        nb: 'Benken: KID-en feiler kontrollsifferet eller KID-avtalen på mottakerkontoen (med RR09).',
        en: "Bench: the KID fails its check digit or the creditor account's KID agreement (with RR09).",
      },
    ],
    remedy: {
      nb: 'Sjekk KID-en mot fakturaen og kontroller den med `efaktura-bench numbers check kid <KID>`. Spør leverandøren om riktig KID, eller betal uten KID med fakturanummeret som melding.',
      en: 'Check the KID against the invoice and verify it with `efaktura-bench numbers check kid <KID>`. Ask the supplier for the right KID, or pay without KID with the invoice number as the message.',
    },
    source: 'iso20022-norway.md §3.4, §5.1 (S43)',
    evidence: 'C',
  },
  'NARR-INGEN-KID-AVTALE': {
    text: 'Mottager har ikke KID-avtale',
    reasonCode: 'AC03',
    levels: ['transaction'],
    title: { nb: 'Mottager har ikke KID-avtale', en: 'The payee has no KID agreement' },
    meaning: {
      nb: 'Betalingen har KID, men mottakers konto er ikke satt opp for å ta imot KID-betalinger.',
      en: "The payment carries a KID, but the payee's account is not set up to receive KID payments.",
    },
    causes: [
      {
        nb: 'Leverandøren har gitt en konto uten KID-avtale, eller KID-en er brukt mot feil konto.',
        en: 'The supplier gave an account without a KID agreement, or the KID was used with the wrong account.',
      },
      {
        nb: 'Benken: KID sendt til en konto uten kid-agreement (med AC03).',
        en: 'Bench: a KID sent to an account without a kid-agreement (with AC03).',
      },
    ],
    remedy: {
      nb: 'Kontroller at kontonummeret er det som står på fakturaen sammen med KID-en. Er det riktig, betal uten KID og skriv fakturanummeret i meldingen.',
      en: 'Check that the account number is the one printed next to the KID on the invoice. If it is, pay without KID and put the invoice number in the message.',
    },
    source: 'iso20022-norway.md §2.3, §3.4 (S30)',
    evidence: 'C',
  },
  'NARR-KREDITOR-KONTO-UGYLDIG': {
    text: 'Kreditors kontonummer ugyldig eller mangler',
    reasonCode: 'AC03',
    levels: ['transaction'],
    title: {
      nb: 'Kreditors kontonummer ugyldig eller mangler',
      en: "The creditor's account number is invalid or missing",
    },
    meaning: {
      nb: 'Norsk tekst for AC03: mottakers kontonummer kan ikke brukes. Årsaken kan også være KID-en.',
      en: "Norwegian text for AC03: the creditor's account number cannot be used. The KID can also be the cause.",
    },
    causes: [
      {
        nb: 'Feil kontonummer eller IBAN til mottakeren, eller feil KID.',
        en: 'A wrong account number or IBAN for the creditor, or a wrong KID.',
      },
      {
        nb: 'Benken: CdtrAcct feiler MOD11-kontrollen (med AC03).',
        en: 'Bench: CdtrAcct fails the MOD11 check (with AC03).',
      },
    ],
    remedy: {
      nb: 'Sjekk kontonummeret med `efaktura-bench numbers check account <kontonr>` og KID-en med `numbers check kid <KID>` mot fakturaen, rett og send på nytt.',
      en: 'Check the account number with `efaktura-bench numbers check account <bban>` and the KID with `numbers check kid <KID>` against the invoice, correct them and resend.',
    },
    source: 'iso20022-norway.md §2.3, §3.4 (S29)',
    evidence: 'C',
  },
  'NARR-FEIL-MOTTAKERKONTO': {
    text: 'Feil i kontonummeret fra mottaker',
    reasonCode: 'AC03',
    levels: ['transaction'],
    title: { nb: 'Feil i kontonummeret fra mottaker', en: "Error in the payee's account number" },
    meaning: {
      nb: 'Norsk forklaring på AC03: kontonummeret mottakeren har oppgitt, er feil.',
      en: 'Norwegian explanation of AC03: the account number the payee gave is wrong.',
    },
    causes: [
      {
        nb: 'Feil kontonummer på fakturaen eller i leverandørregisteret.',
        en: 'A wrong account number on the invoice or in the supplier register.',
      },
    ],
    remedy: {
      nb: 'Be leverandøren bekrefte kontonummeret på en kjent kanal, rett leverandørregisteret og send på nytt.',
      en: 'Ask the supplier to confirm the account number through a known channel, correct the supplier register and resend.',
    },
    source: 'iso20022-norway.md §2.3 (S30)',
    evidence: 'C',
  },
  // AG08 texts from DNB and other banks as reported by ERPs (S30, S31); the approver rule is §6.3.
  'NARR-AG08-APPROVER': {
    text: 'Approver (<id>) do not have permission on debit account «<bban>»',
    reasonCode: 'AG08',
    levels: ['transaction', 'payment'],
    title: {
      nb: 'Godkjenneren har ikke rettighet på debetkontoen',
      en: 'Approver (<id>) do not have permission on debit account «<bban>»',
    },
    meaning: {
      nb: 'Brukeren som godkjente betalingen i økonomisystemet (regnskapsgodkjent betaling, RGB), har ikke rett til å godkjenne betalinger fra denne kontoen i nettbanken.',
      en: 'The user who approved the payment in the ERP (accounting-approved payment, RGB) has no right to approve payments from this account in the netbank.',
    },
    causes: [
      {
        nb: 'Godkjenneren i økonomisystemet er ikke satt opp med godkjenningsrett på kontoen i nettbanken.',
        en: 'The approver in the ERP is not set up with approval rights on the account in the netbank.',
      },
      {
        nb: 'Benken: en bruker i X-Approved-By som ikke har debetkontoen i sin kontoliste (med AG08).',
        en: 'Bench: a user in X-Approved-By who does not have the debit account in their account list (with AG08).',
      },
    ],
    remedy: {
      nb: 'Gi brukeren godkjenningsrett på kontoen i nettbanken, eller la en bruker som har den godkjenne betalingen i økonomisystemet.',
      en: 'Give the user approval rights on the account in the netbank, or have a user who holds them approve the payment in the ERP.',
    },
    source: 'iso20022-norway.md §3.4, §6.2–§6.3 (S30, S31)',
    evidence: 'C',
  },
  'NARR-AG08-NO-ROLE': {
    text: 'User with ID (<id>) does not have approve role for account Not authorized for accounts',
    reasonCode: 'AG08',
    levels: ['transaction', 'payment'],
    title: {
      nb: 'Brukeren har ikke godkjennerrolle',
      en: 'User with ID (<id>) does not have approve role for account Not authorized for accounts',
    },
    meaning: {
      nb: 'Brukeren som godkjente, har ikke rollen som godkjenner i bankens system, for noen konto.',
      en: "The approving user does not hold the approver role in the bank's system, for any account.",
    },
    causes: [
      {
        nb: 'Brukeren finnes i nettbanken, men uten godkjennerrolle, eller har aldri logget inn der med BankID.',
        en: 'The user exists in the netbank but without the approver role, or has never logged in there with BankID.',
      },
      {
        nb: 'Benken: en bruker i X-Approved-By som ikke finnes i avtalens brukerliste (med AG08).',
        en: "Bench: a user in X-Approved-By who is not in the agreement's user list (with AG08).",
      },
    ],
    remedy: {
      nb: 'Be nettbankadministratoren gi brukeren godkjennerrolle på kontoene, og la brukeren logge inn i nettbanken med BankID én gang før neste fil.',
      en: 'Ask the netbank administrator to give the user the approver role on the accounts, and have the user log in to the netbank with BankID once before the next file.',
    },
    source: 'iso20022-norway.md §3.4, §6.2 (S30, S31, S40)',
    evidence: 'C',
  },
  // §6.3 simulator rule: fewer ERP approvers than the bank requires. The situation is confirmed
  // (Visma "2+2", S33); the text itself is the notes' own wording, hence inferred.
  'NARR-2-GODKJENNERE': {
    text: '2 godkjennere kreves i bank',
    reasonCode: 'AG08',
    levels: ['transaction', 'payment'],
    title: { nb: '2 godkjennere kreves i bank', en: 'The bank requires 2 approvers' },
    meaning: {
      nb: 'Avtalen i banken krever to godkjennere, men betalingen er godkjent av bare én i økonomisystemet.',
      en: 'The bank agreement requires two approvers, but only one approved the payment in the ERP.',
    },
    causes: [
      {
        nb: 'Økonomisystemet er satt opp med én godkjenner, mens banken krever to.',
        en: 'The ERP is set up with one approver while the bank requires two.',
      },
      {
        nb: 'Benken: færre brukere i X-Approved-By enn avtalens requiredApprovals (med AG08).',
        en: "Bench: fewer users in X-Approved-By than the agreement's requiredApprovals (with AG08).",
      },
    ],
    remedy: {
      nb: 'Legg til en andre godkjenner i økonomisystemet som også har godkjenningsrett i banken, eller be banken gå ned til én godkjenner.',
      en: 'Add a second approver in the ERP who also holds approval rights at the bank, or ask the bank to require only one approver.',
    },
    source: 'iso20022-norway.md §6.1, §6.3 (S33; text [I])',
    evidence: 'I',
  },
  // DNB error texts seen by ERPs (S31, PowerOffice): §2.4.
  'NARR-INITGPTY-NUMERIC': {
    text: 'Initiating Party ID must be numeric',
    reasonCode: 'NARR',
    levels: ['group'],
    title: { nb: 'Initiating Party ID må være numerisk', en: 'Initiating Party ID must be numeric' },
    meaning: {
      nb: 'Kunde- eller divisjonsnummeret i filen (InitgPty/Id) inneholder andre tegn enn sifre. Hele filen avvises.',
      en: 'The customer or division number in the file (InitgPty/Id) contains characters other than digits. The whole file is rejected.',
    },
    causes: [
      {
        nb: 'Feil divisjonsnummer, mellomrom i kundenummeret, eller avtalen er satt opp som Telepay i stedet for ISO 20022 (XML).',
        en: 'A wrong division number, spaces in the customer number, or the agreement is set up as Telepay instead of ISO 20022 (XML).',
      },
      {
        nb: 'Benken: GrpHdr/InitgPty/Id/OrgId/Othr/Id er ikke bare sifre.',
        en: 'Bench: GrpHdr/InitgPty/Id/OrgId/Othr/Id is not all digits.',
      },
    ],
    remedy: {
      nb: 'Rett divisjons- eller kundenummeret i bankoppsettet i økonomisystemet (bare sifre, uten mellomrom), og sjekk med banken at avtalen gjelder ISO 20022-filer.',
      en: "Correct the division or customer number in the ERP's bank set-up (digits only, no spaces), and check with the bank that the agreement is for ISO 20022 files.",
    },
    source: 'iso20022-norway.md §2.4 (S31, S33)',
    evidence: 'C',
  },
  'NARR-INCORRECT-DIVISION': {
    text: 'Incorrect division in data approval file',
    reasonCode: 'NARR',
    levels: ['group'],
    title: { nb: 'Feil divisjon i godkjenningsdata', en: 'Incorrect division in data approval file' },
    meaning: {
      nb: 'Divisjonen i filen stemmer ikke med bankens avtale.',
      en: "The division in the file does not match the bank's agreement.",
    },
    causes: [
      {
        nb: 'Divisjonsnavn, divisjonsnummer eller avtale-ID i økonomisystemet er ikke det samme som i bankavtalen.',
        en: 'The division name, division number or agreement ID in the ERP differs from the bank agreement.',
      },
      {
        nb: 'Benken: InitgPty-ID er numerisk, men er ikke avtalens kunde- eller divisjonsnummer.',
        en: "Bench: the InitgPty ID is numeric but is not the agreement's customer or division number.",
      },
    ],
    remedy: {
      nb: 'Hent riktig divisjon og avtale-ID fra banken og legg dem inn nøyaktig slik i økonomisystemet.',
      en: 'Get the right division and agreement ID from the bank and enter them exactly so in the ERP.',
    },
    source: 'iso20022-norway.md §2.4 (S31)',
    evidence: 'C',
  },
  'NARR-APPROVAL-DATA-P001': {
    text: 'Approval Data does not contain reference of P001',
    reasonCode: 'NARR',
    levels: ['group'],
    title: {
      nb: 'Godkjenningsdata mangler referanse til P001',
      en: 'Approval Data does not contain reference of P001',
    },
    meaning: {
      nb: 'En feil i bankens godkjenningssystem (DNB ACP). Filen er ikke nødvendigvis avvist.',
      en: "A fault in the bank's approval system (DNB ACP). The file is not necessarily rejected.",
    },
    causes: [
      {
        nb: 'Godkjenningsdataene som følger filen, mangler referansen til betalingsfilen hos banken.',
        en: 'The approval data sent with the file lacks the reference to the payment file at the bank.',
      },
    ],
    remedy: {
      nb: 'Sjekk i nettbanken om betalingene likevel er mottatt før du sender noe på nytt, så de ikke betales to ganger; kontakt banken hvis de mangler.',
      en: 'Check in the netbank whether the payments were received anyway before resending anything, so they are not paid twice; contact the bank if they are missing.',
    },
    source: 'iso20022-norway.md §2.4 (S31)',
    evidence: 'C',
  },
  'NARR-OCSP-FAILURE': {
    text: 'Sign verification failed due to OCSP failure',
    reasonCode: 'NARR',
    levels: ['group'],
    title: {
      nb: 'Signaturkontroll feilet (OCSP)',
      en: 'Sign verification failed due to OCSP failure',
    },
    meaning: {
      nb: 'Banken kunne ikke kontrollere sertifikatet filen er signert med, fordi oppslaget mot sertifikatstatus (OCSP) feilet.',
      en: 'The bank could not validate the certificate the file was signed with, because the certificate status lookup (OCSP) failed.',
    },
    causes: [
      {
        nb: 'Midlertidig feil i sertifikatkontrollen, eller et utløpt eller tilbakekalt sertifikat.',
        en: 'A temporary fault in the certificate check, or an expired or revoked certificate.',
      },
    ],
    remedy: {
      nb: 'Send samme fil på nytt. Feiler det igjen, kontroller at signeringssertifikatet er gyldig, og kontakt banken.',
      en: 'Send the same file again. If it fails again, check that the signing certificate is valid, and contact the bank.',
    },
    source: 'iso20022-norway.md §2.4 (S31)',
    evidence: 'C',
  },
  // [NF]: the brief-supplied "KSPS480E" text appears in no reachable source (§3.4, §8.2). Illustrative only.
  'NARR-KSPS480E': {
    text: 'KSPS480E Kundeidentifikasjonen er ikke modulusriktig',
    reasonCode: 'RR09',
    levels: ['transaction'],
    title: {
      nb: 'KSPS480E Kundeidentifikasjonen er ikke modulusriktig (illustrasjon)',
      en: 'KSPS480E customer identification fails its modulus check (illustrative)',
    },
    meaning: {
      nb: 'Et eksempel på hvordan en stormaskinfeil med meldings-ID og norsk tekst kan se ut: KID-en har feil kontrollsiffer. Teksten er ikke bekreftet fra noen bank.',
      en: 'An example of how a mainframe error with a message id and Norwegian text may look: the KID has a wrong check digit. The text is not verified from any bank.',
    },
    causes: [
      {
        nb: 'KID-en (kundeidentifikasjonen) feiler MOD10- eller MOD11-kontrollen.',
        en: 'The KID (customer identification) fails the MOD10 or MOD11 check.',
      },
    ],
    remedy: {
      nb: 'Behandle som RR09: sjekk KID-en mot fakturaen med `efaktura-bench numbers check kid <KID>` og rett den.',
      en: 'Treat it as RR09: check the KID against the invoice with `efaktura-bench numbers check kid <KID>` and correct it.',
    },
    source: 'iso20022-norway.md §3.4, §8 item 2 ([NF]: illustrative, not a verified bank text)',
    evidence: 'I',
  },
};

const narrativeCodes = Object.keys(narrativeSpecs) as NarrativeCode[];

function mapNarratives<T>(pick: (spec: NarrativeSpec) => T): Readonly<Record<NarrativeCode, T>> {
  const result = {} as Record<NarrativeCode, T>;
  for (const code of narrativeCodes) result[code] = pick(narrativeSpecs[code]);
  return result;
}

/** The exact wire text of each narrative, with `<id>` / `<bban>` placeholders. */
export const narrativeText: Readonly<Record<NarrativeCode, string>> = mapNarratives((spec) => spec.text);

/** The StsRsnInf/Rsn/Cd a narrative travels with (NARR for texts that fit no ISO code). */
export const narrativeReasonCode: Readonly<Record<NarrativeCode, string>> = mapNarratives(
  (spec) => spec.reasonCode,
);

/** pain.002 StsRsnInf/AddtlInf is Max105Text (§3.1). */
export const ADDTL_INF_MAX_LENGTH = 105;

/** Thrown when the bench itself calls renderNarrative without a value the template needs. */
export class NarrativeTemplateError extends Error {
  override name = 'NarrativeTemplateError';
}

/**
 * The wire text of a narrative with its placeholders filled in, at most 105 characters (XML
 * characters, i.e. code points). A value that would make it longer is cut, ending in '…', so the
 * pain.002 stays schema-valid. Throws NarrativeTemplateError (a bench bug) when a placeholder the
 * template holds has no value.
 */
export function renderNarrative(code: NarrativeCode, vars: NarrativeVars = {}): string {
  const filled = narrativeText[code].replace(/<([a-z]+)>/g, (_match, name: string) => {
    const value = vars[name as NarrativePlaceholder];
    if (value === undefined) {
      throw new NarrativeTemplateError(
        `[efaktura-bench] bug: renderNarrative('${code}') needs a value for <${name}>; pass vars.${name}`,
      );
    }
    return value;
  });
  const chars = Array.from(filled);
  return chars.length <= ADDTL_INF_MAX_LENGTH
    ? filled
    : `${chars.slice(0, ADDTL_INF_MAX_LENGTH - 1).join('')}…`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Each template as a pattern: literal text, any value where a placeholder stands.
const narrativePatterns: readonly (readonly [NarrativeCode, RegExp])[] = narrativeCodes.map((code) => {
  const parts = narrativeText[code].split(/<[a-z]+>/).map(escapeRegExp);
  return [code, new RegExp(`^${parts.join('.+?')}$`, 'i')] as const;
});

/**
 * The narrative a pain.002 AddtlInf text came from, e.g. 'Ugyldig KID-nummer' → 'NARR-UGYLDIG-KID',
 * or a filled-in AG08 text → 'NARR-AG08-APPROVER'. Case and surrounding spaces are ignored.
 */
export function narrativeCodeOf(addtlInf: string): NarrativeCode | undefined {
  const text = addtlInf.trim();
  return narrativePatterns.find(([, pattern]) => pattern.test(text))?.[0];
}

function narrativeEntry(code: NarrativeCode): CatalogueEntry {
  const spec = narrativeSpecs[code];
  const [triggerLevel] = spec.levels;
  const value = `TRIGGER-${code}`;
  return {
    code,
    family: 'bank-narrative',
    title: spec.title,
    // The exact wire text is part of the meaning, so `explain` shows it in either language.
    meaning: {
      nb: `${spec.meaning.nb} Tekst i AddtlInf: "${spec.text}".`,
      en: `${spec.meaning.en} Text in AddtlInf: "${spec.text}".`,
    },
    causes: spec.causes,
    remedy: spec.remedy,
    appearsIn: spec.levels.map((level) => ({
      message: `pain.002 StsRsnInf/AddtlInf (with Rsn/Cd ${spec.reasonCode})`,
      level,
      endpoint: 'GET /bank/v1/status-reports/{id}',
    })),
    // ARCHITECTURE.md §6 generic triggers; the bank simulator writes renderNarrative(code, ...) to AddtlInf.
    trigger:
      triggerLevel === 'transaction'
        ? {
            kind: 'pain001-end-to-end-id',
            value,
            description: `pain.001 EndToEndId ${value} (transaction level)`,
          }
        : {
            kind: 'pain001-msg-id',
            value,
            description: `pain.001 MsgId ${value} (${triggerLevel ?? 'group'} level)`,
          },
    source: spec.source,
    evidence: spec.evidence,
  };
}

export const bankNarrativeCodes: CatalogueEntry[] = narrativeCodes.map(narrativeEntry);
