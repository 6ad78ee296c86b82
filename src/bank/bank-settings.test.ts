import { describe, expect, it } from 'vitest';
import { DEFAULT_BANK_SETTINGS, cutOffTime, resolveBankSettings } from './bank-settings.ts';

describe('resolveBankSettings', () => {
  it('takes valid values and falls back to the default for anything else', () => {
    const settings = resolveBankSettings({
      structuredReferenceLimit: 10,
      maxExecutionDaysAhead: 'soon',
      fundsRetryBankingDays: 0,
      executionRunTimes: ['13:00', '07:00', '07:00'],
    });
    expect(settings).toEqual({
      structuredReferenceLimit: 10,
      maxExecutionDaysAhead: DEFAULT_BANK_SETTINGS.maxExecutionDaysAhead,
      fundsRetryBankingDays: DEFAULT_BANK_SETTINGS.fundsRetryBankingDays,
      executionRunTimes: ['07:00', '13:00'],
    });
    expect(cutOffTime(settings)).toBe('13:00');
  });

  it('refuses malformed run times as a whole', () => {
    expect(resolveBankSettings({ executionRunTimes: ['6:00'] }).executionRunTimes).toEqual(
      DEFAULT_BANK_SETTINGS.executionRunTimes,
    );
  });
});
