import { describe, expect, it } from 'vitest';
import { nationalId, orgNumber, personInput } from '../../test/efaktura/fixtures.ts';
import { giveConsent } from './consent.ts';
import { createLegacyAgreement, legacyAgreementHonoured } from './legacy-agreement.ts';
import { JttaRegister } from './register.ts';
import { DEFAULT_JTTA_SETTINGS } from './settings.ts';

const ISSUER = orgNumber(0);
const settings = DEFAULT_JTTA_SETTINGS;

function setup() {
  const register = new JttaRegister(1);
  const { person } = register.put(nationalId(0), personInput(), '2021-06-01T10:00:00+02:00');
  return { register, person };
}

function codeOf(result: { ok: boolean; issues?: Array<{ code: string }> }): string {
  return result.ok ? 'ok' : (result.issues?.[0]?.code ?? '?');
}

describe('eFaktura 1.0 legacy agreements', () => {
  it('accepts a new agreement before 2021-12-01 and refuses one from that day (virtual date)', () => {
    const { register, person } = setup();
    expect(
      codeOf(
        createLegacyAgreement(
          register,
          person,
          ISSUER,
          '1234567',
          new Date('2021-11-30T23:59:00+01:00'),
          settings,
        ),
      ),
    ).toBe('ok');
    expect(register.getByLegacyReference(ISSUER, '1234567')).toBe(person);
    expect(
      codeOf(
        createLegacyAgreement(
          register,
          person,
          orgNumber(1),
          '1234567',
          new Date('2021-12-01T00:00:00+01:00'),
          settings,
        ),
      ),
    ).toBe('EB-EF-LEGACY-CLOSED');
  });

  it('follows the closing date setting', () => {
    const { register, person } = setup();
    const later = { ...settings, legacyAgreementsClosedFrom: '2030-01-01' };
    expect(
      codeOf(
        createLegacyAgreement(register, person, ISSUER, 'K-77', new Date('2026-01-12T08:00:00+01:00'), later),
      ),
    ).toBe('ok');
  });

  it('refuses a reference another person of the same issuer holds, and references outside 2–50 characters', () => {
    const { register, person } = setup();
    const { person: other } = register.put(
      nationalId(1),
      personInput({ firstName: 'Kari' }),
      '2021-06-01T10:00:00+02:00',
    );
    const at = new Date('2021-06-01T10:00:00+02:00');
    createLegacyAgreement(register, person, ISSUER, '1234567', at, settings);
    expect(codeOf(createLegacyAgreement(register, other, ISSUER, '1234567', at, settings))).toBe(
      'EB-EF-LEGACY-REFERENCE-TAKEN',
    );
    expect(codeOf(createLegacyAgreement(register, other, ISSUER, '7', at, settings))).toBe(
      'EB-EF-LEGACY-REFERENCE-INVALID',
    );
    expect(codeOf(createLegacyAgreement(register, other, '999999990', '1234567', at, settings))).toBe(
      'EB-EF-ORG-NUMBER-INVALID',
    );
  });

  it('honours 1.0 agreements before 2022-05-15 for everyone and after it only with JTTA', () => {
    const { person } = setup();
    expect(legacyAgreementHonoured(person, '2022-05-14', settings)).toBe(true);
    expect(legacyAgreementHonoured(person, '2022-05-15', settings)).toBe(false);
    giveConsent(person, new Date('2022-01-01T12:00:00+01:00'));
    expect(legacyAgreementHonoured(person, '2026-01-12', settings)).toBe(true);
  });
});
