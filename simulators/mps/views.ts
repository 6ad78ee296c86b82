// JSON views of MPS resources (ARCHITECTURE.md §5.3). Amounts in øre, timestamps with the Oslo offset.
import type {
  EfakturaState,
  EfakturaTransaction,
  IssuerAgreement,
  Shipment,
} from '../../src/efaktura/index.ts';

export function issuerView(issuer: IssuerAgreement, withKey: boolean) {
  return {
    orgNumber: issuer.orgNumber,
    name: issuer.name,
    accountNumber: issuer.accountNumber,
    kid: issuer.kid,
    contactEmail: issuer.contactEmail,
    state: issuer.state,
    createdAt: issuer.createdAt,
    confirmedAt: issuer.confirmedAt,
    disabledAt: issuer.disabledAt,
    ...(withKey ? { apiKey: issuer.apiKey } : {}),
  };
}

/** The short form inside a shipment: status and, when rejected, the reason. */
export function transactionSummary(tx: EfakturaTransaction) {
  return {
    transactionId: tx.transactionId,
    invoiceNumber: tx.invoiceNumber,
    status: tx.status,
    ...(tx.reason ? { reason: tx.reason } : {}),
  };
}

export function transactionView(tx: EfakturaTransaction) {
  return {
    transactionId: tx.transactionId,
    shipmentId: tx.shipmentId,
    issuerOrgNumber: tx.issuerOrgNumber,
    status: tx.status,
    ...(tx.reason ? { reason: tx.reason } : {}),
    paymentType: tx.paymentType,
    documentType: tx.documentType,
    invoiceNumber: tx.invoiceNumber,
    ...(tx.efakturaIdentifier !== undefined ? { efakturaIdentifier: tx.efakturaIdentifier } : {}),
    ...(tx.efakturaReference !== undefined ? { efakturaReference: tx.efakturaReference } : {}),
    ...(tx.nationalId !== undefined ? { nationalId: tx.nationalId } : {}),
    ...(tx.kid !== undefined ? { kid: tx.kid } : {}),
    amount: tx.amount,
    ...(tx.minAmount !== undefined ? { minAmount: tx.minAmount } : {}),
    dueDate: tx.dueDate,
    ...(tx.issuerName !== undefined ? { issuerName: tx.issuerName } : {}),
    accountNumber: tx.accountNumber,
    ...(tx.subject !== undefined ? { subject: tx.subject } : {}),
    ...(tx.avtaleGiro !== undefined ? { avtaleGiro: tx.avtaleGiro } : {}),
    receivedAt: tx.receivedAt,
    processedAt: tx.processedAt,
    deliveredAt: tx.deliveredAt,
    paidAt: tx.paidAt,
    cancelledAt: tx.cancelledAt,
  };
}

export function shipmentView(state: EfakturaState, shipment: Shipment, withTransactions = true) {
  const transactions = shipment.transactionIds.flatMap((id) => {
    const tx = state.transactions.get(id);
    return tx ? [tx] : [];
  });
  const processed = shipment.status !== 'IN_PROGRESS';
  const rejected = transactions.filter((tx) => tx.status === 'REJECTED').length;
  return {
    shipmentId: shipment.shipmentId,
    issuerOrgNumber: shipment.issuerOrgNumber,
    status: shipment.status,
    receivedAt: shipment.receivedAt,
    processedAt: shipment.processedAt,
    cancelledAt: shipment.cancelledAt,
    transactionCount: transactions.length,
    // getShipmentStatus: the number of accepted and rejected transactions (§4.2 [C]).
    accepted: processed
      ? transactions.filter((tx) => tx.processedAt !== null && tx.status !== 'REJECTED').length
      : 0,
    rejected,
    ...(withTransactions ? { transactions: transactions.map(transactionSummary) } : {}),
  };
}
