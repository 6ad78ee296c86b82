// pain.002 status reason codes (StsRsnInf/Rsn/Cd) — iso20022-norway.md §3.4.
//
// Meanings are paraphrased from the ISO ExternalStatusReason1Code set (S11). Evidence: 'C' where a
// Norwegian bank or ERP source shows the code in use (the notes' "Norwegian evidence" column), 'P'
// where only the ISO code set defines it and its Norwegian use is our generalisation. The causes
// starting "Bench:" follow the notes' "Simulator trigger" column, which is inferred [I]; the bank
// simulator wires them, and every code can also be forced with the generic trigger (ARCHITECTURE.md §6).
import type { CatalogueEntry, CodeTrigger, LocalisedText } from './types.ts';

type ReasonLevel = 'group' | 'payment' | 'transaction';

interface ReasonSpec {
  code: string;
  /** Levels where the code may appear; the first is where the generic trigger acts. */
  levels: ReasonLevel[];
  /** The status it travels with, when not RJCT. */
  withStatus?: string;
  title: LocalisedText;
  meaning: LocalisedText;
  causes: LocalisedText[];
  remedy: LocalisedText;
  /** Domain-notes sections besides §3.4, e.g. '§2.3'. */
  sections?: string;
  /** Norwegian source keys besides S11. */
  sourceKeys?: string;
  evidence: 'C' | 'P';
}

// ARCHITECTURE.md §6: EndToEndId TRIGGER-<CODE> forces a transaction-level code, MsgId TRIGGER-<CODE>
// a code that applies to the whole file or to every payment block in it.
function genericTrigger(code: string, level: ReasonLevel): CodeTrigger {
  const value = `TRIGGER-${code}`;
  return level === 'transaction'
    ? {
        kind: 'pain001-end-to-end-id',
        value,
        description: `pain.001 EndToEndId ${value} (transaction level)`,
      }
    : { kind: 'pain001-msg-id', value, description: `pain.001 MsgId ${value} (${level} level)` };
}

function reason(spec: ReasonSpec): CatalogueEntry {
  const [triggerLevel] = spec.levels;
  if (triggerLevel === undefined)
    throw new Error(`[efaktura-bench] bug: reason code ${spec.code} has no level`);
  const sections = spec.sections ? `§3.4, ${spec.sections}` : '§3.4';
  const keys = spec.sourceKeys ? `S11, ${spec.sourceKeys}` : 'S11';
  return {
    code: spec.code,
    family: 'iso-reason',
    title: spec.title,
    meaning: spec.meaning,
    causes: spec.causes,
    remedy: spec.remedy,
    appearsIn: spec.levels.map((level) => ({
      message: `pain.002 StsRsnInf/Rsn/Cd (with ${spec.withStatus ?? 'RJCT'})`,
      level,
      endpoint: 'GET /bank/v1/status-reports/{id}',
    })),
    trigger: genericTrigger(spec.code, triggerLevel),
    source: `iso20022-norway.md ${sections} (${keys}; simulator trigger [I])`,
    evidence: spec.evidence,
  };
}

const TX: ReasonLevel[] = ['transaction'];
const PAYMENT_TX: ReasonLevel[] = ['transaction', 'payment'];

export const isoReasonCodes: CatalogueEntry[] = [
  // --- Accounts (AC..) ---
  reason({
    code: 'AC01',
    levels: PAYMENT_TX,
    title: { nb: 'Kontonummeret er ugyldig eller mangler', en: 'Account number invalid or missing' },
    meaning: {
      nb: 'Et kontonummer i betalingen mangler, har feil format eller finnes ikke i banken.',
      en: 'An account number in the payment is missing, has the wrong format or does not exist at the bank.',
    },
    causes: [
      {
        nb: 'Skrivefeil i kontonummeret, slik at kontrollsifferet (MOD11) ikke stemmer.',
        en: 'A typo in the account number, so its check digit (MOD11) does not match.',
      },
      {
        nb: 'IBAN med feil kontrollsiffer, eller et kontonummer banken ikke kjenner.',
        en: 'An IBAN with wrong check digits, or an account number the bank does not know.',
      },
      {
        nb: 'Benken: et BBAN i filen feiler MOD11-kontrollen eller er ukjent.',
        en: 'Bench: a BBAN in the file fails the MOD11 check or is unknown.',
      },
    ],
    remedy: {
      nb: 'Sjekk kontonummeret siffer for siffer mot fakturaen eller leverandørregisteret, kontroller det med `efaktura-bench numbers check account <kontonr>` (eller `numbers check iban`), rett det og send betalingen på nytt.',
      en: 'Check the account number digit by digit against the invoice or the supplier register, verify it with `efaktura-bench numbers check account <bban>` (or `numbers check iban`), correct it and resend the payment.',
    },
    sections: '§2.3',
    sourceKeys: 'S30',
    evidence: 'C',
  }),
  reason({
    code: 'AC02',
    levels: PAYMENT_TX,
    title: {
      nb: 'Betalers kontonummer er ugyldig eller mangler',
      en: 'Debtor account number invalid or missing',
    },
    meaning: {
      nb: 'Kontoen det skal betales fra, er ugyldig, mangler eller hører ikke til avtalen.',
      en: 'The account to pay from is invalid, missing or not part of the agreement.',
    },
    causes: [
      {
        nb: 'Feil debetkonto i bankoppsettet i økonomisystemet.',
        en: "A wrong debit account in the ERP's bank set-up.",
      },
      {
        nb: 'Kontoen er ikke lagt inn i remitteringsavtalen med banken.',
        en: 'The account is not part of the remittance agreement with the bank.',
      },
      {
        nb: 'Benken: DbtrAcct er ikke blant avtalens kontoer.',
        en: "Bench: DbtrAcct is not one of the agreement's accounts.",
      },
    ],
    remedy: {
      nb: 'Kontroller at debetkontoen i økonomisystemet er selskapets egen konto og står på avtalen i banken; be banken legge den til om den mangler.',
      en: "Check that the debit account in the ERP is the company's own account and is listed on the bank agreement; ask the bank to add it if it is missing.",
    },
    sourceKeys: 'S30',
    evidence: 'C',
  }),
  reason({
    code: 'AC03',
    levels: TX,
    title: {
      nb: 'Mottakers kontonummer er ugyldig eller mangler',
      en: 'Creditor account number invalid or missing',
    },
    meaning: {
      nb: 'Kontoen det skal betales til, er ugyldig eller mangler. Norske banker bruker koden også når en KID sendes til en konto uten KID-avtale.',
      en: 'The account to pay to is invalid or missing. Norwegian banks also use it when a KID is sent to an account without a KID agreement.',
    },
    causes: [
      {
        nb: 'Feil i mottakers kontonummer eller IBAN.',
        en: "An error in the creditor's account number or IBAN.",
      },
      {
        nb: 'Betalingen har KID, men mottakers konto har ingen KID-avtale.',
        en: "The payment carries a KID, but the creditor's account has no KID agreement.",
      },
      {
        nb: 'Benken: CdtrAcct feiler MOD11-kontrollen, eller KID sendes til en konto uten KID-avtale.',
        en: 'Bench: CdtrAcct fails the MOD11 check, or a KID is sent to an account without a KID agreement.',
      },
    ],
    remedy: {
      nb: 'Sjekk kontonummeret mot fakturaen med `efaktura-bench numbers check account <kontonr>`. Ble det brukt KID, spør leverandøren om kontoen tar imot KID-betalinger; hvis ikke, betal uten KID med fakturanummeret som melding.',
      en: 'Check the account number against the invoice with `efaktura-bench numbers check account <bban>`. If a KID was used, ask the supplier whether the account accepts KID payments; if not, pay without KID and put the invoice number in the message.',
    },
    sections: '§2.3',
    sourceKeys: 'S29, S30',
    evidence: 'C',
  }),
  reason({
    code: 'AC04',
    levels: TX,
    title: { nb: 'Kontoen er avsluttet', en: 'Account closed' },
    meaning: {
      nb: 'Kontonummeret er avsluttet i bankens bøker.',
      en: "The account number is closed on the bank's books.",
    },
    causes: [
      {
        nb: 'Leverandøren har byttet bank eller konto, og leverandørregisteret har det gamle nummeret.',
        en: 'The supplier changed bank or account, and the supplier register still has the old number.',
      },
      {
        nb: 'Benken: mottakerkontoen har status closed.',
        en: 'Bench: the creditor account has status closed.',
      },
    ],
    remedy: {
      nb: 'Be leverandøren om nytt kontonummer (bekreftet på en kjent kanal, ikke bare per e-post), oppdater leverandørregisteret og send betalingen på nytt.',
      en: 'Ask the supplier for the new account number (confirmed through a known channel, not by e-mail alone), update the supplier register and resend the payment.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'AC05',
    levels: PAYMENT_TX,
    title: { nb: 'Betalers konto er avsluttet', en: 'Debtor account closed' },
    meaning: {
      nb: 'Kontoen det skal betales fra, er avsluttet.',
      en: 'The account to pay from is closed.',
    },
    causes: [
      {
        nb: 'Selskapet har avsluttet kontoen, men økonomisystemet bruker den fortsatt som debetkonto.',
        en: 'The company closed the account, but the ERP still uses it as the debit account.',
      },
      {
        nb: 'Benken: debetkontoen har status closed.',
        en: 'Bench: the debit account has status closed.',
      },
    ],
    remedy: {
      nb: 'Velg en åpen debetkonto som står på avtalen, oppdater bankoppsettet i økonomisystemet og send betalingen på nytt.',
      en: "Choose an open debit account that is on the agreement, update the ERP's bank set-up and resend the payment.",
    },
    evidence: 'P',
  }),
  reason({
    code: 'AC06',
    levels: TX,
    title: { nb: 'Kontoen er sperret', en: 'Account blocked' },
    meaning: {
      nb: 'Kontoen er sperret for betalinger, midlertidig eller permanent.',
      en: 'The account is blocked for payments, temporarily or for good.',
    },
    causes: [
      {
        nb: 'Banken har sperret kontoen, for eksempel ved mistanke om svindel, dødsfall eller et pålegg.',
        en: 'The bank blocked the account, for example on suspected fraud, a death or a court order.',
      },
      {
        nb: 'Benken: kontoen har status blocked.',
        en: 'Bench: the account has status blocked.',
      },
    ],
    remedy: {
      nb: 'Er det mottakers konto: kontakt leverandøren og få en annen konto. Er det egen konto: kontakt banken for å få opphevet sperren.',
      en: "If it is the creditor's account: contact the supplier for another account. If it is your own account: contact the bank to lift the block.",
    },
    evidence: 'P',
  }),
  reason({
    code: 'AC07',
    levels: TX,
    title: { nb: 'Mottakers konto er avsluttet', en: 'Creditor account closed' },
    meaning: {
      nb: 'Kontoen det skal betales til, er avsluttet.',
      en: 'The account to pay to is closed.',
    },
    causes: [
      {
        nb: 'Leverandøren har avsluttet kontoen uten at leverandørregisteret er oppdatert.',
        en: 'The supplier closed the account and the supplier register was not updated.',
      },
      {
        nb: 'Benken: mottakerkontoen har status closed.',
        en: 'Bench: the creditor account has status closed.',
      },
    ],
    remedy: {
      nb: 'Få nytt kontonummer fra leverandøren, bekreft det på en kjent kanal, oppdater leverandørregisteret og send på nytt.',
      en: 'Get the new account number from the supplier, confirm it through a known channel, update the supplier register and resend.',
    },
    evidence: 'P',
  }),
  // --- Agreement and rights (AG.., DS..) ---
  reason({
    code: 'AG01',
    levels: PAYMENT_TX,
    title: { nb: 'Transaksjonen er ikke tillatt', en: 'Transaction forbidden' },
    meaning: {
      nb: 'Denne typen transaksjon er ikke tillatt på kontoen, typisk fordi kontoen ikke er med i avtalen.',
      en: 'This kind of transaction is not allowed on the account, typically because the account is not in the agreement.',
    },
    causes: [
      {
        nb: 'Feil i avtaleoppsettet: kontoen er ikke med i remitteringsavtalen (for eksempel en sparekonto).',
        en: 'An agreement set-up error: the account is not in the remittance agreement (for example a savings account).',
      },
      {
        nb: 'Benken: kontoen er ikke med i remitteringsavtalen.',
        en: 'Bench: the account is not in the remittance agreement.',
      },
    ],
    remedy: {
      nb: 'Be banken legge kontoen inn i remitteringsavtalen, eller betal fra en konto som tillater filbetalinger.',
      en: 'Ask the bank to add the account to the remittance agreement, or pay from an account that allows file payments.',
    },
    sourceKeys: 'S30',
    evidence: 'C',
  }),
  reason({
    code: 'AG03',
    levels: TX,
    title: { nb: 'Transaksjonstypen støttes ikke på kontoen', en: 'Transaction type not supported' },
    meaning: {
      nb: 'Kontoen støtter ikke denne betalingstypen.',
      en: 'The account does not support this type of payment.',
    },
    causes: [
      {
        nb: 'For eksempel en utenlandsbetaling, hastebetaling eller lønnsbetaling fra en konto der tjenesten ikke er slått på.',
        en: 'For example a cross-border, urgent or salary payment from an account where that service is not enabled.',
      },
    ],
    remedy: {
      nb: 'Sjekk betalingstypen (SvcLvl, CtgyPurp) i økonomisystemet, eller be banken aktivere tjenesten på kontoen.',
      en: 'Check the payment type (SvcLvl, CtgyPurp) in the ERP, or ask the bank to enable the service on the account.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'AG08',
    levels: ['transaction', 'payment', 'group'],
    title: { nb: 'Ugyldig eller manglende brukerrettighet', en: 'Invalid or missing access rights' },
    meaning: {
      nb: 'Brukeren som godkjente betalingen, mangler eller har ikke rett til å godkjenne på kontoen.',
      en: 'The user who approved the payment is missing or has no right to approve on the account.',
    },
    causes: [
      {
        nb: 'Regnskapsgodkjent betaling (RGB): godkjenneren i økonomisystemet har ikke godkjenningsrett på debetkontoen i nettbanken.',
        en: 'Accounting-approved payment (RGB): the approver in the ERP has no approval right on the debit account in the netbank.',
      },
      {
        nb: 'Banken krever to godkjennere, men filen har bare én (eller bare én med bankrettighet).',
        en: 'The bank requires two approvers, but the file has only one (or only one with bank rights).',
      },
      {
        nb: 'Benken: X-Approved-By mangler en bruker med rettighet på debetkontoen, eller færre godkjennere enn avtalens requiredApprovals.',
        en: "Bench: X-Approved-By lacks a user with rights on the debit account, or has fewer approvers than the agreement's requiredApprovals.",
      },
    ],
    remedy: {
      nb: 'Gi godkjenneren godkjenningsrett på kontoen i nettbanken (brukeren må ha logget inn med BankID). Krever banken to godkjennere, sett opp to godkjennere i økonomisystemet som begge har bankrettighet, eller be banken gå ned til én.',
      en: 'Give the approver approval rights on the account in the netbank (the user must have logged in with BankID). If the bank requires two approvers, set up two approvers in the ERP who both hold bank rights, or ask the bank to require only one.',
    },
    sections: '§6.1–§6.3',
    sourceKeys: 'S30, S31, S40',
    evidence: 'C',
  }),
  reason({
    code: 'DS0H',
    levels: PAYMENT_TX,
    title: { nb: 'Signataren har ikke rett til å signere', en: 'Signer not authorised for the account' },
    meaning: {
      nb: 'Den som signerte, har ikke rett til å signere for denne kontoen.',
      en: 'The person who signed is not allowed to sign for this account.',
    },
    causes: [
      {
        nb: 'Samme situasjon som AG08, rapportert med en annen kode av enkelte banker.',
        en: 'The same situation as AG08, reported with a different code by some banks.',
      },
      {
        nb: 'Benken: i stedet for AG08 når banken er satt opp til å bruke DS0H for godkjennere uten rettighet.',
        en: 'Bench: instead of AG08 when the bank is set up to use DS0H for approvers without rights.',
      },
    ],
    remedy: {
      nb: 'Gi signataren signerings- eller godkjenningsrett på kontoen i nettbanken, eller la en person med rett signere.',
      en: 'Give the signer signing or approval rights on the account in the netbank, or have someone with the right sign.',
    },
    sections: '§6.3',
    evidence: 'P',
  }),
  // --- Amounts (AM..) ---
  reason({
    code: 'AM01',
    levels: TX,
    title: { nb: 'Beløpet er null', en: 'Zero amount' },
    meaning: { nb: 'Beløpet i betalingen er 0.', en: 'The amount of the payment is 0.' },
    causes: [
      {
        nb: 'En faktura og en kreditnota opphever hverandre, eller en linje med beløp 0 er tatt med i betalingsforslaget.',
        en: 'An invoice and a credit note cancel each other out, or a line with amount 0 was included in the payment proposal.',
      },
      { nb: 'Benken: InstdAmt er 0.', en: 'Bench: InstdAmt is 0.' },
    ],
    remedy: {
      nb: 'Fjern linjer med beløp 0 fra betalingsforslaget. Går faktura og kreditnota i null, avregn dem i regnskapet i stedet for å betale.',
      en: 'Remove lines with amount 0 from the payment proposal. If an invoice and a credit note net to zero, offset them in the ledger instead of paying.',
    },
    sections: '§2.1',
    evidence: 'P',
  }),
  reason({
    code: 'AM02',
    levels: TX,
    title: { nb: 'Beløpet er over tillatt maksimum', en: 'Amount above the allowed maximum' },
    meaning: {
      nb: 'Beløpet er høyere enn det største beløpet banken tillater for denne betalingen.',
      en: 'The amount is higher than the largest amount the bank allows for this payment.',
    },
    causes: [
      {
        nb: 'En beløpsgrense per betaling eller per konto er overskredet, eller beløpet er feiltastet (for eksempel øre som kroner).',
        en: 'A per-payment or per-account limit was exceeded, or the amount was mistyped (for example øre as kroner).',
      },
      {
        nb: 'Benken: beløpet er over kontoens grense.',
        en: "Bench: the amount is above the account's limit.",
      },
    ],
    remedy: {
      nb: 'Kontroller beløpet mot fakturaen. Er det riktig, be banken heve grensen for kontoen eller godkjenn betalingen manuelt i nettbanken.',
      en: 'Check the amount against the invoice. If it is right, ask the bank to raise the limit for the account or approve the payment manually in the netbank.',
    },
    sourceKeys: 'S41',
    evidence: 'C',
  }),
  reason({
    code: 'AM03',
    levels: TX,
    title: { nb: 'Valutaen kan ikke behandles', en: 'Currency not allowed' },
    meaning: {
      nb: 'Banken kan ikke behandle valutaen etter avtalen med kunden.',
      en: 'The bank cannot process the currency under its agreement with the customer.',
    },
    causes: [
      {
        nb: 'En betaling i annen valuta enn NOK på en innenlandsavtale.',
        en: 'A payment in a currency other than NOK on a domestic agreement.',
      },
      { nb: 'Benken: Ccy er ikke NOK.', en: 'Bench: Ccy is not NOK.' },
    ],
    remedy: {
      nb: 'Betal i NOK, eller be banken om en avtale som dekker valutabetalinger.',
      en: 'Pay in NOK, or ask the bank for an agreement that covers currency payments.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'AM04',
    levels: TX,
    title: { nb: 'Ikke dekning på kontoen', en: 'Insufficient funds' },
    meaning: {
      nb: 'Det er ikke nok penger på debetkontoen til å utføre betalingen.',
      en: 'There is not enough money on the debit account to execute the payment.',
    },
    causes: [
      {
        nb: 'Saldoen er lavere enn beløpet på utførelsesdatoen. Betalingen står først som PDNG og avvises når bankens siste forsøk feiler.',
        en: "The balance is below the amount on the execution date. The payment first shows as PDNG and is rejected when the bank's last retry fails.",
      },
      {
        nb: 'Benken: saldo lavere enn beløpet når betalingen skal bokføres.',
        en: 'Bench: the balance is below the amount when the payment is due to be booked.',
      },
    ],
    remedy: {
      nb: 'Sørg for dekning på debetkontoen og send betalingen på nytt (bare de avviste betalingene).',
      en: 'Put funds on the debit account and resend the payment (only the rejected payments).',
    },
    sections: '§3.3',
    evidence: 'P',
  }),
  reason({
    code: 'AM05',
    levels: ['transaction', 'group'],
    title: { nb: 'Duplikat', en: 'Duplication' },
    meaning: {
      nb: 'Betalingen eller filen ser ut til å være sendt før.',
      en: 'The payment or file appears to have been sent before.',
    },
    causes: [
      {
        nb: 'Samme fil eller betaling er sendt to ganger, for eksempel etter et tidsavbrudd.',
        en: 'The same file or payment was sent twice, for example after a time-out.',
      },
      {
        nb: 'Benken: samme MsgId, EndToEndId eller samme beløp, mottaker og dato er sett før.',
        en: 'Bench: the same MsgId, EndToEndId, or the same amount, creditor and date was seen before.',
      },
    ],
    remedy: {
      nb: 'Sjekk i nettbanken om betalingen allerede er utført; send den ikke igjen i så fall. Er den ny, gi den en ny EndToEndId (og filen en ny MsgId).',
      en: 'Check in the netbank whether the payment was already executed; if so, do not send it again. If it is new, give it a new EndToEndId (and the file a new MsgId).',
    },
    sections: '§2.1',
    evidence: 'P',
  }),
  reason({
    code: 'AM09',
    levels: TX,
    title: { nb: 'Feil beløp', en: 'Wrong amount' },
    meaning: {
      nb: 'Beløpet stemmer ikke med det som er avtalt eller forventet.',
      en: 'The amount is not the agreed or expected amount.',
    },
    causes: [
      {
        nb: 'Beløpet avviker fra det mottakeren eller avtalen forventer, for eksempel et annet beløp enn på fakturaen.',
        en: 'The amount differs from what the creditor or the agreement expects, for example not the invoiced amount.',
      },
    ],
    remedy: {
      nb: 'Sammenlign beløpet med fakturaen eller avtalen, rett det og send betalingen på nytt.',
      en: 'Compare the amount with the invoice or the agreement, correct it and resend the payment.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'AM10',
    levels: ['group', 'payment'],
    title: { nb: 'Kontrollsummen stemmer ikke', en: 'Invalid control sum' },
    meaning: {
      nb: 'Summen av beløpene i filen eller blokken er ikke lik kontrollsummen (CtrlSum).',
      en: 'The sum of the amounts in the file or block does not equal the control sum (CtrlSum).',
    },
    causes: [
      {
        nb: 'Filen er redigert for hånd, eller økonomisystemet har regnet feil (avrunding, kreditnotaer).',
        en: 'The file was edited by hand, or the ERP computed it wrongly (rounding, credit notes).',
      },
      {
        nb: 'Benken: GrpHdr/CtrlSum eller PmtInf/CtrlSum er ikke summen av InstdAmt.',
        en: 'Bench: GrpHdr/CtrlSum or PmtInf/CtrlSum is not the sum of InstdAmt.',
      },
    ],
    remedy: {
      nb: 'Lag filen på nytt fra økonomisystemet i stedet for å rette XML-en for hånd, og meld feilen til leverandøren av økonomisystemet hvis den gjentar seg.',
      en: 'Generate the file again from the ERP instead of editing the XML by hand, and report it to the ERP vendor if it happens again.',
    },
    sections: '§2.1',
    evidence: 'P',
  }),
  reason({
    code: 'AM11',
    levels: TX,
    title: { nb: 'Ugyldig valuta', en: 'Invalid transaction currency' },
    meaning: {
      nb: 'Valutakoden for betalingen er ugyldig eller mangler.',
      en: 'The currency code of the payment is invalid or missing.',
    },
    causes: [
      {
        nb: 'En valutakode som ikke er en ISO 4217-kode, for eksempel «NKR» i stedet for «NOK».',
        en: 'A currency code that is not an ISO 4217 code, for example "NKR" instead of "NOK".',
      },
    ],
    remedy: {
      nb: 'Bruk ISO 4217-koden (NOK for norske kroner) i valutaoppsettet i økonomisystemet.',
      en: "Use the ISO 4217 code (NOK for Norwegian kroner) in the ERP's currency set-up.",
    },
    evidence: 'P',
  }),
  reason({
    code: 'AM12',
    levels: TX,
    title: { nb: 'Ugyldig beløp', en: 'Invalid amount' },
    meaning: {
      nb: 'Beløpet er ugyldig eller mangler.',
      en: 'The amount is invalid or missing.',
    },
    causes: [
      {
        nb: 'Negativt beløp, eller flere desimaler enn valutaen tillater (NOK har to).',
        en: 'A negative amount, or more decimals than the currency allows (NOK has two).',
      },
    ],
    remedy: {
      nb: 'Kontroller beløpet og antall desimaler i økonomisystemet, rett det og send betalingen på nytt.',
      en: 'Check the amount and its number of decimals in the ERP, correct it and resend the payment.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'AM14',
    levels: TX,
    title: { nb: 'Beløpet er over avtalt grense', en: 'Amount exceeds the agreed limit' },
    meaning: {
      nb: 'Beløpet er høyere enn grensen som er avtalt mellom banken og kunden.',
      en: 'The amount is higher than the limit agreed between the bank and the customer.',
    },
    causes: [
      {
        nb: 'En grense i avtalen (per betaling, per fil eller per dag) er nådd.',
        en: 'A limit in the agreement (per payment, per file or per day) has been reached.',
      },
    ],
    remedy: {
      nb: 'Be banken heve grensen i avtalen, eller fordel betalingene på flere dager innenfor grensen.',
      en: 'Ask the bank to raise the limit in the agreement, or spread the payments over several days within the limit.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'AM18',
    levels: ['group', 'payment'],
    title: { nb: 'Feil antall transaksjoner', en: 'Invalid number of transactions' },
    meaning: {
      nb: 'Antallet transaksjoner oppgitt i filen (NbOfTxs) stemmer ikke med antallet som faktisk er med.',
      en: 'The number of transactions stated in the file (NbOfTxs) does not match the number it contains.',
    },
    causes: [
      {
        nb: 'Filen er redigert for hånd, eller økonomisystemet har talt feil.',
        en: 'The file was edited by hand, or the ERP counted wrongly.',
      },
      {
        nb: 'Benken: GrpHdr/NbOfTxs eller PmtInf/NbOfTxs er ikke antallet CdtTrfTxInf.',
        en: 'Bench: GrpHdr/NbOfTxs or PmtInf/NbOfTxs is not the number of CdtTrfTxInf.',
      },
    ],
    remedy: {
      nb: 'Lag filen på nytt fra økonomisystemet; rett ikke XML-en for hånd. Meld feilen til leverandøren av økonomisystemet hvis den gjentar seg.',
      en: 'Generate the file again from the ERP; do not edit the XML by hand. Report it to the ERP vendor if it happens again.',
    },
    sections: '§2.1',
    evidence: 'P',
  }),
  // --- Parties (BE..) ---
  reason({
    code: 'BE01',
    levels: TX,
    title: { nb: 'Mottaker stemmer ikke med kontoen', en: 'Creditor inconsistent with the account' },
    meaning: {
      nb: 'Identifikasjonen av sluttkunden stemmer ikke med kontoen.',
      en: 'The identification of the end customer does not match the account.',
    },
    causes: [
      {
        nb: 'Mottakers navn eller organisasjonsnummer hører ikke til kontonummeret, for eksempel etter en endring av kontonummer som kan være svindel.',
        en: "The creditor's name or organisation number does not belong to the account number, for example after an account change that may be fraud.",
      },
    ],
    remedy: {
      nb: 'Ring leverandøren på et nummer du allerede kjenner og bekreft kontonummeret; uventede kontoendringer er et vanlig tegn på fakturasvindel.',
      en: 'Call the supplier on a number you already know and confirm the account number; unexpected account changes are a common sign of invoice fraud.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'BE04',
    levels: TX,
    title: { nb: 'Mottakers adresse mangler eller er feil', en: 'Creditor address missing or incorrect' },
    meaning: {
      nb: 'Adressen til mottakeren mangler eller er feil.',
      en: "The creditor's address is missing or incorrect.",
    },
    causes: [
      {
        nb: 'En utenlandsbetaling uten mottakers postadresse.',
        en: "A cross-border payment without the creditor's postal address.",
      },
      {
        nb: 'Benken: en utenlandsbetaling (IBAN utenfor Norge) uten Cdtr/PstlAdr.',
        en: 'Bench: a cross-border payment (an IBAN outside Norway) without Cdtr/PstlAdr.',
      },
    ],
    remedy: {
      nb: 'Legg inn leverandørens fullstendige adresse (gate, postnummer, sted, land) i leverandørregisteret og send på nytt.',
      en: "Enter the supplier's full address (street, postcode, town, country) in the supplier register and resend.",
    },
    evidence: 'P',
  }),
  reason({
    code: 'BE06',
    levels: TX,
    title: { nb: 'Ukjent sluttkunde', en: 'Unknown end customer' },
    meaning: {
      nb: 'Sluttkunden er ukjent hos den angitte banken eller finnes ikke lenger.',
      en: 'The end customer is not known at the given bank or no longer exists.',
    },
    causes: [
      {
        nb: 'Kontonummeret peker til et bank- eller registernummer som ikke finnes, eller kunden har sluttet i banken.',
        en: 'The account number points to a bank or register code that does not exist, or the customer has left the bank.',
      },
    ],
    remedy: {
      nb: 'Kontroller kontonummeret med `efaktura-bench numbers check account <kontonr>` og bekreft det hos leverandøren.',
      en: 'Check the account number with `efaktura-bench numbers check account <bban>` and confirm it with the supplier.',
    },
    sections: '§2.3',
    evidence: 'P',
  }),
  // --- Dates and cut-off (CH.., DT.., TM..) ---
  reason({
    code: 'CH03',
    levels: PAYMENT_TX,
    title: { nb: 'Utførelsesdatoen er for langt fram', en: 'Execution date too far in the future' },
    meaning: {
      nb: 'Ønsket utførelsesdato ligger lenger fram i tid enn banken tillater.',
      en: 'The requested execution date is further ahead than the bank allows.',
    },
    causes: [
      {
        nb: 'ReqdExctnDt er satt langt fram, for eksempel feil år.',
        en: 'ReqdExctnDt is set far ahead, for example the wrong year.',
      },
      {
        nb: 'Benken: ReqdExctnDt lenger fram enn bankens grense for framtidige betalinger.',
        en: "Bench: ReqdExctnDt further ahead than the bank's limit for future payments.",
      },
    ],
    remedy: {
      nb: 'Kontroller datoen. Er den riktig, send betalingen nærmere forfall, innenfor bankens grense.',
      en: "Check the date. If it is right, send the payment closer to the due date, within the bank's limit.",
    },
    sections: '§2.5',
    evidence: 'P',
  }),
  reason({
    code: 'DT01',
    levels: PAYMENT_TX,
    title: { nb: 'Ugyldig dato', en: 'Invalid date' },
    meaning: {
      nb: 'En dato i betalingen er ugyldig.',
      en: 'A date in the payment is invalid.',
    },
    causes: [
      {
        nb: 'En dato banken ikke kan bruke, for eksempel en opprettelsestid fram i tid.',
        en: 'A date the bank cannot use, for example a creation time in the future.',
      },
    ],
    remedy: {
      nb: 'Kontroller datoene i filen (CreDtTm, ReqdExctnDt) og klokken på serveren som lager filen, og send på nytt.',
      en: 'Check the dates in the file (CreDtTm, ReqdExctnDt) and the clock of the server that creates it, and resend.',
    },
    sections: '§2.5',
    evidence: 'P',
  }),
  reason({
    code: 'DT05',
    levels: PAYMENT_TX,
    title: { nb: 'Utførelsesdatoen er passert', en: 'Execution date in the past' },
    meaning: {
      nb: 'Utførelsesdatoen er allerede passert, og banken flytter den ikke.',
      en: 'The execution date has already passed, and the bank does not move it.',
    },
    causes: [
      {
        nb: 'Filen ble sendt for sent, eller betalingsforslaget ble laget med en gammel dato.',
        en: 'The file was sent too late, or the payment proposal was made with an old date.',
      },
      {
        nb: 'Benken: ReqdExctnDt før dagens dato, med avtalens executionDatePolicy «reject».',
        en: 'Bench: ReqdExctnDt before today, with the agreement\'s executionDatePolicy "reject".',
      },
    ],
    remedy: {
      nb: 'Sett utførelsesdatoen til i dag eller en senere bankdag og send betalingen på nytt.',
      en: 'Set the execution date to today or a later banking day and resend the payment.',
    },
    sections: '§2.5',
    evidence: 'P',
  }),
  reason({
    code: 'DT06',
    levels: PAYMENT_TX,
    withStatus: 'ACWC or ACSP',
    title: { nb: 'Utførelsesdatoen er endret', en: 'Execution date changed' },
    meaning: {
      nb: 'Banken har endret utførelsesdatoen slik at betalingen kan gjennomføres. Betalingen er ikke avvist.',
      en: 'The bank changed the execution date so that the payment can be carried out. It is not a rejection.',
    },
    causes: [
      {
        nb: 'Datoen var en lørdag, søndag, helligdag eller passert, og betalingen ble flyttet til neste bankdag.',
        en: 'The date was a Saturday, Sunday, public holiday or in the past, and the payment was moved to the next banking day.',
      },
      {
        nb: 'Benken: ReqdExctnDt på helg, helligdag eller i fortiden, med avtalens executionDatePolicy «roll-forward».',
        en: 'Bench: ReqdExctnDt on a weekend, holiday or in the past, with the agreement\'s executionDatePolicy "roll-forward".',
      },
    ],
    remedy: {
      nb: 'Ingenting må gjøres. Sjekk at den nye datoen ikke gir forsinkelsesrenter, og la økonomisystemet velge bankdager framover.',
      en: 'Nothing has to be done. Check that the new date causes no late-payment interest, and let the ERP pick banking days in future.',
    },
    sections: '§2.5',
    evidence: 'P',
  }),
  reason({
    code: 'TM01',
    levels: PAYMENT_TX,
    title: { nb: 'Mottatt etter fristen', en: 'Received after cut-off time' },
    meaning: {
      nb: 'Filen kom inn etter bankens frist for behandling samme dag.',
      en: "The file arrived after the bank's cut-off time for same-day processing.",
    },
    causes: [
      {
        nb: 'Filen ble sendt etter fristen på utførelsesdagen.',
        en: 'The file was sent after the cut-off time on the execution date.',
      },
      {
        nb: 'Benken: filen lastes opp etter bankens frist på utførelsesdagen, og avtalen avviser i stedet for å flytte datoen.',
        en: "Bench: the file is uploaded after the bank's cut-off on the execution date, and the agreement rejects instead of moving the date.",
      },
    ],
    remedy: {
      nb: 'Send betalingen på nytt med neste bankdag som utførelsesdato, og send filer før bankens frist i framtiden.',
      en: "Resend the payment with the next banking day as execution date, and send files before the bank's cut-off in future.",
    },
    sections: '§2.5',
    evidence: 'P',
  }),
  // --- Duplicates (DU..) ---
  reason({
    code: 'DU01',
    levels: ['group'],
    title: { nb: 'Meldings-ID er ikke unik', en: 'Duplicate message ID' },
    meaning: {
      nb: 'Filens meldings-ID (MsgId) er brukt før.',
      en: "The file's message ID (MsgId) has been used before.",
    },
    causes: [
      {
        nb: 'Samme fil er sendt to ganger, eller økonomisystemet gjenbruker MsgId.',
        en: 'The same file was sent twice, or the ERP reuses MsgId.',
      },
      { nb: 'Benken: en MsgId som allerede er mottatt.', en: 'Bench: a MsgId already received.' },
    ],
    remedy: {
      nb: 'Sjekk om filen allerede er behandlet; send den ikke igjen i så fall. Ellers lag en ny fil med ny MsgId fra økonomisystemet.',
      en: 'Check whether the file was already processed; if so, do not send it again. Otherwise create a new file with a new MsgId from the ERP.',
    },
    sections: '§2.1',
    evidence: 'P',
  }),
  reason({
    code: 'DU02',
    levels: ['payment'],
    title: { nb: 'Betalingsblokkens ID er ikke unik', en: 'Duplicate payment information ID' },
    meaning: {
      nb: 'ID-en til betalingsblokken (PmtInfId) er brukt før.',
      en: 'The payment block ID (PmtInfId) has been used before.',
    },
    causes: [
      {
        nb: 'To blokker i samme fil har samme PmtInfId, eller en blokk er sendt før.',
        en: 'Two blocks in one file share a PmtInfId, or a block was sent before.',
      },
      {
        nb: 'Benken: en PmtInfId som er brukt før.',
        en: 'Bench: a PmtInfId already used.',
      },
    ],
    remedy: {
      nb: 'Lag filen på nytt fra økonomisystemet slik at hver betalingsblokk får en ny, unik PmtInfId.',
      en: 'Generate the file again from the ERP so that every payment block gets a new, unique PmtInfId.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'DU04',
    levels: TX,
    title: { nb: 'End-to-end-ID er ikke unik', en: 'Duplicate end-to-end ID' },
    meaning: {
      nb: 'Betalingens EndToEndId er brukt før.',
      en: "The payment's EndToEndId has been used before.",
    },
    causes: [
      {
        nb: 'Samme betaling er sendt igjen, eller økonomisystemet gjenbruker EndToEndId.',
        en: 'The same payment was sent again, or the ERP reuses EndToEndId.',
      },
      {
        nb: 'Benken: en EndToEndId som er brukt før, i samme eller en tidligere fil.',
        en: 'Bench: an EndToEndId already used, in the same or an earlier file.',
      },
    ],
    remedy: {
      nb: 'Sjekk om betalingen allerede er utført. Er den ny, gi den en ny EndToEndId og send på nytt.',
      en: 'Check whether the payment was already executed. If it is new, give it a new EndToEndId and resend.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'DUPL',
    levels: TX,
    title: { nb: 'Dobbel betaling', en: 'Duplicate payment' },
    meaning: {
      nb: 'Betalingen er en kopi av en betaling som er mottatt før.',
      en: 'The payment is a copy of one received before.',
    },
    causes: [
      {
        nb: 'Samme beløp til samme mottaker med samme referanse og dato er sendt to ganger.',
        en: 'The same amount to the same creditor with the same reference and date was sent twice.',
      },
    ],
    remedy: {
      nb: 'Sjekk i nettbanken om den første betalingen er utført; send ikke denne på nytt hvis den er det.',
      en: 'Check in the netbank whether the first payment was executed; do not resend this one if it was.',
    },
    evidence: 'P',
  }),
  // --- File format (FF..) ---
  reason({
    code: 'FF01',
    levels: ['group'],
    title: { nb: 'Ugyldig filformat', en: 'Invalid file format' },
    meaning: {
      nb: 'Filen er ufullstendig eller følger ikke formatet (XML-skjemaet), så ingenting i den er behandlet.',
      en: 'The file is incomplete or does not follow the format (the XML schema), so nothing in it was processed.',
    },
    causes: [
      {
        nb: 'Filen er ikke gyldig XML etter pain.001-skjemaet: feil navnerom eller versjon, manglende felt eller feil verdier.',
        en: 'The file is not valid XML under the pain.001 schema: wrong namespace or version, missing elements or wrong values.',
      },
      {
        nb: 'Benken: XSD-validering feiler; GrpSts blir RJCT.',
        en: 'Bench: XSD validation fails; GrpSts becomes RJCT.',
      },
    ],
    remedy: {
      nb: 'Kontroller at økonomisystemet lager pain.001.001.03 (eller .09) og at filen ikke er endret etterpå. Prøv filen mot benkens tørrkjøring POST /bank/v1/validate og rett feilene den peker på.',
      en: "Check that the ERP produces pain.001.001.03 (or .09) and that the file was not changed afterwards. Try the file against the bench's dry run POST /bank/v1/validate and fix the errors it points to.",
    },
    sections: '§3.3',
    evidence: 'P',
  }),
  reason({
    code: 'FF02',
    levels: ['group', 'payment', 'transaction'],
    title: { nb: 'Syntaksfeil', en: 'Syntax error' },
    meaning: {
      nb: 'Filen har en syntaksfeil; detaljene står i AddtlInf.',
      en: 'The file has a syntax error; the details are in AddtlInf.',
    },
    causes: [
      {
        nb: 'Feil innhold, for eksempel feil IBAN eller feil divisjon.',
        en: 'Wrong content, for example a wrong IBAN or a wrong division.',
      },
      {
        nb: 'Avtalen er satt opp feil hos banken eller hos formidleren av filer.',
        en: 'The agreement is set up wrongly at the bank or at the file intermediary.',
      },
    ],
    remedy: {
      nb: 'Les teksten i AddtlInf. Kontroller at divisjon, kundenummer og avtale-ID i økonomisystemet er nøyaktig de samme som i bankavtalen.',
      en: 'Read the AddtlInf text. Check that the division, customer number and agreement ID in the ERP are exactly those of the bank agreement.',
    },
    sections: '§2.4',
    sourceKeys: 'S42',
    evidence: 'C',
  }),
  reason({
    code: 'FF10',
    levels: ['group'],
    title: { nb: 'Teknisk feil i banken', en: 'Bank system processing error' },
    meaning: {
      nb: 'Filen eller betalingen kunne ikke behandles på grunn av en teknisk feil hos banken.',
      en: 'The file or payment could not be processed because of a technical problem at the bank.',
    },
    causes: [
      {
        nb: 'Driftsforstyrrelser eller feil i bankens systemer.',
        en: "An outage or fault in the bank's systems.",
      },
    ],
    remedy: {
      nb: 'Ikke endre filen. Sjekk i nettbanken at ingenting ble utført, og send samme fil på nytt senere; kontakt banken hvis feilen varer.',
      en: 'Do not change the file. Check in the netbank that nothing was executed, and send the same file again later; contact the bank if it persists.',
    },
    evidence: 'P',
  }),
  // --- Generic ---
  reason({
    code: 'MS03',
    levels: ['transaction', 'payment', 'group'],
    title: { nb: 'Årsak ikke oppgitt', en: 'Reason not specified' },
    meaning: {
      nb: 'Banken har ikke oppgitt noen årsak.',
      en: 'The bank gave no reason.',
    },
    causes: [
      {
        nb: 'Banken bruker en generell kode i stedet for en bestemt årsak.',
        en: 'The bank uses a generic code instead of a specific reason.',
      },
    ],
    remedy: {
      nb: 'Kontakt banken med MsgId og EndToEndId fra statusrapporten og spør hva som er feil.',
      en: 'Contact the bank with the MsgId and EndToEndId from the status report and ask what is wrong.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'NARR',
    levels: ['transaction', 'payment', 'group'],
    title: { nb: 'Årsak beskrevet i tekst', en: 'Narrative reason' },
    meaning: {
      nb: 'Årsaken står som fritekst i AddtlInf. Norske bankers egne feiltekster kommer ofte slik.',
      en: "The reason is given as free text in AddtlInf. Norwegian banks' own error texts often arrive this way.",
    },
    causes: [
      {
        nb: 'Banken har en egen feiltekst som ikke passer noen ISO-kode, for eksempel «Ugyldig KID-nummer» eller «Initiating Party ID must be numeric».',
        en: 'The bank has its own error text that fits no ISO code, for example "Ugyldig KID-nummer" or "Initiating Party ID must be numeric".',
      },
    ],
    remedy: {
      nb: 'Les teksten i AddtlInf og finn den med `efaktura-bench codes list --family bank-narrative`; forklaringen står under koden (`efaktura-bench explain NARR-...`).',
      en: 'Read the AddtlInf text and find it with `efaktura-bench codes list --family bank-narrative`; the explanation is under its code (`efaktura-bench explain NARR-...`).',
    },
    sourceKeys: 'S30, S31, S43',
    evidence: 'C',
  }),
  // --- Bank identifiers (RC..) ---
  reason({
    code: 'RC01',
    levels: TX,
    title: { nb: 'Ugyldig bankidentifikator', en: 'Bank identifier incorrect' },
    meaning: {
      nb: 'Bankidentifikatoren (BIC) har feil format.',
      en: 'The bank identifier (BIC) has the wrong format.',
    },
    causes: [
      {
        nb: 'En BIC med feil lengde eller tegn i en utenlandsbetaling.',
        en: 'A BIC of the wrong length or with wrong characters in a cross-border payment.',
      },
    ],
    remedy: {
      nb: 'Kontroller BIC-en (8 eller 11 tegn) mot leverandørens bankopplysninger og rett den i leverandørregisteret.',
      en: "Check the BIC (8 or 11 characters) against the supplier's bank details and correct it in the supplier register.",
    },
    evidence: 'P',
  }),
  reason({
    code: 'RC07',
    levels: TX,
    title: { nb: 'Ugyldig BIC for mottakers bank', en: "Invalid creditor's BIC" },
    meaning: {
      nb: 'BIC-en til mottakers bank er ugyldig.',
      en: "The BIC of the creditor's bank is invalid.",
    },
    causes: [
      {
        nb: 'BIC-en finnes ikke, eller hører ikke til mottakers bank.',
        en: "The BIC does not exist or does not belong to the creditor's bank.",
      },
    ],
    remedy: {
      nb: 'Be leverandøren bekrefte BIC og IBAN, oppdater leverandørregisteret og send på nytt.',
      en: 'Ask the supplier to confirm the BIC and IBAN, update the supplier register and resend.',
    },
    evidence: 'P',
  }),
  reason({
    code: 'RC10',
    levels: TX,
    title: {
      nb: 'Ugyldig clearingkode for mottakers bank',
      en: "Invalid creditor's clearing system member ID",
    },
    meaning: {
      nb: 'Clearingmedlemskoden til mottakers bank er ugyldig.',
      en: "The clearing system member ID of the creditor's bank is invalid.",
    },
    causes: [
      {
        nb: 'Feil nasjonal bankkode (for eksempel sorteringskode eller routing-nummer) i en utenlandsbetaling.',
        en: 'A wrong national bank code (for example a sort code or routing number) in a cross-border payment.',
      },
    ],
    remedy: {
      nb: 'Kontroller bankkoden mot leverandørens bankopplysninger, eller bruk IBAN og BIC der landet støtter det.',
      en: "Check the bank code against the supplier's bank details, or use IBAN and BIC where the country supports them.",
    },
    evidence: 'P',
  }),
  // --- Remittance information (RR..) ---
  reason({
    code: 'RR07',
    levels: TX,
    title: { nb: 'Ugyldig betalingsinformasjon', en: 'Remittance information invalid' },
    meaning: {
      nb: 'Betalingsinformasjonen passer ikke til betalingstypen eller bankens regler.',
      en: "The remittance information does not fit the payment type or the bank's rules.",
    },
    causes: [
      {
        nb: 'KID og kreditnota i samme betaling: KID kan ikke brukes når en kreditnota inngår.',
        en: 'A KID and a credit note in the same payment: a KID cannot be used when a credit note is included.',
      },
      {
        nb: 'For mange strukturerte referanser (fakturaer og kreditnotaer) i én betaling.',
        en: 'Too many structured references (invoices and credit notes) in one payment.',
      },
      {
        nb: 'Benken: CREN og SCOR i samme CdtTrfTxInf, eller flere Strd-blokker enn grensen (standard 25, ikke bekreftet av noen kilde).',
        en: 'Bench: CREN and SCOR in the same CdtTrfTxInf, or more Strd blocks than the limit (default 25, not confirmed by any source).',
      },
    ],
    remedy: {
      nb: 'Betal fakturaer med kreditnota uten KID, med faktura- og kreditnotanumre som strukturert informasjon, eller del betalingen i flere.',
      en: 'Pay invoices that have a credit note without KID, using invoice and credit-note numbers as structured information, or split the payment.',
    },
    sections: '§2.2, §8',
    sourceKeys: 'S26',
    evidence: 'P',
  }),
  reason({
    code: 'RR08',
    levels: TX,
    title: { nb: 'Betalingsinformasjonen er avkortet', en: 'Remittance information truncated' },
    meaning: {
      nb: 'Betalingsinformasjonen var for lang og ble kortet av.',
      en: 'The remittance information was too long and was cut short.',
    },
    causes: [
      {
        nb: 'Mer fritekst (Ustrd) enn banken sender videre til mottakeren.',
        en: 'More free text (Ustrd) than the bank passes on to the creditor.',
      },
    ],
    remedy: {
      nb: 'Hold meldingen til mottakeren kort (én linje), eller bruk KID eller strukturerte fakturanumre.',
      en: 'Keep the message to the creditor short (one line), or use a KID or structured invoice numbers.',
    },
    sections: '§2.2',
    evidence: 'P',
  }),
  reason({
    code: 'RR09',
    levels: TX,
    title: { nb: 'Ugyldig KID', en: 'Invalid structured creditor reference (KID)' },
    meaning: {
      nb: 'Den strukturerte referansen til mottakeren (i Norge KID) er ugyldig eller mangler.',
      en: "The creditor's structured reference (in Norway the KID) is invalid or missing.",
    },
    causes: [
      {
        nb: 'KID-en har feil kontrollsiffer (MOD10 eller MOD11), ofte en skrivefeil.',
        en: 'The KID has a wrong check digit (MOD10 or MOD11), often a typo.',
      },
      {
        nb: 'KID-en har en lengde eller algoritme som ikke passer mottakers KID-avtale (opptil tre definisjoner per konto).',
        en: "The KID has a length or algorithm that does not fit the payee's KID agreement (up to three definitions per account).",
      },
      {
        nb: 'Hos enkelte banker avvises alle betalinger i filen når én KID er feil.',
        en: 'At some banks every payment in the file is rejected when one KID is wrong.',
      },
      {
        nb: 'Benken: KID-en feiler kontrollsiffer, lengde eller mottakerkontoens KID-avtale.',
        en: "Bench: the KID fails the check digit, the length, or the creditor account's KID agreement.",
      },
    ],
    remedy: {
      nb: 'Sjekk KID-en mot fakturaen, og kontroller den med `efaktura-bench numbers check kid <KID> --algorithm mod10|mod11 --length <n>`. Spør leverandøren om lengde og algoritme i KID-avtalen; tar kontoen ikke KID, betal med fakturanummeret som melding.',
      en: 'Check the KID against the invoice, and verify it with `efaktura-bench numbers check kid <KID> --algorithm mod10|mod11 --length <n>`. Ask the supplier for the length and algorithm of their KID agreement; if the account takes no KID, pay with the invoice number as the message.',
    },
    sections: '§5.1, §3.3',
    sourceKeys: 'S29, S43, S44',
    evidence: 'C',
  }),
  reason({
    code: 'RR10',
    levels: TX,
    title: { nb: 'Ugyldige tegn', en: 'Invalid character set' },
    meaning: {
      nb: 'Betalingen inneholder tegn utenfor tegnsettet banken godtar.',
      en: 'The payment contains characters outside the character set the bank accepts.',
    },
    causes: [
      {
        nb: 'Emoji, kontrolltegn eller spesialtegn i navn, adresser eller melding.',
        en: 'Emoji, control characters or special characters in names, addresses or the message.',
      },
    ],
    remedy: {
      nb: 'Fjern spesialtegnene i leverandørregisteret og meldingen (æ, ø og å er i orden) og send på nytt.',
      en: 'Remove the special characters from the supplier register and the message (æ, ø and å are fine) and resend.',
    },
    evidence: 'P',
  }),
];
