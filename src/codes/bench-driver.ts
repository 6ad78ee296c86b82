// The driver's own problem codes (problem+json `code`), as catalogue entries. They belong in the
// catalogue (src/codes/catalogue.ts) so `efaktura-bench explain EB-DRIVER-...` works; until the
// catalogue's owner adds `driverCodes` there, the problem title falls back to the code.
import type { CatalogueEntry } from './types.ts';

const driver = (
  code: string,
  httpStatus: number,
  title: { nb: string; en: string },
  meaning: { nb: string; en: string },
  remedy: { nb: string; en: string },
): CatalogueEntry => ({
  code,
  family: 'bench',
  title,
  meaning,
  causes: [meaning],
  remedy,
  appearsIn: [{ message: 'problem+json', level: 'request', endpoint: '/driver/v1' }],
  trigger: { kind: 'input', description: meaning.en },
  httpStatus,
  source: 'ARCHITECTURE.md §5.6; iso20022-norway.md §6.1 (approvals)',
  evidence: 'I',
});

export const DRIVER_CODES = {
  approvalsRefused: 'EB-DRIVER-APPROVALS-REFUSED',
  nothingToPay: 'EB-DRIVER-NOTHING-TO-PAY',
  notConfigured: 'EB-DRIVER-NOT-CONFIGURED',
  payableLocked: 'EB-DRIVER-PAYABLE-LOCKED',
  benchError: 'EB-DRIVER-BENCH-ERROR',
} as const;

export const driverCodes: CatalogueEntry[] = [
  driver(
    DRIVER_CODES.approvalsRefused,
    422,
    {
      nb: 'Betalingsløpet mangler godkjennere',
      en: 'Payment run refused: approvers do not satisfy the rule',
    },
    {
      nb: 'Klienten sendte ikke filen: godkjennerne oppfyller ikke avtalens regel (1+1, 2+1, 2+2). Banken ville avvist den med AG08.',
      en: "The client did not send the file: the approvers cannot satisfy the agreement's rule (1+1, 2+1, 2+2). The bank would have rejected it with AG08.",
    },
    {
      nb: 'Legg til godkjennere med godkjenningsrett på debetkontoen i banken, og kjør betalingsløpet på nytt.',
      en: 'Add approvers who hold approval authority on the debit account in the bank, then run the payment run again.',
    },
  ),
  driver(
    DRIVER_CODES.nothingToPay,
    409,
    { nb: 'Ingenting å betale', en: 'Nothing to pay' },
    {
      nb: 'Ingen åpne betalinger (nye eller korrigerte) kan betales i dette løpet.',
      en: 'No open payables (new or corrected) can be paid in this run.',
    },
    {
      nb: 'Registrer betalinger med PUT /driver/v1/payables/{id}; avviste betalinger sendes igjen etter korrigering.',
      en: 'Register payables with PUT /driver/v1/payables/{id}; rejected ones go out again once corrected (PUT again).',
    },
  ),
  driver(
    DRIVER_CODES.notConfigured,
    409,
    { nb: 'Referanseklienten er ikke satt opp', en: 'The reference client is not configured' },
    {
      nb: 'Klienten fant ingen bekreftet utsteder og bankavtale i demoverdenen, og fikk ingen konfigurasjon.',
      en: 'The client found no confirmed issuer and bank agreement in the demo world, and was given no configuration.',
    },
    {
      nb: 'Tilbakestill benken med world "demo" (POST /sim/v1/reset), eller send konfigurasjonen i POST /driver/v1/reset { config }.',
      en: 'Reset the bench with world "demo" (POST /sim/v1/reset), or send the configuration in POST /driver/v1/reset { config }.',
    },
  ),
  driver(
    DRIVER_CODES.payableLocked,
    409,
    { nb: 'Betalingen kan ikke endres nå', en: 'The payable cannot be changed now' },
    {
      nb: 'Betalingen er sendt til banken, akseptert eller betalt; bare åpne, holdte eller avviste betalinger kan korrigeres.',
      en: 'The payable is with the bank, accepted or paid; only open, held or rejected payables can be corrected.',
    },
    {
      nb: 'Vent på statusrapporten (GET /driver/v1/payables/{id}); korriger den først hvis banken avviser den.',
      en: 'Wait for the status report (GET /driver/v1/payables/{id}); correct it only if the bank rejects it.',
    },
  ),
  driver(
    DRIVER_CODES.benchError,
    502,
    { nb: 'Benken svarte ikke som ventet', en: 'The bench did not answer as expected' },
    {
      nb: 'Et kall fra klienten til MPS eller banken feilet eller fikk ikke svar, så operasjonen kunne ikke fullføres.',
      en: 'A call from the client to MPS or the bank failed or got no answer, so the operation could not complete.',
    },
    {
      nb: 'Se benchStatus/benchCode i svaret og journalen (GET /sim/v1/journal); fjern feilregler (DELETE /sim/v1/faults) og prøv igjen.',
      en: 'See benchStatus/benchCode in the answer and the journal (GET /sim/v1/journal); clear fault rules (DELETE /sim/v1/faults) and retry.',
    },
  ),
];
