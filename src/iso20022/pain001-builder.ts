// Builds a pain.001.001.03 or .001.09 document from a simple input (iso20022-norway.md §2.1,
// §2.2 payment shapes, §2.6 worked example). Used by tests, the benchmark and the reference
// client. NbOfTxs and CtrlSum are computed unless overridden, because tests need files that are
// wrong on purpose (AM18, AM10). The builder does not judge: a zero amount, a bad KID or a foreign
// currency is written as given.
import { BenchBugError } from './bench-bug-error.ts';
import { oreToDecimal } from './iso-amount.ts';
import { PAIN001_NAMESPACES, type Pain001MessageId } from './pain001-model.ts';
import { leaf, startDocument, type XmlNode } from './xml/xml-writer.ts';

export interface Pain001CreditNoteInput {
  number: string;
  /** Written as RfrdDocAmt/CdtNoteAmt when given. */
  amountOre?: number;
}

export interface Pain001TransactionInput {
  endToEndId: string;
  instructionId?: string;
  /** `PmtId/UETR`, written in .09 only. */
  uetr?: string;
  amountOre: number;
  /** Overrides the InstdAmt text (e.g. '12.345' for a test); amountOre still counts in CtrlSum. */
  amountText?: string;
  /** `@Ccy`, default NOK. */
  currency?: string;
  creditorName: string;
  /** A Norwegian BBAN (11 digits, written as Othr/Id + SchmeNm/Cd=BBAN) or an IBAN. */
  creditorAccount: string;
  /** A KID: Strd/CdtrRefInf with Tp/CdOrPrtry/Cd=SCOR (§2.2). */
  kid?: string;
  /** Invoice numbers: one Strd/RfrdDocInf with type CINV each. */
  invoiceNumbers?: string[];
  /** Credit notes: one Strd/RfrdDocInf with type CREN each (+ CdtNoteAmt when an amount is given). */
  creditNotes?: Array<string | Pain001CreditNoteInput>;
  /** Unstructured remittance lines (Max140 each). */
  ustrd?: string[];
}

export interface Pain001PaymentInput {
  pmtInfId: string;
  /** YYYY-MM-DD (`ReqdExctnDt`, or `ReqdExctnDt/Dt` in .09). */
  executionDate: string;
  debtorName: string;
  /** BBAN or IBAN. */
  debtorAccount: string;
  /** `DbtrAcct/Ccy`, default NOK; null omits it. */
  debtorAccountCurrency?: string | null;
  /** Default DNBANOKK (a Norwegian BIC; the bench does not route by it). */
  debtorBic?: string;
  /** Overrides `PmtInf/NbOfTxs`; null omits it. */
  numberOfTransactions?: string | null;
  /** Overrides `PmtInf/CtrlSum` (decimal text); null omits it. */
  controlSum?: string | null;
  transactions: Pain001TransactionInput[];
}

export interface Pain001Input {
  /** Default pain.001.001.03 (the Norwegian baseline, §1). */
  version?: Pain001MessageId;
  msgId: string;
  /** ISO date-time, e.g. '2026-01-15T09:12:00' or with offset. */
  creDtTm: string;
  /** `InitgPty/Id/OrgId/Othr/Id`: the bank agreement / customer id (§2.4). */
  initiatingPartyId: string;
  initiatingPartyName?: string;
  /** `InitgPty/Id/OrgId/Othr/SchmeNm/Cd`, default CUST [I] (§2.6). */
  initiatingPartySchemeCode?: string;
  /** Overrides `GrpHdr/NbOfTxs`. */
  numberOfTransactions?: string;
  /** Overrides `GrpHdr/CtrlSum` (decimal text); null omits it. */
  controlSum?: string | null;
  payments: Pain001PaymentInput[];
}

const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Za-z0-9]{1,30}$/;

export function buildPain001(input: Pain001Input, options: { pretty?: boolean } = {}): string {
  const version = input.version ?? 'pain.001.001.03';
  if (!(version in PAIN001_NAMESPACES))
    throw new BenchBugError(`buildPain001: unknown version ${String(version)}`);
  const { root, end } = startDocument(
    PAIN001_NAMESPACES[version],
    'CstmrCdtTrfInitn',
    options.pretty ?? true,
  );

  let count = 0;
  let sum = 0;
  for (const payment of input.payments) {
    for (const tx of payment.transactions) {
      count++;
      sum += tx.amountOre;
    }
  }

  const header = root.ele('GrpHdr');
  leaf(header, 'MsgId', input.msgId);
  leaf(header, 'CreDtTm', input.creDtTm);
  leaf(header, 'NbOfTxs', input.numberOfTransactions ?? String(count));
  leaf(header, 'CtrlSum', input.controlSum === null ? undefined : (input.controlSum ?? oreToDecimal(sum)));
  const party = header.ele('InitgPty');
  leaf(party, 'Nm', input.initiatingPartyName);
  const other = party.ele('Id').ele('OrgId').ele('Othr');
  other.ele('Id').txt(input.initiatingPartyId);
  other
    .ele('SchmeNm')
    .ele('Cd')
    .txt(input.initiatingPartySchemeCode ?? 'CUST');

  for (const payment of input.payments) writePayment(root.ele('PmtInf'), version, payment);
  return end();
}

function writePayment(node: XmlNode, version: Pain001MessageId, payment: Pain001PaymentInput): void {
  const sum = payment.transactions.reduce((total, tx) => total + tx.amountOre, 0);
  leaf(node, 'PmtInfId', payment.pmtInfId);
  leaf(node, 'PmtMtd', 'TRF');
  leaf(
    node,
    'NbOfTxs',
    payment.numberOfTransactions === null
      ? undefined
      : (payment.numberOfTransactions ?? String(payment.transactions.length)),
  );
  leaf(node, 'CtrlSum', payment.controlSum === null ? undefined : (payment.controlSum ?? oreToDecimal(sum)));
  // .03: ReqdExctnDt is an ISODate; .09: a choice, written as Dt (§2.1).
  const date = node.ele('ReqdExctnDt');
  if (version === 'pain.001.001.03') date.txt(payment.executionDate);
  else date.ele('Dt').txt(payment.executionDate);
  node.ele('Dbtr').ele('Nm').txt(payment.debtorName);
  const account = node.ele('DbtrAcct');
  writeAccount(account, payment.debtorAccount);
  const currency = payment.debtorAccountCurrency === undefined ? 'NOK' : payment.debtorAccountCurrency;
  if (currency !== null) account.ele('Ccy').txt(currency);
  node
    .ele('DbtrAgt')
    .ele('FinInstnId')
    .ele(version === 'pain.001.001.03' ? 'BIC' : 'BICFI')
    .txt(payment.debtorBic ?? 'DNBANOKK');
  for (const tx of payment.transactions) writeTransaction(node.ele('CdtTrfTxInf'), version, tx);
}

function writeTransaction(node: XmlNode, version: Pain001MessageId, tx: Pain001TransactionInput): void {
  const id = node.ele('PmtId');
  leaf(id, 'InstrId', tx.instructionId);
  leaf(id, 'EndToEndId', tx.endToEndId);
  if (version === 'pain.001.001.09') leaf(id, 'UETR', tx.uetr);
  node
    .ele('Amt')
    .ele('InstdAmt', { Ccy: tx.currency ?? 'NOK' })
    .txt(tx.amountText ?? oreToDecimal(tx.amountOre));
  node.ele('Cdtr').ele('Nm').txt(tx.creditorName);
  writeAccount(node.ele('CdtrAcct'), tx.creditorAccount);

  const invoices = tx.invoiceNumbers ?? [];
  const creditNotes = tx.creditNotes ?? [];
  const lines = tx.ustrd ?? [];
  if (tx.kid === undefined && invoices.length + creditNotes.length + lines.length === 0) return;
  const remittance = node.ele('RmtInf');
  for (const line of lines) remittance.ele('Ustrd').txt(line);
  for (const number of invoices) referredDocument(remittance.ele('Strd'), 'CINV', number);
  for (const note of creditNotes) {
    const { number, amountOre } = typeof note === 'string' ? { number: note, amountOre: undefined } : note;
    const strd = remittance.ele('Strd');
    referredDocument(strd, 'CREN', number);
    if (amountOre !== undefined)
      strd
        .ele('RfrdDocAmt')
        .ele('CdtNoteAmt', { Ccy: tx.currency ?? 'NOK' })
        .txt(oreToDecimal(amountOre));
  }
  if (tx.kid !== undefined) {
    // KID payment: Strd/CdtrRefInf/Tp/CdOrPrtry/Cd = SCOR, Ref = KID (§2.2).
    const reference = remittance.ele('Strd').ele('CdtrRefInf');
    reference.ele('Tp').ele('CdOrPrtry').ele('Cd').txt('SCOR');
    reference.ele('Ref').txt(tx.kid);
  }
}

function referredDocument(strd: XmlNode, type: 'CINV' | 'CREN', number: string): void {
  const info = strd.ele('RfrdDocInf');
  info.ele('Tp').ele('CdOrPrtry').ele('Cd').txt(type);
  info.ele('Nb').txt(number);
}

/** IBAN when it looks like one, else a BBAN in Othr/Id with SchmeNm/Cd=BBAN (§2.3). */
function writeAccount(node: XmlNode, account: string): void {
  const id = node.ele('Id');
  if (IBAN_SHAPE.test(account)) {
    id.ele('IBAN').txt(account);
    return;
  }
  const other = id.ele('Othr');
  other.ele('Id').txt(account);
  other.ele('SchmeNm').ele('Cd').txt('BBAN');
}
