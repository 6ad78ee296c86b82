// pain.002 status codes (GrpSts, PmtInfSts, TxSts): what each means, at which level it may appear,
// and which input makes the bench report it — iso20022-norway.md §3.1–§3.3.
//
// Meanings are paraphrased from the ISO external payment status code sets (S11). Evidence: 'C' where
// Norwegian usage of the status at these levels is confirmed (S37, Dynamics 365 Norway), 'P' where
// only the ISO code set defines it and its Norwegian use is our generalisation.
import type { CatalogueEntry, CodeAppearance, LocalisedText } from './types.ts';

type StatusLevel = 'group' | 'payment' | 'transaction';

const statusElement: Record<StatusLevel, string> = {
  group: 'OrgnlGrpInfAndSts/GrpSts',
  payment: 'OrgnlPmtInfAndSts/PmtInfSts',
  transaction: 'TxInfAndSts/TxSts',
};

interface StatusSpec {
  code: string;
  /** Levels the status may use; pain.002.001.03 closes them per level (§3.1). */
  levels: StatusLevel[];
  /** Set when only one pain.002 version can carry it (ACCC: the .10 external code set). */
  onlyIn?: 'pain.002.001.10';
  title: LocalisedText;
  meaning: LocalisedText;
  causes: LocalisedText[];
  remedy: LocalisedText;
  trigger: string;
  sourceKeys: string;
  evidence: 'C' | 'P';
}

function appearances(spec: StatusSpec): CodeAppearance[] {
  const message = spec.onlyIn ?? 'pain.002';
  return spec.levels.map((level) => ({
    message: `${message} ${statusElement[level]}`,
    level,
    endpoint: 'GET /bank/v1/status-reports/{id}',
  }));
}

function status(spec: StatusSpec): CatalogueEntry {
  return {
    code: spec.code,
    family: 'iso-status',
    title: spec.title,
    meaning: spec.meaning,
    causes: spec.causes,
    remedy: spec.remedy,
    appearsIn: appearances(spec),
    trigger: { kind: 'input', description: spec.trigger },
    source: `iso20022-norway.md §3.1–§3.3 (${spec.sourceKeys})`,
    evidence: spec.evidence,
  };
}

const ALL_LEVELS: StatusLevel[] = ['group', 'payment', 'transaction'];

export const isoStatusCodes: CatalogueEntry[] = [
  status({
    code: 'RCVD',
    // pain.002.001.03: TransactionGroupStatus3Code has RCVD, TransactionIndividualStatus3Code has not (§3.1).
    levels: ['group', 'payment'],
    title: { nb: 'Mottatt', en: 'Received' },
    meaning: {
      nb: 'Banken har tatt imot filen, men har ennå ikke kontrollert innholdet.',
      en: 'The bank has taken in the file but has not checked its content yet.',
    },
    causes: [
      {
        nb: 'En pain.001-fil er lastet opp og venter på validering.',
        en: 'A pain.001 file was uploaded and is waiting for validation.',
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre ennå. Vent på neste statusrapport (pain.002) før du sender noe på nytt.',
      en: 'Nothing to do yet. Wait for the next status report (pain.002) before sending anything again.',
    },
    trigger: 'Any pain.001 upload (POST /bank/v1/payment-files), as the receipt before validation',
    sourceKeys: 'S11',
    evidence: 'P',
  }),
  status({
    code: 'ACTC',
    levels: ALL_LEVELS,
    title: { nb: 'Teknisk godkjent', en: 'Accepted technical validation' },
    meaning: {
      nb: 'Autentisering og syntaktisk og semantisk kontroll av filen er bestått.',
      en: 'Authentication and the syntax and semantic checks of the file have passed.',
    },
    causes: [
      {
        nb: 'Filen er gyldig XML etter skjemaet, og avtalen og avsenderen er gjenkjent.',
        en: 'The file is schema-valid XML and the agreement and sender were recognised.',
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre. Dette er en mottakskvittering; forretningskontrollene kommer i en senere statusrapport.',
      en: 'Nothing to do. This is a receipt; the business checks follow in a later status report.',
    },
    trigger: 'A schema-valid pain.001 whose InitgPty and debit accounts match the agreement (group level)',
    sourceKeys: 'S11, S37',
    evidence: 'C',
  }),
  status({
    code: 'ACCP',
    levels: ALL_LEVELS,
    title: { nb: 'Akseptert etter kundekontroll', en: 'Accepted customer profile' },
    meaning: {
      nb: 'De tekniske kontrollene og kontrollene mot kundeprofilen (avtale, kontoer, rettigheter) er bestått.',
      en: 'The technical checks and the checks against the customer profile (agreement, accounts, rights) have passed.',
    },
    causes: [
      {
        nb: 'Alle betalinger i blokken har gyldige kontoer, beløp og referanser, og godkjenningen er i orden.',
        en: 'Every payment in the block has valid accounts, amounts and references, and the approval is in order.',
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre. Betalingen venter på utførelsesdatoen.',
      en: 'Nothing to do. The payment waits for its execution date.',
    },
    trigger: 'A valid, approved pain.001 after business validation (payment or transaction level)',
    sourceKeys: 'S11',
    evidence: 'P',
  }),
  status({
    code: 'ACSP',
    levels: ALL_LEVELS,
    title: { nb: 'Akseptert for utførelse', en: 'Accepted settlement in process' },
    meaning: {
      nb: 'Alle kontroller er bestått og betalingen er akseptert for utførelse; oppgjøret pågår.',
      en: 'Every check has passed and the payment is accepted for execution; settlement is in progress.',
    },
    causes: [
      {
        nb: 'En godkjent betaling med gyldig KID eller melding og dekning, før bokføringsdagen.',
        en: 'An approved payment with a valid KID or message and funds, before its booking day.',
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre. Betalingen belastes på utførelsesdatoen; en camt.054 bekrefter belastningen.',
      en: 'Nothing to do. The payment is debited on its execution date; a camt.054 confirms the debit.',
    },
    trigger: 'A valid, approved payment with ReqdExctnDt on a future banking day (transaction level)',
    sourceKeys: 'S11, S37',
    evidence: 'C',
  }),
  status({
    code: 'ACSC',
    levels: ALL_LEVELS,
    title: { nb: 'Belastet debetkontoen', en: 'Accepted settlement completed (debtor)' },
    meaning: {
      nb: 'Oppgjøret på betalers konto er fullført: beløpet er trukket. Brukes etter avtale med banken.',
      en: "Settlement on the debtor's account is complete: the amount has been debited. Used by bilateral agreement.",
    },
    causes: [
      {
        nb: 'Utførelsesdatoen er nådd, det er dekning og banken har bokført betalingen.',
        en: 'The execution date was reached, funds were available and the bank booked the payment.',
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre. Avstem mot belastningsvarselet (camt.054) eller kontoutskriften (camt.053).',
      en: 'Nothing to do. Reconcile against the debit notification (camt.054) or the statement (camt.053).',
    },
    trigger:
      'An accepted payment after POST /sim/v1/clock/advance past its execution date with funds on the debit account',
    sourceKeys: 'S11',
    evidence: 'P',
  }),
  status({
    code: 'ACWC',
    levels: ALL_LEVELS,
    title: { nb: 'Akseptert med endring', en: 'Accepted with change' },
    meaning: {
      nb: 'Betalingen er akseptert, men banken har endret noe, for eksempel utførelsesdatoen.',
      en: 'The payment is accepted, but the bank changed something, for example the execution date.',
    },
    causes: [
      {
        nb: 'Utførelsesdatoen var en helg, en helligdag eller passert, og banken flyttet den til neste bankdag (DT06).',
        en: 'The execution date was a weekend, a public holiday or in the past, and the bank moved it to the next banking day (DT06).',
      },
    ],
    remedy: {
      nb: 'Se hva som ble endret (StsRsnInf, ofte DT06). Som regel trengs ingenting, men sjekk at ny dato ikke gir forsinkelsesrenter.',
      en: 'See what was changed (StsRsnInf, usually DT06). Usually nothing is needed, but check the new date causes no late-payment interest.',
    },
    trigger:
      'A pain.001 with ReqdExctnDt on a Saturday, Sunday or Norwegian public holiday, with the agreement\'s executionDatePolicy "roll-forward"',
    sourceKeys: 'S11, S37',
    evidence: 'C',
  }),
  status({
    code: 'PDNG',
    levels: ALL_LEVELS,
    title: { nb: 'Venter', en: 'Pending' },
    meaning: {
      nb: 'Betalingen er satt på vent; flere kontroller eller en ny status kommer senere.',
      en: 'The payment is on hold; further checks or a later status update will follow.',
    },
    causes: [
      {
        nb: 'Avtalen bruker ikke regnskapsgodkjente betalinger (RGB): filen ligger i nettbanken og venter på godkjenning.',
        en: 'The agreement does not use accounting-approved payments (RGB): the file waits in the netbank for approval.',
      },
      {
        nb: 'Det er ikke dekning på debetkontoen på utførelsesdatoen; banken prøver igjen før den avviser (AM04).',
        en: 'The debit account lacks funds on the execution date; the bank retries before it rejects (AM04).',
      },
    ],
    remedy: {
      nb: 'Godkjenn betalingen i nettbanken hvis avtalen krever det, eller sørg for dekning på debetkontoen. Send ikke filen på nytt: det gir dobbel betaling.',
      en: 'Approve the payment in the netbank if the agreement requires it, or put funds on the debit account. Do not resend the file: that pays twice.',
    },
    trigger:
      'A pain.001 to an agreement with rgb false (awaiting netbank approval), or a payment whose debit account balance is below the amount on the execution date',
    sourceKeys: 'S11, S37, S58',
    evidence: 'C',
  }),
  status({
    code: 'PART',
    // pain.002.001.03: PART is a group/payment status only; TxSts=PART fails the .03 XSD (§3.1).
    levels: ['group', 'payment'],
    title: { nb: 'Delvis akseptert', en: 'Partially accepted' },
    meaning: {
      nb: 'Noen betalinger i filen eller blokken er akseptert, andre er avvist.',
      en: 'Some payments in the file or block were accepted, others were rejected.',
    },
    causes: [
      {
        nb: 'Én eller flere transaksjoner feilet (for eksempel feil KID eller kontonummer) mens resten var i orden, og avtalen avviser per transaksjon.',
        en: 'One or more transactions failed (for example a wrong KID or account number) while the rest were fine, and the agreement rejects per transaction.',
      },
    ],
    remedy: {
      nb: 'Finn transaksjonene med TxSts RJCT, rett dem og send bare dem på nytt. Send ikke hele filen igjen: de aksepterte betalingene ville blitt betalt to ganger.',
      en: 'Find the transactions with TxSts RJCT, correct them and resend only those. Do not resend the whole file: the accepted payments would be paid twice.',
    },
    trigger:
      'A pain.001 with one valid payment and one with EndToEndId TRIGGER-RR09, to an agreement with rejectGranularity "transaction"',
    sourceKeys: 'S11, S37',
    evidence: 'C',
  }),
  status({
    code: 'RJCT',
    levels: ALL_LEVELS,
    title: { nb: 'Avvist', en: 'Rejected' },
    meaning: {
      nb: 'Filen, blokken eller transaksjonen er avvist og blir ikke utført. Årsaken står i StsRsnInf.',
      en: 'The file, block or transaction was rejected and will not be executed. The reason is in StsRsnInf.',
    },
    causes: [
      {
        nb: 'På gruppenivå: filen er ugyldig (FF01), en kontrollsum stemmer ikke (AM10) eller avtalen er feil satt opp.',
        en: 'At group level: the file is invalid (FF01), a control total does not match (AM10) or the agreement is set up wrongly.',
      },
      {
        nb: 'På transaksjonsnivå: ugyldig konto (AC01/AC03), KID (RR09), manglende rettighet (AG08), manglende dekning (AM04) og lignende.',
        en: 'At transaction level: an invalid account (AC01/AC03), KID (RR09), missing rights (AG08), lack of funds (AM04) and the like.',
      },
    ],
    remedy: {
      nb: 'Les årsakskoden (StsRsnInf/Rsn/Cd) og teksten i AddtlInf, og kjør `efaktura-bench explain <kode>`. Er GrpSts RJCT, rett og send hele filen; ellers bare de avviste betalingene.',
      en: 'Read the reason code (StsRsnInf/Rsn/Cd) and the AddtlInf text, and run `efaktura-bench explain <code>`. If GrpSts is RJCT, correct and resend the whole file; otherwise only the rejected payments.',
    },
    trigger: 'Any pain.001 EndToEndId or MsgId TRIGGER-<reason code>, e.g. EndToEndId TRIGGER-AC03',
    sourceKeys: 'S11, S37',
    evidence: 'C',
  }),
  status({
    code: 'ACCC',
    levels: ALL_LEVELS,
    onlyIn: 'pain.002.001.10',
    title: { nb: 'Godskrevet mottakers konto', en: 'Accepted settlement completed (creditor)' },
    meaning: {
      nb: 'Beløpet er godskrevet mottakers konto. Finnes bare i den nyere pain.002.001.10.',
      en: "The amount has been credited to the creditor's account. Only in the newer pain.002.001.10.",
    },
    causes: [
      {
        nb: 'En betaling sendt som pain.001.001.09 er bokført, og mottakers konto er i samme (simulerte) bank.',
        en: "A payment sent as pain.001.001.09 was booked, and the creditor's account is in the same (simulated) bank.",
      },
    ],
    remedy: {
      nb: 'Ingenting å gjøre. Sier mottakeren at pengene ikke er kommet, gi dem EndToEndId og KID slik at de kan finne innbetalingen.',
      en: 'Nothing to do. If the creditor says the money has not arrived, give them the EndToEndId and KID so they can find the credit.',
    },
    trigger:
      'A pain.001.001.09 payment to an account held in the simulated bank, after POST /sim/v1/clock/advance past its execution date',
    sourceKeys: 'S11; seen in .10 samples',
    evidence: 'P',
  }),
];
