import { describe, expect, it } from 'vitest';
import { Observations } from '../observations.ts';
import { makeModel, searchEntry, shipmentEntry } from '../test-fixtures.ts';
import { searchExchanges } from '../facts/search-exchange.ts';
import { judgeBilling, judgeDeliveries, judgeNothingLost, judgeScan, judgeSends } from './consent.ts';

function modelWithCustomer(options: {
  jtta: boolean;
  reserved?: boolean;
  agreement?: 'yes' | 'no' | 'maybe';
}) {
  const model = makeModel();
  const person = model.persons[0];
  if (!person) throw new Error('fixture has persons');
  person.jtta = options.jtta;
  person.reserved = options.reserved ?? false;
  model.customers.set(0, {
    customerNumber: '1001',
    person: 0,
    keys: 'national-id',
    agreement: options.agreement ?? 'no',
  });
  return { model, person };
}

describe('judgeScan', () => {
  it('accepts a FOUND answer for a person with JTTA and no reservation, and records the agreement', () => {
    const { model, person } = modelWithCustomer({ jtta: true });
    const exchanges = searchExchanges([
      searchEntry([{ customerNumber: '1001', status: 'FOUND', efakturaIdentifier: 'id-1' }], {
        nationalId: person.nationalId,
      }),
    ]);
    const judged = judgeScan(model, exchanges);
    expect(judged.violations).toEqual([]);
    expect(judged.agreements.get(0)).toBe(true);
  });

  it('flags a register that finds a person who withdrew JTTA', () => {
    const { model, person } = modelWithCustomer({ jtta: false });
    const exchanges = searchExchanges([
      searchEntry([{ customerNumber: '1001', status: 'FOUND', efakturaIdentifier: 'id-1' }], {
        nationalId: person.nationalId,
      }),
    ]);
    const judged = judgeScan(model, exchanges);
    expect(judged.violations.map((v) => v.rule)).toEqual(['consent']);
    expect(judged.violations[0]?.detail).toMatch(/has no JTTA/);
  });

  it('flags a scan that skips a searchable customer', () => {
    const { model } = modelWithCustomer({ jtta: true });
    expect(judgeScan(model, []).violations[0]?.detail).toMatch(/did not look up customer 1001/);
  });

  it('flags a customer with a national id searched without it (not the best key)', () => {
    const { model, person } = modelWithCustomer({ jtta: true });
    const exchanges = searchExchanges([
      searchEntry([{ customerNumber: '1001', status: 'FOUND', efakturaIdentifier: 'id-1' }], {
        email: person.email,
        mobile: person.mobile,
      }),
    ]);
    expect(judgeScan(model, exchanges).violations[0]?.detail).toMatch(/searched without it/);
  });

  it('ends the agreement of a reserved person answered BLOCKED', () => {
    const { model, person } = modelWithCustomer({ jtta: true, reserved: true, agreement: 'yes' });
    const exchanges = searchExchanges([
      searchEntry([{ customerNumber: '1001', status: 'BLOCKED' }], { nationalId: person.nationalId }),
    ]);
    const judged = judgeScan(model, exchanges);
    expect(judged.violations).toEqual([]);
    expect(judged.agreements.get(0)).toBe(false);
  });
});

describe('judgeBilling', () => {
  const invoice = {
    invoiceNumber: 'F1',
    customerNumber: '1001',
    kid: '10010015',
    amount: 10_000,
    dueDate: '2026-01-26',
  };

  it('requires eFaktura for a customer with an agreement', () => {
    const { model } = modelWithCustomer({ jtta: true, agreement: 'yes' });
    expect(judgeBilling(model, [{ ...invoice, channel: 'efaktura' }])).toEqual([]);
    expect(judgeBilling(model, [{ ...invoice, channel: 'email' }])[0]?.detail).toMatch(
      /must choose efaktura/,
    );
  });

  it('requires e-mail once the agreement has ended, even if the driver still believes in it', () => {
    const { model } = modelWithCustomer({ jtta: false, agreement: 'no' });
    expect(judgeBilling(model, [{ ...invoice, channel: 'efaktura' }])[0]?.detail).toMatch(
      /must choose email/,
    );
  });

  it('allows either channel while a reservation since the last scan may have ended the agreement early', () => {
    const { model } = modelWithCustomer({ jtta: true, reserved: true, agreement: 'maybe' });
    expect(judgeBilling(model, [{ ...invoice, channel: 'efaktura' }])).toEqual([]);
    expect(judgeBilling(model, [{ ...invoice, channel: 'email' }])).toEqual([]);
    expect(judgeBilling(model, [{ ...invoice, channel: 'print' }])[0]?.detail).toMatch(
      /must choose efaktura or email/,
    );
  });

  it('requires print for a customer without an e-mail address', () => {
    const model = makeModel();
    model.customers.set(1, { customerNumber: '1002', person: 1, keys: 'name-and-address', agreement: 'no' });
    expect(
      judgeBilling(model, [{ ...invoice, customerNumber: '1002', channel: 'email' }])[0]?.detail,
    ).toMatch(/must choose print/);
  });

  it('flags an invoice number billed twice', () => {
    const { model } = modelWithCustomer({ jtta: true, agreement: 'yes' });
    const twice = judgeBilling(model, [
      { ...invoice, channel: 'efaktura' },
      { ...invoice, channel: 'efaktura' },
    ]);
    expect(twice[0]?.detail).toMatch(/billed twice/);
  });
});

describe('judgeSends', () => {
  it('accepts an eFaktura to the identifier the last search found', () => {
    const { model } = modelWithCustomer({ jtta: true, agreement: 'yes' });
    const observations = new Observations();
    observations.add([
      searchEntry([{ customerNumber: '1001', status: 'FOUND', efakturaIdentifier: 'id-1' }]),
    ]);
    const facts = observations.add([shipmentEntry([{ invoiceNumber: 'F1', efakturaIdentifier: 'id-1' }])]);
    expect(judgeSends(model, observations, facts.sent)).toEqual([]);
  });

  it('flags an eFaktura reminder sent after a scan answered BLOCKED', () => {
    const { model } = modelWithCustomer({ jtta: true, reserved: true });
    const observations = new Observations();
    observations.add([
      searchEntry([{ customerNumber: '1001', status: 'FOUND', efakturaIdentifier: 'id-1' }]),
    ]);
    observations.add([searchEntry([{ customerNumber: '1001', status: 'BLOCKED' }])]);
    const facts = observations.add([
      shipmentEntry([{ invoiceNumber: 'F1', efakturaIdentifier: 'id-1', documentType: 'REMINDER' }]),
    ]);
    const [violation] = judgeSends(model, observations, facts.sent);
    expect(violation?.detail).toMatch(/REMINDER F1 .* last search before it answered BLOCKED/);
  });

  it('flags an invoice sent to another customer\'s identifier ("on behalf of")', () => {
    const { model } = modelWithCustomer({ jtta: true, agreement: 'yes' });
    model.customers.set(1, { customerNumber: '1002', person: 1, keys: 'email-only', agreement: 'no' });
    model.invoices.set('F2', {
      invoiceNumber: 'F2',
      customerNumber: '1002',
      channel: 'efaktura',
      kid: '10020027',
      amount: 1,
      dueDate: '2026-01-26',
      billedAtStep: 1,
    });
    const observations = new Observations();
    observations.add([
      searchEntry([{ customerNumber: '1001', status: 'FOUND', efakturaIdentifier: 'id-1' }]),
    ]);
    const facts = observations.add([shipmentEntry([{ invoiceNumber: 'F2', efakturaIdentifier: 'id-1' }])]);
    expect(judgeSends(model, observations, facts.sent)[0]?.detail).toMatch(/never "on behalf of"/);
  });

  it('flags an identifier no search returned', () => {
    const { model } = modelWithCustomer({ jtta: true });
    const observations = new Observations();
    const facts = observations.add([shipmentEntry([{ invoiceNumber: 'F1', efakturaIdentifier: 'made-up' }])]);
    expect(judgeSends(model, observations, facts.sent)[0]?.detail).toMatch(/no register search returned/);
  });
});

describe('judgeDeliveries', () => {
  it('flags an eFaktura delivered to a person without JTTA', () => {
    const { model } = modelWithCustomer({ jtta: false });
    const item = {
      transactionId: 't1',
      person: 0,
      issuerOrgNumber: model.issuer.orgNumber,
      amount: 1,
      dueDate: '2026-01-26',
      status: 'DELIVERED',
      seenAtStep: 1,
    };
    expect(judgeDeliveries(model, [item])[0]?.detail).toMatch(/has no JTTA/);
    model.persons[0]!.jtta = true;
    expect(judgeDeliveries(model, [item])).toEqual([]);
  });
});

describe('judgeNothingLost', () => {
  it('flags an invoice whose eFaktura was rejected and that never fell back', () => {
    const [violation] = judgeNothingLost([
      {
        invoiceNumber: 'F1',
        driverChannel: 'efaktura',
        driverStatus: 'sent',
        efakturaStatuses: [{ transactionId: 't1', status: 'REJECTED', reason: 'EB-EF-NO-JTTA' }],
      },
    ]);
    expect(violation?.detail).toMatch(/F1 is lost/);
  });

  it('accepts a rejected eFaktura re-sent by e-mail, or reported rejected', () => {
    const rejected = [{ transactionId: 't1', status: 'REJECTED', reason: 'EB-EF-RESERVED' }];
    expect(
      judgeNothingLost([
        { invoiceNumber: 'F1', driverChannel: 'email', driverStatus: 'sent', efakturaStatuses: rejected },
        {
          invoiceNumber: 'F2',
          driverChannel: 'efaktura',
          driverStatus: 'rejected',
          efakturaStatuses: rejected,
        },
      ]),
    ).toEqual([]);
  });

  it('flags an invoice out by e-mail while its eFaktura still waits in the online bank', () => {
    const [violation] = judgeNothingLost([
      {
        invoiceNumber: 'F1',
        driverChannel: 'email',
        driverStatus: 'sent',
        efakturaStatuses: [{ transactionId: 't1', status: 'DELIVERED' }],
      },
    ]);
    expect(violation?.detail).toMatch(/still waiting in the online bank/);
  });
});
