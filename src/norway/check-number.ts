// One entry point over every number kind, for tools that take the kind as data: the
// `numbers check` CLI (whose output lines are a contract CI scripts parse) and support tooling.
import { validateAccountNumber } from './account-number.ts';
import { validateIban } from './iban.ts';
import { validateKid } from './kid.ts';
import type { KidOptions } from './kid.ts';
import { validateMobile } from './mobile.ts';
import { validateNationalId } from './national-id.ts';
import type { NationalIdOptions } from './national-id.ts';
import { validateOrganisationNumber } from './organisation-number.ts';

export const NUMBER_KINDS = ['kid', 'account', 'iban', 'orgnr', 'nationalid', 'mobile'] as const;
export type NumberKind = (typeof NUMBER_KINDS)[number];

export function isNumberKind(value: unknown): value is NumberKind {
  return typeof value === 'string' && (NUMBER_KINDS as readonly string[]).includes(value);
}

export interface CheckNumberOptions {
  kid?: KidOptions;
  nationalId?: NationalIdOptions;
}

export interface CheckedNumber {
  valid: boolean;
  /** The stable machine reason when invalid; a short description when valid (`MOD10`, `fnr born 1999-12-31`). */
  detail: string;
  /** The human explanation of a failure (empty when valid). */
  message: string;
}

/** Checks one value of a kind and says, in one short field, why it passed or failed. */
export function checkNumber(
  kind: NumberKind,
  input: string,
  options: CheckNumberOptions = {},
): CheckedNumber {
  const fail = (result: { reason: string; message: string }): CheckedNumber => ({
    valid: false,
    detail: result.reason,
    message: result.message,
  });
  const pass = (detail: string): CheckedNumber => ({ valid: true, detail, message: '' });
  switch (kind) {
    case 'kid': {
      const result = validateKid(input, options.kid);
      return result.valid ? pass(result.algorithm) : fail(result);
    }
    case 'account': {
      const result = validateAccountNumber(input);
      return result.valid ? pass(`BBAN ${result.formatted}`) : fail(result);
    }
    case 'iban': {
      const result = validateIban(input);
      if (!result.valid) return fail(result);
      return pass(
        result.country === 'NO' ? `IBAN ${result.formatted} BBAN ${result.bban}` : `IBAN ${result.formatted}`,
      );
    }
    case 'orgnr': {
      const result = validateOrganisationNumber(input);
      return result.valid ? pass(`orgnr ${result.formatted}`) : fail(result);
    }
    case 'nationalid': {
      const result = validateNationalId(input, options.nationalId);
      if (!result.valid) return fail(result);
      return pass(`${result.kind} born ${result.birthDate}${result.requires2032Rule ? ' (2032 rule)' : ''}`);
    }
    case 'mobile': {
      const result = validateMobile(input);
      return result.valid ? pass(`mobile ${result.value}`) : fail(result);
    }
  }
}
