// KID invariants (iso20022-norway.md §5.1; efaktura-b2c.md §4.3):
// - every KID the issuer puts on an invoice or eFaktura validates under the issuer's KID
//   agreement (algorithm and length: MOD10 check 0 never "10", MOD11 check value 10 is "-");
// - every KID the client pays is the payable's KID unchanged, carried as SCOR, and never combined
//   with a credit note (§2.2);
// - the bank rejects a KID with RR09 only when it really fails its modulus or the creditor's KID
//   agreement, and accepts every correct one.
import { validateKidForAgreement } from '../../src/norway/kid.ts';
import type { ScenarioModel } from '../model.ts';
import type { SentTransaction } from '../facts/shipment-sent.ts';
import type { SentPaymentFile, SentPaymentTransaction } from '../facts/payment-file-sent.ts';
import { InvariantViolation } from '../system.ts';

const RULE = 'kid';

function issuerAgreement(model: Readonly<ScenarioModel>) {
  return { algorithm: model.issuer.kid.algorithm, lengths: [model.issuer.kid.length] };
}

/** KIDs on invoices the driver billed (its billing-run answer). */
export function judgeInvoiceKids(
  model: Readonly<ScenarioModel>,
  invoices: ReadonlyArray<{ invoiceNumber: string; kid: string }>,
): InvariantViolation[] {
  const agreement = issuerAgreement(model);
  return invoices.flatMap((invoice) => {
    const result = validateKidForAgreement(invoice.kid, agreement);
    return result.valid
      ? []
      : [
          new InvariantViolation(
            RULE,
            `invoice ${invoice.invoiceNumber} has KID ${JSON.stringify(invoice.kid)}, which fails the issuer's ${agreement.algorithm} length ${agreement.lengths[0]} agreement: ${result.message}`,
          ),
        ];
  });
}

/** KIDs on the eFaktura the driver sent (invoices and reminders alike). */
export function judgeSentKids(
  model: Readonly<ScenarioModel>,
  sent: readonly SentTransaction[],
): InvariantViolation[] {
  const agreement = issuerAgreement(model);
  return sent
    .filter((tx) => tx.issuerOrgNumber === model.issuer.orgNumber && tx.kid !== undefined)
    .flatMap((tx) => {
      const result = validateKidForAgreement(tx.kid, agreement);
      return result.valid
        ? []
        : [
            new InvariantViolation(
              RULE,
              `the ${tx.documentType} eFaktura for invoice ${tx.invoiceNumber} carries KID ${JSON.stringify(tx.kid)}: ${result.message}`,
              [`journal #${tx.seq}`],
            ),
          ];
    });
}

/** The payables a file transaction pays: by its invoice/credit-note numbers, else by account and amount. */
export function payablesOf(model: Readonly<ScenarioModel>, tx: SentPaymentTransaction): string[] {
  const payables = [...model.payables.values()].filter(
    (p) => model.creditors[p.creditor]?.bban === tx.creditorAccount,
  );
  if (tx.documents.length > 0) {
    const numbers = new Set(tx.documents.map((d) => d.number));
    const byNumber = payables.filter((p) => p.invoiceNumber !== undefined && numbers.has(p.invoiceNumber));
    if (byNumber.length > 0) return byNumber.map((p) => p.id);
  }
  const byKid = payables.filter((p) => p.kid !== undefined && tx.kids.includes(p.kid));
  if (byKid.length > 0) return byKid.map((p) => p.id);
  return payables.filter((p) => p.amount === tx.amountOre).map((p) => p.id);
}

/** What the client paid: the payables' own KIDs, and never a KID next to a credit note (§2.2). */
export function judgePaidKids(
  model: Readonly<ScenarioModel>,
  files: readonly SentPaymentFile[],
): InvariantViolation[] {
  const violations: InvariantViolation[] = [];
  for (const file of files) {
    for (const tx of file.transactions) {
      const evidence = [`journal #${file.seq}`, `EndToEndId ${tx.endToEndId}`];
      const ids = payablesOf(model, tx);
      const payables = ids.map((id) => model.payables.get(id)).filter((p) => p !== undefined);
      const creditNotes = tx.documents.filter((d) => d.type === 'CREN');
      if (creditNotes.length > 0 && tx.kids.length > 0) {
        violations.push(
          new InvariantViolation(
            RULE,
            `payment ${tx.endToEndId} settles credit note ${creditNotes.map((d) => d.number).join(', ')} and carries KID ${tx.kids.join(', ')}: a KID may not be combined with credit notes (§2.2)`,
            evidence,
          ),
        );
      }
      for (const kid of tx.kids) {
        if (!payables.some((p) => p.kid === kid)) {
          violations.push(
            new InvariantViolation(
              RULE,
              `payment ${tx.endToEndId} to ${tx.creditorAccount} carries KID ${JSON.stringify(kid)}, which is not the KID of any payable it pays (${payables.map((p) => `${p.id}: ${p.kid ?? 'no KID'}`).join(', ') || 'none matched'})`,
              evidence,
            ),
          );
        }
      }
    }
  }
  return violations;
}

/** Whether a KID is correct for the creditor account's agreement at the bank. */
export function kidAcceptable(model: Readonly<ScenarioModel>, creditorAccount: string, kid: string): boolean {
  const creditor = model.creditors.find((c) => c.bban === creditorAccount);
  if (!creditor?.kid) return false;
  return validateKidForAgreement(kid, { algorithm: creditor.kid.algorithm, lengths: [creditor.kid.length] })
    .valid;
}
