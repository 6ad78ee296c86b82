import { describe, expect, it } from 'vitest';
import {
  ISSUER_ORG,
  issuerInput,
  nationalId,
  orgNumber,
  personInput,
  shipment,
  transaction,
  uuid,
} from '../../test/efaktura/fixtures.ts';
import { giveConsent, withdrawConsent } from './consent.ts';
import { confirmIssuer, registerIssuer } from './issuer.ts';
import { createLegacyAgreement } from './legacy-agreement.ts';
import { reserveAgainstIssuer } from './reservation.ts';
import { DEFAULT_JTTA_SETTINGS, DEFAULT_MPS_SETTINGS } from './settings.ts';
import { acceptShipment } from './shipment-intake.ts';
import { processShipment } from './shipment-processing.ts';
import type { TransactionInput } from './shipment.ts';
import { createEfakturaState } from './state.ts';

const NOW = new Date('2026-01-12T08:05:00+01:00');
const settings = { mps: DEFAULT_MPS_SETTINGS, jtta: DEFAULT_JTTA_SETTINGS };

function world(confirmed = true) {
  const state = createEfakturaState(1);
  const issuer = registerIssuer(state.issuers, issuerInput(), () => 'k', NOW);
  if (issuer.ok && confirmed) confirmIssuer(issuer.value, NOW);
  const { person } = state.register.put(nationalId(0), personInput(), '2020-01-01T00:00:00+01:00');
  giveConsent(person, new Date('2020-01-01T00:00:00+01:00'));
  return { state, person };
}

function outcome(
  tx: TransactionInput,
  setup?: (w: ReturnType<typeof world>) => void,
  confirmed = true,
  now = NOW,
) {
  const w = world(confirmed);
  setup?.(w);
  acceptShipment(w.state, shipment(1, [tx]), now);
  processShipment(w.state, shipment(1, [tx]).shipmentId, now, settings);
  const stored = w.state.transactions.get(tx.transactionId);
  return {
    status: stored?.status,
    code: stored?.reason?.code,
    shipment: w.state.shipments.get(uuid(1, 1))?.status,
    w,
  };
}

describe('asynchronous transaction validation', () => {
  it('delivers a valid eFaktura to the named person only and marks the shipment PROCESSED', () => {
    const result = outcome(transaction(1));
    expect(result).toMatchObject({ status: 'DELIVERED', shipment: 'PROCESSED' });
    expect(result.w.state.inbox.get(nationalId(0))).toEqual([uuid(1, 2)]);
    expect(result.w.state.transactions.get(uuid(1, 2))?.recipientNationalId).toBe(nationalId(0));
  });

  it.each<[string, Partial<TransactionInput>, string]>([
    ['an issuer name of 41 characters', { issuerName: 'x'.repeat(41) }, 'EB-EF-ISSUER-NAME-TOO-LONG'],
    ['another account than the agreement', { accountNumber: '86011117947' }, 'EB-EF-ACCOUNT-NOT-ISSUERS'],
    ['a KID failing MOD10', { kid: '1000018' }, 'EB-EF-KID-INVALID'],
    ['a KID of the wrong length', { kid: '2345676' + '0' }, 'EB-EF-KID-INVALID'],
    ['minAmount above amount', { minAmount: 200_00 }, 'EB-EF-MIN-AMOUNT'],
    ['a due date two days ahead', { dueDate: '2026-01-14' }, 'EB-EF-DUE-DATE-TOO-EARLY'],
    ['a due date more than a year ahead', { dueDate: '2027-01-13' }, 'EB-EF-DUE-DATE-TOO-LATE'],
    [
      'an identifier nobody has',
      { nationalId: undefined, efakturaIdentifier: 'efid-nobody' },
      'EB-EF-UNKNOWN-IDENTIFIER',
    ],
    ['a national id failing its check', { nationalId: '01016010062' }, 'EB-EF-UNKNOWN-IDENTIFIER'],
    ['a person the register does not know', { nationalId: nationalId(5) }, 'EB-EF-NO-JTTA'],
    ['a trigger', { invoiceNumber: 'TRIGGER-EB-EF-RESERVED' }, 'EB-EF-RESERVED'],
  ])('rejects %s', (_label, overrides, code) => {
    expect(outcome(transaction(1, overrides))).toMatchObject({
      status: 'REJECTED',
      code,
      shipment: 'STOPPED',
    });
  });

  it('accepts the edges: due date exactly 3 days and 365 days ahead, minAmount equal to amount', () => {
    expect(outcome(transaction(1, { dueDate: '2026-01-15', minAmount: 125_00 })).status).toBe('DELIVERED');
    expect(outcome(transaction(1, { dueDate: '2027-01-12' })).status).toBe('DELIVERED');
  });

  it('rejects every transaction of an issuer that is not confirmed', () => {
    expect(outcome(transaction(1), undefined, false)).toMatchObject({
      code: 'EB-EF-ISSUER-NOT-CONFIRMED',
      shipment: 'STOPPED',
    });
  });

  it('checks consent and reservations at delivery time, not at search time', () => {
    expect(outcome(transaction(1), (w) => withdrawConsent(w.person, NOW)).code).toBe('EB-EF-NO-JTTA');
    expect(
      outcome(transaction(1), (w) => reserveAgainstIssuer(w.state.register, w.person, ISSUER_ORG, NOW)).code,
    ).toBe('EB-EF-RESERVED');
    expect(
      outcome(transaction(1), (w) => reserveAgainstIssuer(w.state.register, w.person, orgNumber(3), NOW))
        .status,
    ).toBe('DELIVERED');
  });

  it('delivers by a 1.0 reference before 2022-05-15 and, after it, only to persons with JTTA', () => {
    const legacy = (w: ReturnType<typeof world>, jtta: boolean) => {
      if (!jtta) withdrawConsent(w.person, NOW);
      createLegacyAgreement(
        w.state.register,
        w.person,
        ISSUER_ORG,
        'KUNDE-42',
        new Date('2021-01-01T00:00:00+01:00'),
        DEFAULT_JTTA_SETTINGS,
      );
    };
    const byReference = transaction(1, {
      nationalId: undefined,
      efakturaReference: 'KUNDE-42',
      dueDate: '2022-05-20',
    });
    expect(
      outcome(byReference, (w) => legacy(w, false), true, new Date('2022-05-02T10:00:00+02:00')).status,
    ).toBe('DELIVERED');
    const late = { ...byReference, dueDate: '2026-01-26' };
    expect(outcome(late, (w) => legacy(w, false)).code).toBe('EB-EF-LEGACY-RETIRED');
    expect(outcome(late, (w) => legacy(w, true)).status).toBe('DELIVERED');
    expect(outcome({ ...late, efakturaReference: 'KUNDE-43' }, (w) => legacy(w, true)).code).toBe(
      'EB-EF-UNKNOWN-IDENTIFIER',
    );
  });

  it('leaves AvtaleGiro-only claims PENDING and counts them as processed', () => {
    const tx = transaction(1, {
      paymentType: 'AVTALEGIRO',
      nationalId: undefined,
      issuerName: undefined,
      avtaleGiro: { notifyPayer: true },
    });
    expect(outcome(tx)).toMatchObject({ status: 'PENDING', shipment: 'PROCESSED' });
  });

  it('processes a mixed shipment: PROCESSED with some rejected', () => {
    const w = world();
    const txs = [transaction(1), transaction(2, { minAmount: 999_99 })];
    acceptShipment(w.state, shipment(1, txs), NOW);
    const summary = processShipment(w.state, uuid(1, 1), NOW, settings);
    expect([
      summary.delivered.length,
      summary.rejected.length,
      w.state.shipments.get(uuid(1, 1))?.status,
    ]).toEqual([1, 1, 'PROCESSED']);
  });
});
