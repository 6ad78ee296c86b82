// The Norwegian number core: KID, kontonummer (BBAN), IBAN, organisasjonsnummer,
// fødselsnummer, mobile numbers, and Oslo calendar time (iso20022-norway.md §5).
export * from './result.ts';
export * from './calendar-date.ts';
export * from './kid.ts';
export * from './account-number.ts';
export * from './iban.ts';
export * from './organisation-number.ts';
export * from './national-id.ts';
export * from './mobile.ts';
export * from './check-number.ts';
export * from './oslo-time.ts';
