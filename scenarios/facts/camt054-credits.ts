// The KID credits in a camt.054 credit notification (iso20022-norway.md §4.1, §4.2): one per
// Ntry/NtryDtls/TxDtls with a SCOR creditor reference, with the amount in øre. Read with the
// bench's light XML scanner; the notification is the bank's own output.
import { parseIsoAmount } from '../../src/iso20022/iso-amount.ts';
import { childOf, childText, scanXml } from '../../src/iso20022/xml/light-xml.ts';
import type { LightElement } from '../../src/iso20022/xml/light-xml.ts';

export interface KidCredit {
  notificationId: string;
  account: string;
  kid: string;
  amountOre: number | null;
  bookingDate?: string;
  accountServicerReference?: string;
}

export function readKidCredits(xml: string, notificationId: string): KidCredit[] | { error: string } {
  const scan = scanXml(xml);
  if (!scan.ok) return { error: `line ${scan.line}: ${scan.message}` };
  const body = childOf(scan.root, 'BkToCstmrDbtCdtNtfctn');
  if (!body) return { error: 'not a camt.054 (no BkToCstmrDbtCdtNtfctn)' };
  const credits: KidCredit[] = [];
  for (const notification of body.children.filter((c) => c.name === 'Ntfctn')) {
    const account = accountId(childOf(notification, 'Acct'));
    for (const entry of notification.children.filter((c) => c.name === 'Ntry')) {
      if (childText(entry, 'CdtDbtInd') !== 'CRDT') continue;
      const booking = childOf(entry, 'BookgDt');
      const bookingDate = booking
        ? (childText(booking, 'Dt') ?? childText(booking, 'DtTm')?.slice(0, 10))
        : undefined;
      const details = childOf(entry, 'NtryDtls');
      const txs = details ? details.children.filter((c) => c.name === 'TxDtls') : [];
      for (const tx of txs) {
        const amount = path(tx, ['AmtDtls', 'TxAmt', 'Amt'])?.text ?? childText(entry, 'Amt');
        const refs = childOf(tx, 'Refs');
        const remittance = childOf(tx, 'RmtInf');
        for (const structured of remittance?.children.filter((c) => c.name === 'Strd') ?? []) {
          const reference = childOf(structured, 'CdtrRefInf');
          const code = reference ? path(reference, ['Tp', 'CdOrPrtry', 'Cd'])?.text : undefined;
          const kid = reference ? childText(reference, 'Ref') : undefined;
          if (code !== 'SCOR' || kid === undefined) continue;
          credits.push({
            notificationId,
            account,
            kid,
            amountOre: amount === undefined ? null : parseIsoAmount(amount).ore,
            bookingDate,
            accountServicerReference: refs ? childText(refs, 'AcctSvcrRef') : undefined,
          });
        }
      }
    }
  }
  return credits;
}

function path(element: LightElement, names: readonly string[]): LightElement | undefined {
  let current: LightElement | undefined = element;
  for (const name of names) current = current ? childOf(current, name) : undefined;
  return current;
}

function accountId(account: LightElement | undefined): string {
  if (!account) return '';
  const id = childOf(account, 'Id');
  if (!id) return '';
  return childText(id, 'IBAN') ?? path(id, ['Othr', 'Id'])?.text ?? '';
}
