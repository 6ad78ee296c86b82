// The deliberately faulty variants ("mutants") of the reference client (issue 6, "teeth"). Each one
// is ONE small deviation at exactly one decision point, marked in the code with
// `if (mutant === '<name>')` and a `// MUTANT:` comment, so the reference code stays readable and a
// reader can find every deviation with `grep -rn "MUTANT:" reference-client`.
// The conformance suite and the model-based scenarios must catch every one of them.

export const MUTANTS = [
  'ignores-blacklist',
  'sends-after-jtta-withdrawn',
  'mod10-check-digit-ten',
  'mod11-no-dash',
  'sends-on-behalf',
  'oversize-shipment',
  'reuses-msgid',
  'single-approver',
  'credit-note-with-kid',
  'no-fallback-after-rejection',
  'polls-without-backoff',
] as const;

export type MutantName = (typeof MUTANTS)[number];

/** One line per mutant: what it does wrong, and the rule it breaks. */
export const MUTANT_DESCRIPTIONS: Readonly<Record<MutantName, string>> = {
  'ignores-blacklist':
    'Keeps the eFaktura agreement of a person who reserved against the issuer (ignores BLOCKED search results and the blacklist), so eFaktura and eFaktura reminders still go to them (efaktura-b2c.md §2.4, §7.6).',
  'sends-after-jtta-withdrawn':
    'Keeps the eFaktura agreement when the scan no longer finds the person (JTTA withdrawn), so eFaktura still go to someone without consent (efaktura-b2c.md §2.1, §7.6).',
  'mod10-check-digit-ten':
    'Writes the MOD10 check digit as "10" (two characters) when the Luhn sum is a multiple of 10, instead of 0 (iso20022-norway.md §5.1).',
  'mod11-no-dash':
    'Writes "0" instead of "-" when the MOD11 check value is 10, so those KIDs fail their modulus (iso20022-norway.md §5.1).',
  'sends-on-behalf':
    'Sends the eFaktura of a customer without an agreement to another customer at the same address who has one ("on behalf of", ended with eFaktura 2.0: efaktura-b2c.md §2.1).',
  'oversize-shipment':
    'Puts up to 5,000 transactions in one shipment; MPS takes at most 1,000 (efaktura-b2c.md §4.2).',
  'reuses-msgid':
    'Derives the pain.001 MsgId from the run date only, so a second file the same day reuses it (DU01; iso20022-norway.md §2.1).',
  'single-approver':
    'Skips the local approval rule and sends only the first approver in X-Approved-By, so 2+1 and 2+2 agreements are not honoured (iso20022-norway.md §6.1).',
  'credit-note-with-kid':
    'Keeps the invoice KID (SCOR) in a payment that also settles a credit note (CREN); KID may not be combined with credit notes (iso20022-norway.md §2.2).',
  'no-fallback-after-rejection':
    'Does not re-send a rejected eFaktura by e-mail or print: the invoice is lost (efaktura-b2c.md §7.5).',
  'polls-without-backoff':
    'Polls each IN_PROGRESS shipment in a tight loop (up to 25 GETs with no delay) on every driver call instead of backing off (efaktura-b2c.md §7.5).',
};

export function isMutantName(value: unknown): value is MutantName {
  return typeof value === 'string' && (MUTANTS as readonly string[]).includes(value);
}
