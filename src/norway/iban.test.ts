import { describe, expect, it } from 'vitest';
import { bbanToIban, ibanToBban, validateIban, validateNorwegianIban } from './iban.ts';

describe('validateNorwegianIban', () => {
  it('accepts a Norwegian IBAN with spaces or lower case and returns the electronic form', () => {
    expect(validateNorwegianIban('no93 8601 1117 947')).toEqual({
      valid: true,
      value: 'NO9386011117947',
      country: 'NO',
      bban: '86011117947',
      formatted: 'NO93 8601 1117 947',
    });
  });

  it('rejects wrong IBAN check digits with checksum, before looking at the account', () => {
    expect(validateNorwegianIban('NO94 8601 1117 947')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('rejects a mod-97-valid IBAN whose account cannot exist with bban-check-digit-impossible', () => {
    // A body with weighted sum ≡ 1 (mod 11) has check value 10; mod-97 digits are computed to pass.
    const made = bbanToIbanUnchecked(`${impossibleAccountBody()}0`);
    expect(validateNorwegianIban(made)).toMatchObject({
      valid: false,
      reason: 'bban-check-digit-impossible',
    });
  });

  it('rejects an embedded 0000 register code unless allowZeroPrefix is set', () => {
    const iban = bbanToIbanUnchecked('00001234560');
    expect(validateNorwegianIban(iban)).toMatchObject({ valid: false, reason: 'bban-zero-prefix' });
    expect(validateIban(iban, { allowZeroPrefix: true })).toMatchObject({ valid: true, bban: '00001234560' });
    expect(ibanToBban(iban, { allowZeroPrefix: true })).toMatchObject({ valid: true, value: '00001234560' });
    expect(bbanToIban('00001234560', { allowZeroPrefix: true })).toMatchObject({ valid: true, value: iban });
  });

  it('rejects foreign IBANs, wrong lengths and non-digit account parts', () => {
    expect(validateNorwegianIban('DE89370400440532013000')).toMatchObject({
      valid: false,
      reason: 'not-norwegian',
    });
    expect(validateNorwegianIban('NO938601111794')).toMatchObject({ valid: false, reason: 'wrong-length' });
    expect(validateNorwegianIban('NO93860111179A7')).toMatchObject({ valid: false, reason: 'wrong-format' });
    expect(validateNorwegianIban('NO93-8601')).toMatchObject({ valid: false, reason: 'invalid-characters' });
    expect(validateNorwegianIban(' ')).toMatchObject({ valid: false, reason: 'empty' });
  });
});

function impossibleAccountBody(): string {
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = 1_000_000_000; ; n += 1) {
    const body = String(n);
    if ([...body].reduce((sum, d, i) => sum + Number(d) * (weights[i] ?? 0), 0) % 11 === 1) return body;
  }
}

/** An IBAN with correct mod-97 digits for any 11 digits, bypassing the BBAN check (ISO 13616). */
function bbanToIbanUnchecked(bban: string): string {
  const numeric = BigInt(`${bban}${'NO'.charCodeAt(0) - 55}${'NO'.charCodeAt(1) - 55}00`);
  const check = 98n - (numeric % 97n);
  return `NO${String(check).padStart(2, '0')}${bban}`;
}

describe('validateIban', () => {
  it('checks a foreign IBAN with mod-97 and reports its country', () => {
    expect(validateIban('DE89 3704 0044 0532 0130 00')).toMatchObject({
      valid: true,
      country: 'DE',
      value: 'DE89370400440532013000',
    });
    expect(validateIban('DE89 3704 0044 0532 0130 01')).toMatchObject({ valid: false, reason: 'checksum' });
  });

  it('applies the Norwegian account check to NO IBANs', () => {
    expect(validateIban('NO23 8601 1117 946')).toMatchObject({ valid: false, reason: 'bban-check-digit' });
  });

  it('rejects an unknown country and a wrong length for the country', () => {
    expect(validateIban('XX89370400440532013000')).toMatchObject({ valid: false, reason: 'unknown-country' });
    expect(validateIban('DE8937040044053201300')).toMatchObject({ valid: false, reason: 'wrong-length' });
  });
});

describe('bbanToIban and ibanToBban', () => {
  it('convert 86011117947 to NO9386011117947 and back', () => {
    expect(bbanToIban('8601.11.17947')).toMatchObject({ valid: true, value: 'NO9386011117947' });
    expect(ibanToBban('NO93 8601 1117 947')).toMatchObject({ valid: true, value: '86011117947' });
  });

  it('refuse an invalid account number with the account reason', () => {
    expect(bbanToIban('12345678902')).toMatchObject({ valid: false, reason: 'check-digit' });
    expect(ibanToBban('NO23 8601 1117 946')).toMatchObject({ valid: false, reason: 'bban-check-digit' });
  });
});
