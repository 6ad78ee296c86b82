// Reads a pain.001.001.03 or .001.09 (iso20022-norway.md §2.1) into the Pain001Document model.
// Run it on text that safe-parse.ts accepted (and, for the bank, that passed the XSD): the reader
// is best-effort on anything else and never judges business rules. It is built for size: one
// pass over the text (xml/light-xml.ts), each CdtTrfTxInf converted and dropped as soon as it
// closes, no XPath. Line numbers are the start-tag lines, as libxml reports them.
import { decimalToOre, parseIsoAmount } from './iso-amount.ts';
import {
  PAIN001_NAMESPACES,
  type AccountIdentification,
  type AgentIdentification,
  type CreditorReference,
  type GenericIdentification,
  type LocatedCurrencyAmount,
  type LocatedText,
  type Pain001Document,
  type Pain001GroupHeader,
  type Pain001MessageId,
  type Pain001Payment,
  type Pain001Transaction,
  type Party,
  type ReferredDocument,
  type ReferredDocumentAmount,
  type RemittanceInformation,
  type RequestedExecutionDate,
  type StructuredRemittance,
} from './pain001-model.ts';
import { childOf, childText, scanXml, type LightElement } from './xml/light-xml.ts';

export type Pain001ReadResult =
  | { ok: true; document: Pain001Document }
  | { ok: false; reason: 'not-xml' | 'not-pain001'; message: string; line?: number };

/** Depths of the blocks the reader converts on the fly: Document(0)/CstmrCdtTrfInitn(1)/PmtInf(2)/CdtTrfTxInf(3). */
const PMTINF_DEPTH = 2;
const TX_DEPTH = 3;

/**
 * Empty lists in the model share one frozen array: most transactions have no private ids, no
 * referred documents, no AddtlRmtInf, and a 100,000-transaction file would otherwise allocate
 * (and keep) hundreds of thousands of empty arrays. The model is read-only for its users.
 */
const EMPTY = Object.freeze([]) as unknown as never[];

function append<T>(list: T[], item: T): T[] {
  if (list === EMPTY) return [item];
  list.push(item);
  return list;
}

/** Short code values (NOK, BBAN, SCOR, CINV…) repeat on every transaction: keep one copy each. */
const CODES = new Map<string, string>();
function code(value: string): string {
  const known = CODES.get(value);
  if (known !== undefined) return known;
  if (CODES.size < 1000 && value.length <= 8) CODES.set(value, value);
  return value;
}

export interface ReadPain001Options {
  /**
   * Read the group header and the payment blocks only: every CdtTrfTxInf is counted and dropped
   * unread, so each payment's `transactions` is empty (about a third of a full read; for callers
   * that need the file's parties and accounts, such as the lone-file agreement of `validate`).
   */
  headersOnly?: boolean;
}

export function readPain001(text: string, options: ReadPain001Options = {}): Pain001ReadResult {
  const headersOnly = options.headersOnly === true;
  const payments: Pain001Payment[] = [];
  let transactions: Pain001Transaction[] = [];
  let paymentPath = '';
  let transactionCount = 0;

  const scan = scanXml(text, {
    onOpen(element, parent, depth) {
      if (depth === PMTINF_DEPTH && element.name === 'PmtInf' && parent?.name === 'CstmrCdtTrfInitn') {
        transactions = [];
        paymentPath = `PmtInf[${payments.length + 1}]`;
      }
    },
    onClose(element, parent, depth) {
      if (depth === TX_DEPTH && element.name === 'CdtTrfTxInf' && parent?.name === 'PmtInf') {
        if (!headersOnly) transactions.push(readTransaction(element, transactions.length, paymentPath));
        transactionCount++;
        return false;
      }
      if (depth === PMTINF_DEPTH && element.name === 'PmtInf' && parent?.name === 'CstmrCdtTrfInitn') {
        payments.push(readPayment(element, payments.length, transactions));
        transactions = [];
        return false;
      }
      return true;
    },
  });
  if (!scan.ok) return { ok: false, reason: 'not-xml', message: scan.message, line: scan.line };

  const root = scan.root;
  const namespace = root.attrs?.[root.prefix ? `xmlns:${root.prefix}` : 'xmlns'];
  const messageNameId = (Object.keys(PAIN001_NAMESPACES) as Pain001MessageId[]).find(
    (id) => PAIN001_NAMESPACES[id] === namespace,
  );
  const initiation = childOf(root, 'CstmrCdtTrfInitn');
  if (root.name !== 'Document' || !messageNameId || !initiation) {
    return {
      ok: false,
      reason: 'not-pain001',
      message: `Not a pain.001.001.03 or pain.001.001.09 document (root <${root.name}> in namespace "${namespace ?? ''}").`,
      line: root.line,
    };
  }
  const groupHeader = readGroupHeader(
    childOf(initiation, 'GrpHdr') ?? emptyElement('GrpHdr', initiation.line),
  );
  return { ok: true, document: { messageNameId, groupHeader, payments, transactionCount } };
}

function emptyElement(name: string, line: number): LightElement {
  return { name, line, text: '', children: [] };
}

function located(element: LightElement | undefined, fallbackLine: number): LocatedText {
  return element ? { value: element.text, line: element.line } : { value: '', line: fallbackLine };
}

function readGroupHeader(el: LightElement): Pain001GroupHeader {
  const ctrlSum = childOf(el, 'CtrlSum');
  return {
    line: el.line,
    messageId: located(childOf(el, 'MsgId'), el.line),
    creationDateTime: located(childOf(el, 'CreDtTm'), el.line),
    numberOfTransactions: located(childOf(el, 'NbOfTxs'), el.line),
    ...(ctrlSum ? { controlSum: { ...parseIsoAmount(ctrlSum.text), line: ctrlSum.line } } : {}),
    initiatingParty: readParty(childOf(el, 'InitgPty') ?? emptyElement('InitgPty', el.line)),
  };
}

function readPayment(el: LightElement, index: number, transactions: Pain001Transaction[]): Pain001Payment {
  const payment: Pain001Payment = {
    index,
    path: `PmtInf[${index + 1}]`,
    line: el.line,
    paymentInformationId: '',
    paymentMethod: '',
    requestedExecutionDate: { date: '', line: el.line },
    debtor: readParty(emptyElement('Dbtr', el.line)),
    debtorAccount: { kind: 'other', id: '', line: el.line },
    debtorAgent: { line: el.line },
    transactions,
  };
  for (const c of el.children) {
    switch (c.name) {
      case 'PmtInfId':
        payment.paymentInformationId = c.text;
        break;
      case 'PmtMtd':
        payment.paymentMethod = c.text;
        break;
      case 'BtchBookg':
        payment.batchBooking = c.text.trim() === 'true' || c.text.trim() === '1';
        break;
      case 'NbOfTxs':
        payment.numberOfTransactions = { value: c.text, line: c.line };
        break;
      case 'CtrlSum':
        payment.controlSum = { ...parseIsoAmount(c.text), line: c.line };
        break;
      case 'PmtTpInf':
        readPaymentType(c, payment);
        break;
      case 'ReqdExctnDt':
        payment.requestedExecutionDate = readExecutionDate(c);
        break;
      case 'Dbtr':
        payment.debtor = readParty(c);
        break;
      case 'DbtrAcct':
        payment.debtorAccount = readAccount(c);
        break;
      case 'DbtrAgt':
        payment.debtorAgent = readAgent(c);
        break;
      case 'ChrgBr':
        payment.chargeBearer = c.text;
        break;
    }
  }
  return payment;
}

function readPaymentType(el: LightElement, payment: Pain001Payment): void {
  const priority = childText(el, 'InstrPrty');
  const serviceLevel = childOf(el, 'SvcLvl');
  const categoryPurpose = childOf(el, 'CtgyPurp');
  if (priority !== undefined) payment.instructionPriority = priority;
  const svc = serviceLevel && childText(serviceLevel, 'Cd');
  if (svc !== undefined) payment.serviceLevelCode = svc;
  const ctgy = categoryPurpose && childText(categoryPurpose, 'Cd');
  if (ctgy !== undefined) payment.categoryPurposeCode = ctgy;
}

/** .03: `<ReqdExctnDt>2026-01-16</ReqdExctnDt>`; .09: `<ReqdExctnDt><Dt>…</Dt></ReqdExctnDt>` or `<DtTm>` (§2.1). */
function readExecutionDate(el: LightElement): RequestedExecutionDate {
  if (el.children.length === 0) return { date: el.text.trim(), line: el.line };
  const dt = childOf(el, 'Dt');
  if (dt) return { date: dt.text.trim(), line: dt.line };
  const dtTm = childOf(el, 'DtTm');
  if (dtTm) return { date: dtTm.text.trim().slice(0, 10), dateTime: dtTm.text.trim(), line: dtTm.line };
  return { date: '', line: el.line };
}

function readTransaction(el: LightElement, index: number, paymentPath: string): Pain001Transaction {
  // Every field in the literal, so all transactions share one object shape (a 100,000-element
  // array of same-shaped objects is markedly cheaper for V8 than one with varying shapes).
  const tx: Pain001Transaction = {
    index,
    path: `${paymentPath}/CdtTrfTxInf[${index + 1}]`,
    line: el.line,
    instructionId: undefined,
    endToEndId: '',
    uetr: undefined,
    amount: undefined,
    chargeBearer: undefined,
    creditorAgent: undefined,
    creditor: undefined,
    creditorAccount: undefined,
    purposeCode: undefined,
    remittance: undefined,
  };
  for (const c of el.children) {
    switch (c.name) {
      case 'PmtId':
        for (const id of c.children) {
          if (id.name === 'EndToEndId') tx.endToEndId = id.text;
          else if (id.name === 'InstrId') tx.instructionId = id.text;
          else if (id.name === 'UETR') tx.uetr = id.text;
        }
        break;
      case 'Amt': {
        const instructed = childOf(c, 'InstdAmt');
        if (instructed) tx.amount = readAmount(instructed);
        break;
      }
      case 'ChrgBr':
        tx.chargeBearer = c.text;
        break;
      case 'CdtrAgt':
        tx.creditorAgent = readAgent(c);
        break;
      case 'Cdtr':
        tx.creditor = readParty(c);
        break;
      case 'CdtrAcct':
        tx.creditorAccount = readAccount(c);
        break;
      case 'Purp': {
        const purpose = childText(c, 'Cd');
        if (purpose !== undefined) tx.purposeCode = purpose;
        break;
      }
      case 'RmtInf':
        tx.remittance = readRemittance(c);
        break;
    }
  }
  return tx;
}

function readAmount(el: LightElement): LocatedCurrencyAmount {
  const text = el.text.trim();
  return { ore: decimalToOre(text), text, currency: code(el.attrs?.['Ccy'] ?? ''), line: el.line };
}

function readParty(el: LightElement): Party {
  const party: Party = {
    name: childText(el, 'Nm'),
    organisationIds: EMPTY,
    organisationBic: undefined,
    privateIds: EMPTY,
    line: el.line,
  };
  const id = childOf(el, 'Id');
  if (!id) return party;
  for (const choice of id.children) {
    for (const c of choice.children) {
      if (c.name === 'Othr') {
        if (choice.name === 'OrgId') party.organisationIds = append(party.organisationIds, readGenericId(c));
        else party.privateIds = append(party.privateIds, readGenericId(c));
      } else if (choice.name === 'OrgId' && (c.name === 'BICOrBEI' || c.name === 'AnyBIC')) {
        party.organisationBic = c.text;
      }
    }
  }
  return party;
}

function readGenericId(el: LightElement): GenericIdentification {
  const id = childOf(el, 'Id');
  const generic: GenericIdentification = { id: id?.text ?? '', line: id?.line ?? el.line };
  const scheme = childOf(el, 'SchmeNm');
  if (scheme) {
    const schemeCode = childText(scheme, 'Cd');
    const proprietary = childText(scheme, 'Prtry');
    if (schemeCode !== undefined) generic.schemeCode = code(schemeCode);
    if (proprietary !== undefined) generic.schemeProprietary = proprietary;
  }
  const issuer = childText(el, 'Issr');
  if (issuer !== undefined) generic.issuer = issuer;
  return generic;
}

function readAccount(el: LightElement): AccountIdentification {
  const id = childOf(el, 'Id');
  const iban = id && childOf(id, 'IBAN');
  const other = id && childOf(id, 'Othr');
  let account: AccountIdentification;
  if (iban) {
    account = { kind: 'iban', id: iban.text, line: iban.line };
  } else if (other) {
    const generic = readGenericId(other);
    account = { kind: 'other', id: generic.id, line: generic.line };
    if (generic.schemeCode !== undefined) account.schemeCode = generic.schemeCode;
    if (generic.schemeProprietary !== undefined) account.schemeProprietary = generic.schemeProprietary;
  } else {
    account = { kind: 'other', id: '', line: el.line };
  }
  const currency = childText(el, 'Ccy');
  if (currency !== undefined) account.currency = currency;
  return account;
}

function readAgent(el: LightElement): AgentIdentification {
  const agent: AgentIdentification = { line: el.line };
  const institution = childOf(el, 'FinInstnId');
  if (!institution) return agent;
  for (const c of institution.children) {
    if (c.name === 'BIC' || c.name === 'BICFI') agent.bic = c.text;
    else if (c.name === 'Nm') agent.name = c.text;
    else if (c.name === 'ClrSysMmbId') {
      const member = childText(c, 'MmbId');
      if (member !== undefined) agent.clearingMemberId = member;
    }
  }
  return agent;
}

function readRemittance(el: LightElement): RemittanceInformation {
  const remittance: RemittanceInformation = { unstructured: EMPTY, structured: EMPTY, line: el.line };
  for (const c of el.children) {
    if (c.name === 'Ustrd')
      remittance.unstructured = append(remittance.unstructured, { value: c.text, line: c.line });
    else if (c.name === 'Strd') remittance.structured = append(remittance.structured, readStructured(c));
  }
  return remittance;
}

function readStructured(el: LightElement): StructuredRemittance {
  const structured: StructuredRemittance = { referredDocuments: EMPTY, additionalInfo: EMPTY, line: el.line };
  for (const c of el.children) {
    switch (c.name) {
      case 'RfrdDocInf':
        structured.referredDocuments = append(structured.referredDocuments, readReferredDocument(c));
        break;
      case 'RfrdDocAmt':
        structured.referredDocumentAmount = readReferredAmount(c);
        break;
      case 'CdtrRefInf':
        structured.creditorReference = readCreditorReference(c);
        break;
      case 'AddtlRmtInf':
        structured.additionalInfo = append(structured.additionalInfo, c.text);
        break;
    }
  }
  return structured;
}

function readDocumentType(
  tp: LightElement | undefined,
  into: { typeCode?: string; typeProprietary?: string },
): void {
  const choice = tp && childOf(tp, 'CdOrPrtry');
  if (!choice) return;
  const typeCode = childText(choice, 'Cd');
  const proprietary = childText(choice, 'Prtry');
  if (typeCode !== undefined) into.typeCode = code(typeCode);
  if (proprietary !== undefined) into.typeProprietary = proprietary;
}

function readReferredDocument(el: LightElement): ReferredDocument {
  const document: ReferredDocument = { line: el.line };
  readDocumentType(childOf(el, 'Tp'), document);
  const number = childText(el, 'Nb');
  const related = childText(el, 'RltdDt');
  if (number !== undefined) document.number = number;
  if (related !== undefined) document.relatedDate = related;
  return document;
}

function readReferredAmount(el: LightElement): ReferredDocumentAmount {
  const amounts: ReferredDocumentAmount = { line: el.line };
  for (const c of el.children) {
    if (c.name === 'DuePyblAmt') amounts.duePayable = readAmount(c);
    else if (c.name === 'CdtNoteAmt') amounts.creditNote = readAmount(c);
    else if (c.name === 'RmtdAmt') amounts.remitted = readAmount(c);
  }
  return amounts;
}

function readCreditorReference(el: LightElement): CreditorReference {
  const ref = childOf(el, 'Ref');
  const reference: CreditorReference = { line: ref?.line ?? el.line };
  const tp = childOf(el, 'Tp');
  readDocumentType(tp, reference);
  const issuer = tp && childText(tp, 'Issr');
  if (issuer !== undefined) reference.issuer = issuer;
  if (ref) reference.ref = ref.text;
  return reference;
}
