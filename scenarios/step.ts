// What every step of a run shares: read the journal and judge what the driver sent (passive
// invariants), and the reads of the simulators' state over HTTP the commands and the final
// checks need (online bank lists, balances, driver invoices, pain.002 outcomes).
import { expectOk } from './http-client.ts';
import type { InboxItemModel, ScenarioModel } from './model.ts';
import type { NewFacts } from './observations.ts';
import type { ScenarioSystem } from './system.ts';
import { throwIfAny } from './system.ts';
import { judgeSends } from './invariants/consent.ts';
import { judgePaidKids, judgeSentKids } from './invariants/kid.ts';
import type { DriverInvoiceView } from './invariants/cancellation.ts';
import type { TransactionOutcome } from './invariants/approvals.ts';
import { effectiveReasons, readPain002Status } from './facts/pain002-status.ts';
import type { SentPaymentFile } from './facts/payment-file-sent.ts';
import { readKidCredits } from './facts/camt054-credits.ts';
import type { KidCredit } from './facts/camt054-credits.ts';

/** Reads the journal since the last step and judges everything the driver sent in it. */
export async function observe(model: Readonly<ScenarioModel>, system: ScenarioSystem): Promise<NewFacts> {
  const facts = system.observations.add(await system.journal.pull());
  throwIfAny([
    ...judgeSends(model, system.observations, facts.sent),
    ...judgeSentKids(model, facts.sent),
    ...judgePaidKids(model, facts.files),
  ]);
  return facts;
}

interface NettbankItem {
  transactionId: string;
  issuerOrgNumber: string;
  invoiceNumber?: string;
  kid?: string;
  amount: number;
  dueDate: string;
  status: string;
  documentType?: string;
}

/** Reads every person's online bank; updates the model and returns the eFaktura not seen before. */
export async function refreshInbox(model: ScenarioModel, system: ScenarioSystem): Promise<InboxItemModel[]> {
  const fresh: InboxItemModel[] = [];
  for (const [index, person] of model.persons.entries()) {
    const list = expectOk(
      await system.bench.get<{ efaktura?: NettbankItem[] }>(
        `/bank/v1/nettbank/${person.nationalId}/efaktura`,
      ),
      `reading ${person.label}'s online bank`,
    );
    for (const item of list.efaktura ?? []) {
      const known = model.inbox.get(item.transactionId);
      if (known) {
        known.status = item.status;
        continue;
      }
      const added: InboxItemModel = {
        transactionId: item.transactionId,
        person: index,
        issuerOrgNumber: item.issuerOrgNumber,
        invoiceNumber: item.invoiceNumber,
        kid: item.kid,
        amount: item.amount,
        dueDate: item.dueDate,
        status: item.status,
        documentType: item.documentType,
        seenAtStep: model.step,
      };
      model.inbox.set(item.transactionId, added);
      fresh.push(added);
    }
  }
  return fresh;
}

/** Balances of the run's tracked accounts, øre. */
export async function readBalances(system: ScenarioSystem): Promise<Map<string, number>> {
  const balances = new Map<string, number>();
  for (const bban of system.world.trackedAccounts) {
    const account = expectOk(
      await system.bench.get<{ balance?: number; balanceOre?: number }>(`/bank/v1/accounts/${bban}`),
      `reading account ${bban}`,
    );
    balances.set(bban, Number(account.balance ?? account.balanceOre ?? Number.NaN));
  }
  return balances;
}

/** The driver's view of an invoice (§5.6 GET /invoices/{invoiceNumber}). */
export async function readDriverInvoice(
  system: ScenarioSystem,
  invoiceNumber: string,
): Promise<DriverInvoiceView> {
  const view = expectOk(
    await system.driver.get<{ channel?: unknown; status?: unknown; remindersSent?: unknown }>(
      `/invoices/${encodeURIComponent(invoiceNumber)}`,
    ),
    `reading invoice ${invoiceNumber} from the driver`,
  );
  return {
    invoiceNumber,
    channel: String(view.channel ?? ''),
    status: String(view.status ?? ''),
    remindersSent: typeof view.remindersSent === 'number' ? view.remindersSent : 0,
  };
}

export async function readDriverInvoices(
  model: Readonly<ScenarioModel>,
  system: ScenarioSystem,
  filter: (customerNumber: string) => boolean = () => true,
): Promise<Map<string, DriverInvoiceView>> {
  const views = new Map<string, DriverInvoiceView>();
  for (const invoice of model.invoices.values()) {
    if (!filter(invoice.customerNumber)) continue;
    views.set(invoice.invoiceNumber, await readDriverInvoice(system, invoice.invoiceNumber));
  }
  return views;
}

interface ReportListing {
  id: string;
  fileId?: string;
}

/** Every pain.002 the bank wrote for the agreement, oldest first (GET /status-reports, §5.4). */
export async function readStatusReports(
  system: ScenarioSystem,
): Promise<Array<{ id: string; fileId?: string; xml: string }>> {
  const listing = expectOk(
    await system.agreementBank.get<unknown>('/bank/v1/status-reports?since=0'),
    'listing the pain.002 status reports',
  );
  const items = arrayIn(listing) as ReportListing[];
  const reports: Array<{ id: string; fileId?: string; xml: string }> = [];
  for (const item of items) {
    if (typeof item.id !== 'string') continue;
    const answer = await system.agreementBank.get<string>(
      `/bank/v1/status-reports/${encodeURIComponent(item.id)}`,
    );
    reports.push({ id: item.id, fileId: item.fileId, xml: expectOk(answer, `reading pain.002 ${item.id}`) });
  }
  return reports;
}

/**
 * The latest status of every transaction of a file, over all its pain.002 reports: a report
 * belongs to the file when the bank says so (fileId) or when its OrgnlMsgId is the file's MsgId.
 */
export function outcomesOf(
  file: SentPaymentFile,
  reports: ReadonlyArray<{ id: string; fileId?: string; xml: string }>,
): Map<string, TransactionOutcome> {
  const outcomes = new Map<string, TransactionOutcome>();
  for (const report of reports) {
    if (report.fileId !== undefined && report.fileId !== file.fileId) continue;
    const status = readPain002Status(report.xml);
    if ('error' in status) continue;
    if (report.fileId === undefined && status.originalMessageId !== file.messageId) continue;
    const groupRejected = status.groupStatus === 'RJCT';
    for (const tx of file.transactions) {
      const reported = status.transactions.find((t) => t.endToEndId === tx.endToEndId);
      const payment = status.payments.find((p) => p.pmtInfId === tx.pmtInfId);
      const previous = outcomes.get(tx.endToEndId);
      const reasons = new Set(previous?.reasons ?? []);
      if (reported) {
        for (const code of effectiveReasons(status, reported)) reasons.add(code);
        outcomes.set(tx.endToEndId, {
          endToEndId: tx.endToEndId,
          status: reported.status,
          reasons: [...reasons],
        });
      } else if (payment?.status === 'RJCT' || groupRejected) {
        for (const code of [...(payment?.reasons ?? []), ...status.groupReasons]) reasons.add(code);
        outcomes.set(tx.endToEndId, { endToEndId: tx.endToEndId, status: 'RJCT', reasons: [...reasons] });
      } else if (payment?.status && !previous) {
        outcomes.set(tx.endToEndId, {
          endToEndId: tx.endToEndId,
          status: payment.status,
          reasons: [...reasons],
        });
      }
    }
  }
  return outcomes;
}

/** The KID credits in every camt.054 notification of the issuer's account (§5.5). */
export async function readIssuerCredits(system: ScenarioSystem): Promise<KidCredit[]> {
  const account = system.world.wiring.issuer.accountNumber;
  const listing = expectOk(
    await system.bench.get<unknown>(`/bank/v1/notifications?account=${account}&since=0`),
    `listing camt.054 notifications of ${account}`,
  );
  const credits: KidCredit[] = [];
  for (const item of arrayIn(listing) as Array<{ id?: unknown }>) {
    if (typeof item.id !== 'string') continue;
    const xml = expectOk(
      await system.bench.get<string>(`/bank/v1/notifications/${encodeURIComponent(item.id)}`),
      `reading notification ${item.id}`,
    );
    const read = readKidCredits(xml, item.id);
    if (!('error' in read))
      credits.push(...read.filter((credit) => credit.account === account || credit.account === ''));
  }
  return credits;
}

/** The first array in a listing answer ({ reports: [...] }, { notifications: [...] } or a bare array). */
export function arrayIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) if (Array.isArray(inner)) return inner;
  }
  return [];
}
