import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { configFromWorld } from './demo-world.ts';

const valid = {
  benchUrl: 'http://127.0.0.1:7070/',
  tenantKey: 'ebk_tenant_x',
  issuer: {
    orgNumber: '123456785',
    apiKey: 'k-issuer',
    kid: { algorithm: 'MOD10', length: 10 },
    accountNumber: '12345678903',
    name: 'Abo AS',
  },
  bank: {
    customerId: '123456785',
    apiKey: 'k-bank',
    debtorAccount: '86011117947',
    requiredApprovals: 2,
    approvers: ['ola', 'kari'],
  },
};

function file(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rc-config-')), 'config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('loadConfig', () => {
  it('loads a JSON file and trims the trailing slash of the bench URL', () => {
    const config = loadConfig(file(valid));
    expect(config.benchUrl).toBe('http://127.0.0.1:7070');
    expect(config.bank.requiredApprovals).toBe(2);
  });

  it('names every bad field in one error', () => {
    const bad = {
      ...valid,
      issuer: { ...valid.issuer, orgNumber: '123456789', kid: { algorithm: 'MOD12', length: 40 } },
      bank: { ...valid.bank, debtorAccount: '12345678902' },
    };
    try {
      loadConfig(file(bad));
      expect.unreachable('loadConfig accepted an invalid configuration');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const paths = (error as ConfigError).issues.map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'issuer.orgNumber',
          'issuer.kid.algorithm',
          'issuer.kid.length',
          'bank.debtorAccount',
        ]),
      );
    }
  });

  it('refuses a 1+2 rule, an unknown mutant and a file that is not JSON', () => {
    expect(() => loadConfig({ ...valid, bank: { ...valid.bank, erpApprovals: 1 } } as never)).toThrow(
      /erpApprovals/,
    );
    expect(() => loadConfig({ ...valid, mutant: 'sends-everything-twice' } as never)).toThrow(/mutant/);
    expect(() => loadConfig(file('{ nope'))).toThrow(/not a JSON object/);
    expect(() => loadConfig('/nonexistent/config.json')).toThrow(/cannot read it/);
  });

  it('lets command-line flags override the file', () => {
    const config = loadConfig({
      config: file(valid),
      bench: 'http://localhost:9999',
      approvers: 'ola, per',
      requiredApprovals: '1',
      mutant: 'reuses-msgid',
    });
    expect(config).toMatchObject({
      benchUrl: 'http://localhost:9999',
      mutant: 'reuses-msgid',
      bank: { approvers: ['ola', 'per'], requiredApprovals: 1 },
    });
  });
});

describe('configFromWorld', () => {
  const world = {
    tenantId: 't0001',
    mps: {
      issuers: [
        {
          orgNumber: '974760673',
          name: 'Nyoppstart Demo AS',
          accountNumber: '12345678903',
          kid: { algorithm: 'MOD10', lengths: [10] },
          state: 'PENDING',
          apiKey: 'k-pending',
        },
        {
          orgNumber: '123456785',
          name: 'Fjordkraft Demo AS',
          accountNumber: '12345678903',
          kid: { algorithm: 'MOD11', lengths: [12] },
          state: 'CONFIRMED',
          apiKey: 'k-fjord',
        },
      ],
    },
    bank: {
      agreements: [
        {
          customerId: '987654325',
          apiKey: 'k-agreement',
          accounts: ['86011117947', '12345678903'],
          requiredApprovals: 1,
          users: [
            { userId: 'ola', accounts: ['86011117947', '12345678903'] },
            { userId: 'kari', accounts: ['12345678903'] },
          ],
        },
      ],
    },
  };

  it('wires a confirmed issuer and a bank agreement, paying from the account most users may approve on', () => {
    const config = configFromWorld(world, 'http://127.0.0.1:1', 'tk');
    expect(config.issuer).toMatchObject({
      orgNumber: '123456785',
      apiKey: 'k-fjord',
      kid: { algorithm: 'MOD11', length: 12 },
    });
    expect(config.bank).toMatchObject({
      customerId: '987654325',
      debtorAccount: '12345678903',
      approvers: ['ola', 'kari'],
      requiredApprovals: 1,
    });
  });

  it('says what is missing when the world is empty', () => {
    expect(() => configFromWorld({ tenantId: 't1', world: 'empty' }, 'http://127.0.0.1:1', 'tk')).toThrow(
      /no confirmed eFaktura issuer[\s\S]*no bank agreement/,
    );
  });
});
