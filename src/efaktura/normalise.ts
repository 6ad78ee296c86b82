// Normalisation of the keys an issuer searches the JTTA register with (efaktura-b2c.md §2.3).
// Matching is exact on normalised keys (Finago: "100 % match" [C] S34); what counts as "the same"
// is our choice [I], documented in docs/decisions/002-efaktura-modelling.md:
// - Unicode NFC and case folding (nb locale);
// - Norwegian letters fold to their standard ASCII transliterations, on both sides: æ→ae, ø→oe,
//   å→aa (so "Bjørn Ås" = "BJOERN AAS"), and ä→ae, ö→oe, ü→ue; other diacritics are dropped (é→e);
//   a lossy "ø→o" is NOT applied ("Bjorn" ≠ "Bjørn"), since it would merge distinct names;
// - everything that is not a letter or digit is dropped (spaces, hyphens, dots, apostrophes), so
//   "Anne-Marie" = "Anne Marie" and "Storgata 1 A" = "Storgata 1A";
// - e-mail: trimmed and lower-cased as a whole; phone: E.164 via src/norway/mobile.ts.
import { phoneForMatching } from '../norway/mobile.ts';

const TRANSLITERATION: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue' };
const FOLDED_LETTERS = /[æøåäöü]/g;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]/g;

function translate(letter: string): string {
  return TRANSLITERATION[letter] ?? letter;
}

/** The comparison form of a free-text value (name, street); '' when nothing is left. */
export function foldText(text: string): string {
  // Fast path (most keys): plain ASCII needs no Unicode normalisation or transliteration.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_ALNUM, '');
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(FOLDED_LETTERS, translate)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(NOT_LETTER_OR_DIGIT, '');
}

/** First and last name as one key: "Ola Johan" + "Nordmann" = "Ola" + "Johan Nordmann". */
export function nameKey(firstName: string | undefined, lastName: string | undefined): string | undefined {
  if (firstName === undefined || lastName === undefined) return undefined;
  const first = foldText(firstName);
  const last = foldText(lastName);
  return first === '' || last === '' ? undefined : `${first}${last}`;
}

export interface AddressLike {
  street?: string;
  postalCode?: string;
  city?: string;
  country?: string;
}

/**
 * Street, postal code and country as one key. The city is left out: the postal code determines it,
 * and "Oslo"/"OSLO"/"Oslo sentrum" would only add false misses. Country defaults to NO.
 */
export function addressKey(address: AddressLike | undefined): string | undefined {
  if (address?.street === undefined || address.postalCode === undefined) return undefined;
  const street = foldText(address.street);
  const postalCode = address.postalCode.replace(/\s/g, '');
  if (street === '' || postalCode === '') return undefined;
  const country = (address.country ?? 'NO').trim().toUpperCase() || 'NO';
  return `${street}|${postalCode}|${country}`;
}

export function emailKey(email: string | undefined): string | undefined {
  if (email === undefined) return undefined;
  const trimmed = email.trim();
  const key = PRINTABLE_ASCII.test(trimmed)
    ? trimmed.toLowerCase()
    : trimmed.normalize('NFC').toLocaleLowerCase('nb');
  return key === '' ? undefined : key;
}

export function phoneKey(phone: string | undefined): string | undefined {
  if (phone === undefined) return undefined;
  return phoneForMatching(phone) ?? undefined;
}
