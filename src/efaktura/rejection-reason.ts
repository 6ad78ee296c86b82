// Why MPS rejects a transaction when it validates a shipment asynchronously (efaktura-b2c.md §10.5
// [I]; the Vipps analogue rejects asynchronously too, §2.4 [C] S20). Each reason is a bench code
// of the EB-EF family in src/codes/bench-efaktura.ts, in the order the checks run.

export const REJECTION_REASONS = [
  'EB-EF-ISSUER-NOT-CONFIRMED',
  'EB-EF-ISSUER-NAME-TOO-LONG',
  'EB-EF-ACCOUNT-NOT-ISSUERS',
  'EB-EF-KID-INVALID',
  'EB-EF-MIN-AMOUNT',
  'EB-EF-DUE-DATE-TOO-EARLY',
  'EB-EF-DUE-DATE-TOO-LATE',
  'EB-EF-UNKNOWN-IDENTIFIER',
  'EB-EF-LEGACY-RETIRED',
  'EB-EF-NO-JTTA',
  'EB-EF-RESERVED',
] as const;
export type RejectionCode = (typeof REJECTION_REASONS)[number];

export interface RejectionReason {
  code: RejectionCode;
  message: string;
}

export function isRejectionCode(code: string): code is RejectionCode {
  return (REJECTION_REASONS as readonly string[]).includes(code);
}
