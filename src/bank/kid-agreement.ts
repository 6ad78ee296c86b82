// The KID agreement of a payee's account: up to 3 definitions of algorithm and length
// (iso20022-norway.md §5.1 S43, S44: "max 3 KID structures per agreement, each with a different
// length"). A KID paid to the account must fit one of them, or the bank answers
// "Ugyldig KID-nummer" (RR09); a KID to an account without any definition is AC03
// "Mottager har ikke KID-avtale" (§2.3, S30).
import {
  KID_ALGORITHMS,
  KID_MAX_LENGTH,
  KID_MIN_LENGTH,
  MAX_KID_DEFINITIONS_PER_ACCOUNT,
} from '../norway/kid.ts';
import type { KidAlgorithm } from '../norway/kid.ts';
import type { KidDefinition } from './bank-account.ts';
import type { SetUpIssue } from './set-up-issue.ts';

const CODE = 'EB-BANK-KID-AGREEMENT-INVALID';

/** Checks a KID agreement set-up; returns every issue found (none: the definitions are usable). */
export function validateKidDefinitions(definitions: readonly KidDefinition[]): SetUpIssue[] {
  const issues: SetUpIssue[] = [];
  if (definitions.length > MAX_KID_DEFINITIONS_PER_ACCOUNT) {
    issues.push({
      code: CODE,
      path: 'definitions',
      value: definitions.length,
      message: `An account holds at most ${MAX_KID_DEFINITIONS_PER_ACCOUNT} KID definitions; got ${definitions.length}. Remove one.`,
    });
  }
  const seenLengths = new Map<number, number>();
  definitions.forEach((definition, index) => {
    if (!KID_ALGORITHMS.includes(definition.algorithm as KidAlgorithm)) {
      issues.push({
        code: CODE,
        path: `definitions[${index}].algorithm`,
        value: definition.algorithm,
        message: 'The algorithm must be MOD10 or MOD11.',
      });
    }
    const { length } = definition;
    if (!Number.isInteger(length) || length < KID_MIN_LENGTH || length > KID_MAX_LENGTH) {
      issues.push({
        code: CODE,
        path: `definitions[${index}].length`,
        value: length,
        message: `A KID has ${KID_MIN_LENGTH} to ${KID_MAX_LENGTH} characters, check digit included.`,
      });
    }
    const earlier = seenLengths.get(length);
    if (earlier !== undefined) {
      issues.push({
        code: CODE,
        path: `definitions[${index}].length`,
        value: length,
        message: `Each KID definition of an account has its own length (§5.1, S44); definitions[${earlier}] already uses ${length}.`,
      });
    } else {
      seenLengths.set(length, index);
    }
  });
  return issues;
}
