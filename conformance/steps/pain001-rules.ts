// What every pain.001 the SUT sends must satisfy without knowing the bank's books: the XSD, the
// control totals, the KID and remittance rules, ids unique within the file, and an execution date
// on a Norwegian banking day (iso20022-norway.md §2.1–§2.5). The bank's own rule functions
// (src/bank/rules) are reused, so the bench and the suite judge alike.
import { createBankingCalendar } from '../../src/bank/banking-calendar.ts';
import type { BankingCalendar } from '../../src/bank/banking-calendar.ts';
import type { Finding as BankFinding } from '../../src/bank/finding.ts';
import { checkControlTotals } from '../../src/bank/rules/control-totals.ts';
import { checkCreditorReference } from '../../src/bank/rules/creditor-reference.ts';
import { checkRemittanceStructure } from '../../src/bank/rules/remittance-structure.ts';
import { checkAgainstSchema, SchemaDirectoryNotFoundError } from '../../src/iso20022/xml/schema-files.ts';
import type { PaymentFilePost } from '../traffic/bank-traffic.ts';
import { xmlLines } from './evidence.ts';
import type { FindingInput } from '../types.ts';

/** [NF] default 25 structured references per payment — iso20022-norway.md §2.2 item 2, §8.1. */
export const STRUCTURED_REFERENCE_LIMIT = 25;

let calendar: BankingCalendar | undefined;
export function bankingCalendar(): BankingCalendar {
  calendar ??= createBankingCalendar();
  return calendar;
}

export interface Pain001Judgement {
  findings: FindingInput[];
  /** Set when the XSDs could not be found (the schema part was skipped). */
  schemaSkipped?: string;
}

function fromBank(finding: BankFinding, file: PaymentFilePost, fix: string): FindingInput {
  return {
    message: `${finding.path}${finding.value !== undefined ? ` = ${JSON.stringify(finding.value)}` : ''}: ${finding.text ?? finding.reason}${finding.line ? ` (line ${finding.line})` : ''}.`,
    fix,
    seqs: [file.seq],
    ...(finding.line ? { excerpt: xmlLines(file.xml, Math.max(1, finding.line - 8), 20) } : {}),
    codes: [finding.reason],
  };
}

export function judgePain001(file: PaymentFilePost): Pain001Judgement {
  const findings: FindingInput[] = [];
  let schemaSkipped: string | undefined;
  try {
    const schema = checkAgainstSchema(file.xml);
    if (!schema.valid) {
      findings.push({
        message: `The pain.001 is not valid against its XSD: ${schema.errors
          .slice(0, 3)
          .map((e) => `${e.line ? `line ${e.line}: ` : ''}${e.message}`)
          .join('; ')}.`,
        fix: 'Build the file with the element order and types of pain.001.001.03 (or .09); validate it against the XSD before sending.',
        seqs: [file.seq],
        excerpt: file.xml.slice(0, 500),
        codes: ['FF01'],
      });
    }
  } catch (error) {
    if (!(error instanceof SchemaDirectoryNotFoundError)) throw error;
    schemaSkipped = error.message;
  }
  const document = file.document;
  if (!document) {
    findings.push({
      message: `The payment file does not read as a pain.001: ${file.readError ?? 'unknown reason'}.`,
      fix: 'Send a pain.001.001.03 (or .09) CustomerCreditTransferInitiation document.',
      seqs: [file.seq],
      excerpt: file.xml.slice(0, 300),
      codes: ['FF01'],
    });
    return { findings, schemaSkipped };
  }

  const totals = checkControlTotals(document);
  for (const finding of [...totals.group, ...totals.payments.flat()]) {
    findings.push(
      fromBank(
        finding,
        file,
        'NbOfTxs must count the CdtTrfTxInf and CtrlSum must be the exact sum of InstdAmt (AM18, AM10).',
      ),
    );
  }
  const paymentIds = new Set<string>();
  const endToEndIds = new Set<string>();
  for (const payment of document.payments) {
    if (paymentIds.has(payment.paymentInformationId)) {
      findings.push({
        message: `PmtInfId ${payment.paymentInformationId} is used twice in message ${document.groupHeader.messageId.value}.`,
        fix: 'Give every PmtInf block its own PmtInfId.',
        seqs: [file.seq],
        codes: ['DU02'],
      });
    }
    paymentIds.add(payment.paymentInformationId);
    const date = payment.requestedExecutionDate.date.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !bankingCalendar().isBankingDay(date)) {
      findings.push({
        message: `${payment.path}/ReqdExctnDt is ${date}, which is not a Norwegian banking day (next: ${bankingCalendar().nextBankingDay(date)}).`,
        fix: 'Move the execution date to the next banking day before sending (weekends and public holidays are closed, §2.5).',
        seqs: [file.seq],
        codes: ['DT06'],
      });
    }
    for (const transaction of payment.transactions) {
      if (endToEndIds.has(transaction.endToEndId)) {
        findings.push({
          message: `EndToEndId ${transaction.endToEndId} is used twice in message ${document.groupHeader.messageId.value}.`,
          fix: 'Give every transaction its own EndToEndId.',
          seqs: [file.seq],
          codes: ['DU04'],
        });
      }
      endToEndIds.add(transaction.endToEndId);
      const reference = checkCreditorReference(transaction, undefined);
      if (reference.finding) {
        findings.push(
          fromBank(
            reference.finding,
            file,
            'Send the KID exactly as the creditor issued it, as RmtInf/Strd/CdtrRefInf with Tp/CdOrPrtry/Cd SCOR (§2.2, §5.1).',
          ),
        );
      }
      const structure = checkRemittanceStructure(
        transaction,
        reference.kids.length > 0,
        STRUCTURED_REFERENCE_LIMIT,
      );
      if (structure) {
        findings.push(
          fromBank(
            structure,
            file,
            'Never combine a KID with a credit note: settle credit notes against invoices with CINV/CREN references and no KID (§2.2).',
          ),
        );
      }
      const amount = transaction.amount;
      if (amount && !(Number(amount.text) > 0)) {
        findings.push({
          message: `${transaction.path}/Amt/InstdAmt is ${amount.text}: a payment amount must be above zero.`,
          fix: 'Leave out payments that net to zero or below; settle credit notes against invoices.',
          seqs: [file.seq],
          codes: ['AM01'],
        });
      }
    }
  }
  return { findings, schemaSkipped };
}
