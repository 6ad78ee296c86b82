import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MPS_SETTINGS,
  resolveJttaSettings,
  resolveMpsSettings,
  resolveNettbankSettings,
} from './settings.ts';

describe('eFaktura settings', () => {
  it('use the defaults when nothing is set', () => {
    expect(resolveMpsSettings(undefined)).toEqual(DEFAULT_MPS_SETTINGS);
    expect(resolveJttaSettings({})).toEqual({
      legacyAgreementsClosedFrom: '2021-12-01',
      legacyAgreementsRetiredFrom: '2022-05-15',
    });
    expect(resolveNettbankSettings(undefined).expireAfterDays).toBe(30);
  });

  it('take valid values and fall back per key for values of the wrong type', () => {
    const resolved = resolveMpsSettings({
      processingDelayMinutes: 0,
      revealBlocked: 'no',
      searchMatchMode: 'any-combination',
      allowedDocumentTypes: ['INVOICE', 'NOPE'],
      minDueDays: -1,
    });
    expect(resolved).toMatchObject({
      processingDelayMinutes: 0,
      revealBlocked: true,
      searchMatchMode: 'any-combination',
      allowedDocumentTypes: DEFAULT_MPS_SETTINGS.allowedDocumentTypes,
      minDueDays: 3,
    });
    expect(
      resolveJttaSettings({ legacyAgreementsRetiredFrom: '15.05.2022' }).legacyAgreementsRetiredFrom,
    ).toBe('2022-05-15');
  });
});
