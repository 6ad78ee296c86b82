// Which journal entries are the system under test's own requests to the bench, and what they say.
// The runner builds the world through /sim/v1, /jtta/v1, the bank's set-up and online-bank paths;
// the SUT talks to MPS (/mps/v1) and to the bank as a corporate customer. A bank agreement the
// runner created for itself (to pay an invoice as a third party) is excluded by its party id.
import {
  completeShipmentCounts,
  isBlacklistRead,
  isSearch,
  isShipmentPost,
  readPoll,
  readSearch,
  readShipment,
} from './mps-traffic.ts';
import type { SearchCall, ShipmentPost, StatusPoll } from './mps-traffic.ts';
import {
  isNotificationRead,
  isPaymentFilePost,
  isStatusReportRead,
  readPaymentFile,
  readStatusReport,
} from './bank-traffic.ts';
import type { PaymentFilePost, StatusReportRead } from './bank-traffic.ts';
import type { JournalEntry } from './journal-entry.ts';

const RUNNER_BANK_PATHS = /^\/bank\/v1\/(nettbank|accounts|agreements)(\/|$)/;

export function isSutEntry(entry: JournalEntry, runnerParties: ReadonlySet<string>): boolean {
  if (entry.party && runnerParties.has(`${entry.party.kind}:${entry.party.id}`)) return false;
  if (entry.path.startsWith('/mps/v1/')) return true;
  return entry.path.startsWith('/bank/v1/') && !RUNNER_BANK_PATHS.test(entry.path);
}

export interface SutTraffic {
  entries: JournalEntry[];
  searches: SearchCall[];
  shipments: ShipmentPost[];
  polls: StatusPoll[];
  blacklistReads: JournalEntry[];
  paymentFiles: PaymentFilePost[];
  statusReports: StatusReportRead[];
  notificationReads: JournalEntry[];
}

export function readSutTraffic(
  all: readonly JournalEntry[],
  runnerParties: ReadonlySet<string> = new Set(),
): SutTraffic {
  const entries = all.filter((entry) => isSutEntry(entry, runnerParties));
  const traffic: SutTraffic = {
    entries,
    searches: [],
    shipments: [],
    polls: [],
    blacklistReads: [],
    paymentFiles: [],
    statusReports: [],
    notificationReads: [],
  };
  for (const entry of entries) {
    if (isSearch(entry)) traffic.searches.push(readSearch(entry));
    else if (isShipmentPost(entry)) traffic.shipments.push(readShipment(entry));
    else if (isBlacklistRead(entry)) traffic.blacklistReads.push(entry);
    else if (isPaymentFilePost(entry)) traffic.paymentFiles.push(readPaymentFile(entry));
    else if (isStatusReportRead(entry)) traffic.statusReports.push(readStatusReport(entry));
    else if (isNotificationRead(entry)) traffic.notificationReads.push(entry);
    else {
      const poll = readPoll(entry);
      if (poll) traffic.polls.push(poll);
    }
  }
  completeShipmentCounts(traffic.shipments, traffic.polls);
  return traffic;
}

/** Every transaction the SUT shipped, with the shipment it travelled in. */
export function shippedTransactions(traffic: SutTraffic) {
  return traffic.shipments.flatMap((shipment) =>
    shipment.transactions.map((transaction) => ({ shipment, transaction })),
  );
}
