// The synchronous checks of POST /mps/v1/shipments (addShipment's validationFaults, efaktura-b2c.md
// §4.2 [C]): one issue refuses the whole shipment and nothing is stored. Everything that depends on
// the register or the calendar is checked later, asynchronously (shipment-processing.ts).
import { osloIso } from '../norway/oslo-time.ts';
import { issue } from './issue.ts';
import type { EfakturaIssue } from './issue.ts';
import { MAX_TRANSACTIONS_PER_SHIPMENT } from './settings.ts';
import type { MpsSettings } from './settings.ts';
import { carriesAvtaleGiro, involvesAvtaleGiro, involvesEfaktura } from './shipment.ts';
import type { EfakturaTransaction, Shipment, ShipmentInput, TransactionInput } from './shipment.ts';
import type { EfakturaState } from './state.ts';
import { parseTrigger } from './trigger.ts';

function recipientCount(tx: TransactionInput): number {
  return [tx.efakturaIdentifier, tx.efakturaReference, tx.nationalId].filter((v) => v !== undefined).length;
}

function checkTransaction(
  tx: TransactionInput,
  path: string,
  settings: MpsSettings,
  seen: Set<string>,
  state: EfakturaState,
): EfakturaIssue[] {
  const issues: EfakturaIssue[] = [];
  const trigger = parseTrigger(tx.invoiceNumber);
  if (trigger.kind === 'intake') {
    issues.push(
      issue(
        trigger.code,
        `${path}.invoiceNumber`,
        tx.invoiceNumber,
        `Forced by the trigger ${tx.invoiceNumber} (ARCHITECTURE.md §6).`,
      ),
    );
  } else if (trigger.kind === 'unknown') {
    issues.push(
      issue(
        'EB-EF-UNKNOWN-TRIGGER',
        `${path}.invoiceNumber`,
        tx.invoiceNumber,
        `No eFaktura trigger for code ${JSON.stringify(trigger.code)}; \`efaktura-bench codes list\` shows the codes and their triggers.`,
      ),
    );
  }
  // 3003: the transaction id was used before, in this shipment or an earlier one.
  if (seen.has(tx.transactionId) || state.transactions.has(tx.transactionId)) {
    issues.push(
      issue(
        '3003',
        `${path}.transactionId`,
        tx.transactionId,
        `Transaction id ${tx.transactionId} has been received before; give every transaction a new UUID.`,
      ),
    );
  }
  seen.add(tx.transactionId);
  // 3101: AvtaleGiro transactions are not allowed (setting mps.avtaleGiroAllowed).
  if (involvesAvtaleGiro(tx.paymentType) && !settings.avtaleGiroAllowed) {
    issues.push(
      issue(
        '3101',
        `${path}.paymentType`,
        tx.paymentType,
        'AvtaleGiro transactions are not allowed here (setting mps.avtaleGiroAllowed); send EFAKTURA.',
      ),
    );
  }
  // 3100: document type not implemented (setting mps.allowedDocumentTypes).
  if (!settings.allowedDocumentTypes.includes(tx.documentType)) {
    issues.push(
      issue(
        '3100',
        `${path}.documentType`,
        tx.documentType,
        `Document type ${tx.documentType} is not implemented; allowed: ${settings.allowedDocumentTypes.join(', ')}.`,
      ),
    );
  }
  if (involvesEfaktura(tx.paymentType)) {
    // 5003: exactly one of efakturaIdentifier, efakturaReference, nationalId (an XSD choice, §4.2).
    const recipients = recipientCount(tx);
    if (recipients !== 1) {
      issues.push(
        issue(
          '5003',
          path,
          {
            efakturaIdentifier: tx.efakturaIdentifier,
            efakturaReference: tx.efakturaReference,
            nationalId: tx.nationalId,
          },
          recipients === 0
            ? 'One of efakturaIdentifier, efakturaReference or nationalId is required.'
            : 'Give exactly one of efakturaIdentifier, efakturaReference or nationalId, not several.',
        ),
      );
    }
    // 3011: the eFaktura part (what the online bank shows) is missing its issuer name.
    if (tx.issuerName === undefined || tx.issuerName.trim() === '') {
      issues.push(
        issue(
          '3011',
          `${path}.issuerName`,
          tx.issuerName,
          'An eFaktura transaction needs issuerName (what the online bank shows as the sender).',
        ),
      );
    }
  }
  if (carriesAvtaleGiro(tx.paymentType)) {
    // 3020: an AvtaleGiro claim is matched to the mandate by its KID.
    if (tx.kid === undefined) {
      issues.push(issue('3020', `${path}.kid`, tx.kid, 'An AvtaleGiro transaction needs a KID.'));
    }
    // 3021: AvtaleGiro only carries invoices.
    if (tx.documentType !== 'INVOICE') {
      issues.push(
        issue(
          '3021',
          `${path}.documentType`,
          tx.documentType,
          'An AvtaleGiro transaction must have documentType INVOICE.',
        ),
      );
    }
    // 3010: the AvtaleGiro part is missing.
    if (tx.avtaleGiro === undefined) {
      issues.push(
        issue(
          '3010',
          `${path}.avtaleGiro`,
          tx.avtaleGiro,
          'An AvtaleGiro transaction needs its AvtaleGiro part: avtaleGiro: { notifyPayer }.',
        ),
      );
    }
  }
  return issues;
}

/** Every reason to refuse the shipment outright; empty when it may be accepted. */
export function checkShipment(
  state: EfakturaState,
  input: ShipmentInput,
  settings: MpsSettings,
): EfakturaIssue[] {
  if (input.transactions.length > MAX_TRANSACTIONS_PER_SHIPMENT) {
    return [
      issue(
        'EB-EF-SHIPMENT-TOO-LARGE',
        'transactions',
        input.transactions.length,
        `A shipment holds at most ${MAX_TRANSACTIONS_PER_SHIPMENT} transactions; this one has ${input.transactions.length}. Split it.`,
      ),
    ];
  }
  const issues: EfakturaIssue[] = [];
  if (!state.issuers.has(input.issuerOrgNumber)) {
    issues.push(
      issue(
        '5002',
        'issuerOrgNumber',
        input.issuerOrgNumber,
        `No issuer agreement for ${input.issuerOrgNumber}: register it with POST /mps/v1/issuers.`,
      ),
    );
  }
  if (state.shipments.has(input.shipmentId)) {
    issues.push(
      issue(
        '3002',
        'shipmentId',
        input.shipmentId,
        `Shipment ${input.shipmentId} has been received before; use a new UUID per shipment.`,
      ),
    );
  }
  const seen = new Set<string>();
  input.transactions.forEach((tx, index) => {
    issues.push(...checkTransaction(tx, `transactions[${index}]`, settings, seen, state));
  });
  return issues;
}

/** Stores an accepted shipment, IN_PROGRESS, with its transactions. */
export function acceptShipment(state: EfakturaState, input: ShipmentInput, now: Date): Shipment {
  const receivedAt = osloIso(now);
  const shipment: Shipment = {
    shipmentId: input.shipmentId,
    issuerOrgNumber: input.issuerOrgNumber,
    status: 'IN_PROGRESS',
    receivedAt,
    receivedAtMs: now.getTime(),
    processedAt: null,
    cancelledAt: null,
    transactionIds: input.transactions.map((tx) => tx.transactionId),
    processingJobId: null,
  };
  state.shipments.set(shipment.shipmentId, shipment);
  for (const tx of input.transactions) {
    const transaction: EfakturaTransaction = {
      ...tx,
      shipmentId: shipment.shipmentId,
      issuerOrgNumber: shipment.issuerOrgNumber,
      status: 'IN_PROGRESS',
      reason: null,
      receivedAt,
      processedAt: null,
      recipientNationalId: null,
      deliveredAt: null,
      approval: null,
      paidAt: null,
      lastPaymentFailure: null,
      deletedAt: null,
      cancelledAt: null,
      expiredAt: null,
    };
    state.transactions.set(tx.transactionId, transaction);
  }
  return shipment;
}
