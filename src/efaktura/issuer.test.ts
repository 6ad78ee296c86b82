import { describe, expect, it } from 'vitest';
import { issuerInput } from '../../test/efaktura/fixtures.ts';
import { confirmIssuer, disableIssuer, registerIssuer, validateIssuerInput } from './issuer.ts';
import type { IssuerAgreement, IssuerInput } from './issuer.ts';

const NOW = new Date('2026-01-12T08:00:00+01:00');
const key = (org: string) => `key-${org}`;

function codes(input: IssuerInput): string[] {
  const result = validateIssuerInput(input);
  return result.ok ? [] : result.issues.map((i) => i.code);
}

describe('issuer agreements', () => {
  it('registers a valid issuer as PENDING with its own key, normalising the numbers', () => {
    const issuers = new Map<string, IssuerAgreement>();
    const input = issuerInput({
      accountNumber: '1503.00.00002',
      kid: { algorithm: 'MOD11', lengths: [10, 7] },
    });
    const result = registerIssuer(issuers, input, key, NOW);
    expect(result.ok && result.value).toMatchObject({
      state: 'PENDING',
      accountNumber: '15030000002',
      apiKey: `key-${input.orgNumber}`,
      kid: { lengths: [7, 10] },
    });
  });

  it.each([
    ['an org number failing MOD11', { orgNumber: '123456789' }, 'EB-EF-ORG-NUMBER-INVALID'],
    ['an account failing MOD11', { accountNumber: '12345678902' }, '5006'],
    ['an unknown KID algorithm', { kid: { algorithm: 'LUHN', lengths: [7] } }, 'EB-EF-KID-SETUP-INVALID'],
    ['no KID lengths', { kid: { algorithm: 'MOD10', lengths: [] } }, 'EB-EF-KID-SETUP-INVALID'],
    ['a KID length of 26', { kid: { algorithm: 'MOD10', lengths: [26] } }, 'EB-EF-KID-SETUP-INVALID'],
    ['four KID lengths', { kid: { algorithm: 'MOD10', lengths: [5, 6, 7, 8] } }, 'EB-EF-KID-SETUP-INVALID'],
    ['a contact e-mail without @', { contactEmail: 'nobody' }, 'EB-EF-EMAIL-INVALID'],
  ])('refuses %s', (_label, overrides, code) => {
    expect(codes(issuerInput(overrides) as IssuerInput)).toEqual([code]);
  });

  it('collects every problem of one registration', () => {
    expect(
      codes(issuerInput({ orgNumber: '1', accountNumber: '2', contactEmail: 'x' }) as IssuerInput),
    ).toEqual(['EB-EF-ORG-NUMBER-INVALID', '5006', 'EB-EF-EMAIL-INVALID']);
  });

  it('refuses a second agreement for the same org number until the first is disabled', () => {
    const issuers = new Map<string, IssuerAgreement>();
    const first = registerIssuer(issuers, issuerInput(), key, NOW);
    const again = registerIssuer(issuers, issuerInput({ name: 'Other' }), key, NOW);
    expect(again.ok ? 'ok' : again.issues[0]?.code).toBe('EB-EF-DUPLICATE-ISSUER');
    if (!first.ok) throw new Error('setup');
    confirmIssuer(first.value, NOW);
    disableIssuer(first.value, NOW);
    expect(registerIssuer(issuers, issuerInput({ name: 'Other' }), key, NOW).ok).toBe(true);
  });

  it('moves PENDING → CONFIRMED → DISABLED and refuses the other transitions', () => {
    const issuers = new Map<string, IssuerAgreement>();
    const created = registerIssuer(issuers, issuerInput(), key, NOW);
    if (!created.ok) throw new Error('setup');
    const issuer = created.value;
    expect(disableIssuer(issuer, NOW).ok).toBe(false); // Maventa: PENDING cannot be disabled
    expect(confirmIssuer(issuer, NOW).ok && issuer.state).toBe('CONFIRMED');
    expect(confirmIssuer(issuer, NOW).ok).toBe(true); // idempotent
    expect(disableIssuer(issuer, NOW).ok && issuer.state).toBe('DISABLED');
    const reconfirm = confirmIssuer(issuer, NOW);
    expect(reconfirm.ok ? 'ok' : reconfirm.issues[0]?.code).toBe('EB-EF-ISSUER-STATE');
  });
});
