// The issuer agreement (utstederavtale): PENDING → CONFIRMED → DISABLED (efaktura-b2c.md §5 [I];
// Maventa S54: an agreement is disabled only once CONFIRMED, "Issuer state is PENDING" [C]).
// One agreement per organisation number (Maventa checks for an agreement with another service
// provider [C] S19): a second registration is refused while one is PENDING or CONFIRMED.
import { validateAccountNumber } from '../norway/account-number.ts';
import { KID_MAX_LENGTH, KID_MIN_LENGTH } from '../norway/kid.ts';
import type { KidAlgorithm } from '../norway/kid.ts';
import { osloIso } from '../norway/oslo-time.ts';
import { issue } from './issue.ts';
import type { EfakturaIssue, Outcome } from './issue.ts';
import { checkOrganisationNumber } from './reservation.ts';

export type IssuerState = 'PENDING' | 'CONFIRMED' | 'DISABLED';

/** The issuer's KID set-up: the algorithm and the allowed total lengths (§5 "KID setup" [C] S38). */
export interface KidSetup {
  algorithm: KidAlgorithm;
  lengths: number[];
}

/** The body of POST /mps/v1/issuers (ARCHITECTURE.md §5.3). */
export interface IssuerInput {
  orgNumber: string;
  name: string;
  accountNumber: string;
  kid: KidSetup;
  contactEmail: string;
}

export interface IssuerAgreement extends IssuerInput {
  state: IssuerState;
  /** The issuer's own key (tenant.issueKey({ kind: 'issuer', id: orgNumber })). */
  apiKey: string;
  createdAt: string;
  confirmedAt: string | null;
  disabledAt: string | null;
}

/** [I] An issuer lists at most as many KID lengths as a bank account holds KID definitions (3). */
export const MAX_KID_LENGTHS = 3;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateIssuerInput(input: IssuerInput): Outcome<IssuerInput> {
  const issues: EfakturaIssue[] = [];
  const org = checkOrganisationNumber(input.orgNumber, 'orgNumber');
  if (!org.ok) issues.push(...org.issues);

  // ERP service: "invalid billing account number (must be 11 digits and MOD11-valid)" (§3 [C-part] S12).
  const account = validateAccountNumber(input.accountNumber);
  if (!account.valid) {
    issues.push(
      issue(
        '5006',
        'accountNumber',
        input.accountNumber,
        `${account.message} (reason ${account.reason}). The issuer's account must be an 11-digit, MOD11-valid kontonummer.`,
      ),
    );
  }

  const { algorithm, lengths } = input.kid;
  if (algorithm !== 'MOD10' && algorithm !== 'MOD11') {
    issues.push(
      issue(
        'EB-EF-KID-SETUP-INVALID',
        'kid.algorithm',
        algorithm,
        'The KID algorithm must be MOD10 or MOD11.',
      ),
    );
  }
  const badLength = lengths.findIndex(
    (n) => !Number.isInteger(n) || n < KID_MIN_LENGTH || n > KID_MAX_LENGTH,
  );
  if (lengths.length === 0 || lengths.length > MAX_KID_LENGTHS || new Set(lengths).size !== lengths.length) {
    issues.push(
      issue(
        'EB-EF-KID-SETUP-INVALID',
        'kid.lengths',
        lengths,
        `List 1–${MAX_KID_LENGTHS} distinct KID lengths (total length, check digit included).`,
      ),
    );
  } else if (badLength !== -1) {
    issues.push(
      issue(
        'EB-EF-KID-SETUP-INVALID',
        `kid.lengths[${badLength}]`,
        lengths[badLength],
        `A KID has ${KID_MIN_LENGTH}–${KID_MAX_LENGTH} characters including its check digit.`,
      ),
    );
  }
  if (!EMAIL.test(input.contactEmail.trim())) {
    issues.push(
      issue(
        'EB-EF-EMAIL-INVALID',
        'contactEmail',
        input.contactEmail,
        'contactEmail must be an e-mail address (name@domain.tld).',
      ),
    );
  }
  if (issues.length > 0 || !org.ok || !account.valid) return { ok: false, issues };
  return {
    ok: true,
    value: {
      orgNumber: org.value,
      name: input.name.trim(),
      accountNumber: account.value,
      kid: { algorithm, lengths: [...lengths].sort((a, b) => a - b) },
      contactEmail: input.contactEmail.trim(),
    },
  };
}

export function registerIssuer(
  issuers: Map<string, IssuerAgreement>,
  input: IssuerInput,
  apiKey: (orgNumber: string) => string,
  now: Date,
): Outcome<IssuerAgreement> {
  const checked = validateIssuerInput(input);
  if (!checked.ok) return checked;
  const existing = issuers.get(checked.value.orgNumber);
  if (existing && existing.state !== 'DISABLED') {
    return {
      ok: false,
      issues: [
        issue(
          'EB-EF-DUPLICATE-ISSUER',
          'orgNumber',
          input.orgNumber,
          `Organisation ${checked.value.orgNumber} already has an eFaktura issuer agreement (state ${existing.state}); ` +
            'one agreement covers all banks. Use GET /mps/v1/issuers/{orgNumber}, or disable it first.',
        ),
      ],
    };
  }
  const agreement: IssuerAgreement = {
    ...checked.value,
    state: 'PENDING',
    apiKey: apiKey(checked.value.orgNumber),
    createdAt: osloIso(now),
    confirmedAt: null,
    disabledAt: null,
  };
  issuers.set(agreement.orgNumber, agreement);
  return { ok: true, value: agreement };
}

function stateIssue(issuer: IssuerAgreement, action: string, why: string): Outcome<IssuerAgreement> {
  return {
    ok: false,
    issues: [
      issue(
        'EB-EF-ISSUER-STATE',
        'state',
        issuer.state,
        `Cannot ${action} issuer ${issuer.orgNumber} in state ${issuer.state}: ${why}`,
      ),
    ],
  };
}

/** PENDING → CONFIRMED; confirming a CONFIRMED agreement is a no-op. */
export function confirmIssuer(issuer: IssuerAgreement, now: Date): Outcome<IssuerAgreement> {
  if (issuer.state === 'DISABLED') {
    return stateIssue(
      issuer,
      'confirm',
      'a disabled agreement stays disabled; register the issuer again (POST /mps/v1/issuers).',
    );
  }
  if (issuer.state === 'PENDING') {
    issuer.state = 'CONFIRMED';
    issuer.confirmedAt = osloIso(now);
  }
  return { ok: true, value: issuer };
}

/** CONFIRMED → DISABLED; disabling a DISABLED agreement is a no-op, a PENDING one is refused (S54). */
export function disableIssuer(issuer: IssuerAgreement, now: Date): Outcome<IssuerAgreement> {
  if (issuer.state === 'PENDING') {
    return stateIssue(issuer, 'disable', 'only a CONFIRMED agreement can be disabled; confirm it first.');
  }
  if (issuer.state === 'CONFIRMED') {
    issuer.state = 'DISABLED';
    issuer.disabledAt = osloIso(now);
  }
  return { ok: true, value: issuer };
}
