// Bad input never breaks the bank (issue 3 item 8): mutated pain.001 files — byte flips, element
// deletions and duplications, truncation — sent to POST /validate in-process always get a
// well-formed answer: a pain.002 (200, application/xml) or a 4xx problem with a catalogue code.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createInProcessBench } from '../support/server.ts';
import { createApi } from '../support/api.ts';
import { lookupCode } from '../../src/codes/catalogue.ts';
import { readPain002 } from '../../src/iso20022/pain002-reader.ts';
import {
  bankFixture,
  demoAgreement,
  intakeContext,
  pain001,
  payment,
  transaction,
} from '../../src/bank/testing/bank-fixture.ts';
import { evaluatePaymentFileText } from '../../src/bank/process-payment-file.ts';
import { ACCOUNTS, setUpBank } from './bank-setup.ts';
import type { Api } from '../support/api.ts';
import type { InProcessBench } from '../support/server.ts';

const seedFile = pain001({
  payments: [
    payment({
      transactions: [
        transaction(),
        transaction({
          endToEndId: 'E2E-2',
          creditorAccount: ACCOUNTS.plain,
          kid: undefined,
          invoiceNumbers: ['INV-1'],
          creditNotes: [{ number: 'CN-1', amountOre: 100 }],
        }),
        transaction({
          endToEndId: 'E2E-3',
          creditorAccount: 'NO9386011117947',
          kid: undefined,
          ustrd: ['Faktura 77'],
        }),
      ],
    }),
  ],
});

/** Start offsets of every element in the file, to cut or copy whole elements. */
const elementStarts = [...seedFile.matchAll(/<([A-Za-z]+)[ >]/g)].map((match) => ({
  index: match.index,
  name: match[1] as string,
}));

function elementAt(position: number): { start: number; end: number } | undefined {
  const element = elementStarts[position % elementStarts.length];
  if (!element) return undefined;
  const close = `</${element.name}>`;
  const end = seedFile.indexOf(close, element.index);
  return end === -1 ? undefined : { start: element.index, end: end + close.length };
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.constantFrom('<', '>', '&', '"', 'x', '0', '9', '-', ' ', '\u0000', 'ø', '/'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const at = m.at % Math.max(text.length, 1);
  switch (m.kind) {
    case 'flip':
      return `${text.slice(0, at)}${m.char}${text.slice(at + 1)}`;
    case 'truncate':
      return text.slice(0, at);
    case 'delete':
    case 'duplicate': {
      const element = elementAt(m.at);
      if (!element || element.end > text.length) return text;
      const piece = text.slice(element.start, element.end);
      return m.kind === 'delete'
        ? `${text.slice(0, element.start)}${text.slice(element.end)}`
        : `${text.slice(0, element.end)}${piece}${text.slice(element.end)}`;
    }
  }
}

const evaluationContext = { ...intakeContext(), ledger: bankFixture().ledger };

describe('POST /validate with mutated files', () => {
  let bench: InProcessBench;
  let agreement: Api;

  beforeAll(async () => {
    bench = createInProcessBench();
    const tenant = createApi(bench.baseUrl, bench.tenantKey, bench.fetch);
    agreement = tenant.withKey((await setUpBank(tenant)).agreementKey);
  });

  it('always answers with a pain.002 or a 4xx problem that has a catalogue code, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const body = mutations.reduce(mutate, seedFile);
        // The rule pass may run on text whose schema check is still under way: it must never throw.
        const tentative = evaluatePaymentFileText(body, demoAgreement(), {
          ...evaluationContext,
          isMessageIdUsed: () => false,
        });
        expect(tentative.kind === 'failed' ? tentative.error : undefined).toBeUndefined();
        const response = await agreement.postXml('/bank/v1/validate', body, { 'x-approved-by': 'ola' });
        if (response.status === 200) {
          expect(response.headers.get('content-type')).toContain('application/xml');
          expect(readPain002(response.text).ok).toBe(true);
        } else {
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          const code = (response.body as { code?: string }).code ?? '';
          expect(lookupCode(code), `problem code ${code}`).toBeDefined();
        }
      }),
      { numRuns: 150 },
    );
    expect(bench.internalErrors).toEqual([]);
  });
});
