// The law for every document the bank writes (style.md §10): each pain.002, camt.054 and camt.053
// of a busy week validates against its XSD, for both pain.001 versions and both camt versions.
import { describe, expect, it } from 'vitest';
import { receivePaymentFile } from './payment-intake.ts';
import { executeDuePayments } from './execute-due-payments.ts';
import { dayStatement } from './camt-statement.ts';
import { addDays } from '../norway/oslo-time.ts';
import { writePain002 } from '../iso20022/pain002.ts';
import { writeCamt054 } from '../iso20022/camt054.ts';
import { writeCamt053 } from '../iso20022/camt053.ts';
import { expectSchemaValid } from '../iso20022/testing/expect-schema-valid.ts';
import {
  ACCOUNTS,
  bankFixture,
  demoAgreement,
  intakeContext,
  pain001,
  payment,
  transaction,
} from './testing/bank-fixture.ts';
import type { Pain001MessageId } from '../iso20022/pain001-model.ts';
import type { CamtMessageVersion } from './customer-agreement.ts';

const versions: Array<[Pain001MessageId, CamtMessageVersion]> = [
  ['pain.001.001.03', '02'],
  ['pain.001.001.09', '08'],
  ['pain.001.001.03', '08'],
  ['pain.001.001.09', '02'],
];

describe.each(versions)('a busy week with %s in and camt.%s out', (version, camtVersion) => {
  it('writes only schema-valid documents', () => {
    const agreement = demoAgreement({ messageVersion: camtVersion });
    const state = bankFixture(agreement);
    const context = intakeContext();
    const send = (xml: string) => receivePaymentFile(state, xml, agreement, context);
    send(
      pain001({
        version,
        payments: [
          payment({
            transactions: [
              transaction(),
              transaction({ endToEndId: 'BAD-KID', kid: '000133700501646' }),
              transaction({
                endToEndId: 'NO-FUNDS',
                creditorAccount: ACCOUNTS.otherBank,
                kid: undefined,
                amountOre: 90_000_000,
              }),
              transaction({
                endToEndId: 'TRIGGER-AM04',
                creditorAccount: ACCOUNTS.plain,
                kid: undefined,
                ustrd: ['Faktura 42'],
              }),
              transaction({ endToEndId: 'IBAN', creditorAccount: 'NO9386011117947', kid: undefined }),
            ],
          }),
          payment({
            pmtInfId: 'SATURDAY',
            executionDate: '2026-01-17',
            transactions: [transaction({ endToEndId: 'ROLLED' })],
          }),
          payment({ pmtInfId: 'NOT-MINE', debtorAccount: ACCOUNTS.stranger }),
        ],
      }),
    );
    send(pain001({ version, msgId: 'MSG-CTRLSUM', controlSum: '1.00' }));
    send(pain001({ version, msgId: 'MSG-SCHEMA' }).replace('<PmtMtd>TRF</PmtMtd>', ''));
    for (let day = 0; day < 8; day += 1) {
      const date = addDays('2026-01-12', day);
      for (const time of ['06:00', '13:30'])
        executeDuePayments(state, { ...context, now: new Date(`${date}T${time}:00+01:00`) });
    }

    const reports = [...state.statusReports.values()];
    expect(new Set(reports.map((r) => r.stage))).toEqual(new Set(['receipt', 'validation', 'execution']));
    for (const { report } of reports)
      expectSchemaValid(
        writePain002(report),
        version === 'pain.001.001.09' ? 'pain.002.001.10' : 'pain.002.001.03',
      );
    const notifications = [...state.notifications.values()];
    expect(notifications.length).toBeGreaterThanOrEqual(3);
    for (const { account, document } of notifications) {
      // The agreement's own accounts get its camt version; creditors outside any agreement .001.02.
      const expected = account === ACCOUNTS.operating ? camtVersion : '02';
      expect(document.messageNameId).toBe(`camt.054.001.${expected}`);
      expectSchemaValid(writeCamt054(document), document.messageNameId);
    }
    for (const account of [ACCOUNTS.operating, ACCOUNTS.kidMod10, ACCOUNTS.plain]) {
      for (let day = 0; day < 8; day += 1) {
        const date = addDays('2026-01-12', day);
        const statement = dayStatement(state.ledger, account, date, state.agreementsWithAccount(account), {
          messageId: `S-${account}-${date}`,
          creationDateTime: `${date}T18:00:00+01:00`,
        });
        expectSchemaValid(
          writeCamt053(statement!),
          `camt.053.001.${account === ACCOUNTS.operating ? camtVersion : '02'}`,
        );
      }
    }
  });
});
