// The XML of the documents the bank has written, written once on first read and kept with the
// document (src/iso20022 writers; every one validates against its XSD, tested in documents.test.ts).
import { writePain002 } from '../../src/iso20022/pain002.ts';
import { writeCamt054 } from '../../src/iso20022/camt054.ts';
import type { StoredNotification, StoredStatusReport } from '../../src/bank/bank-state.ts';

export function statusReportXml(stored: StoredStatusReport): string {
  stored.xml ??= writePain002(stored.report);
  return stored.xml;
}

export function notificationXml(stored: StoredNotification): string {
  stored.xml ??= writeCamt054(stored.document);
  return stored.xml;
}
