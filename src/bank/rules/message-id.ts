// GrpHdr/MsgId must be unique per sender (iso20022-norway.md §2.1, §3.4 DU01 "MsgId not unique").
// Only a file the bank accepted on receipt consumes its MsgId, so a rejected file can be
// corrected and sent again under the same id (decision 001).
import type { Finding } from '../finding.ts';
import type { LocatedText } from '../../iso20022/pain001-model.ts';

export function checkMessageIdUnique(
  messageId: LocatedText,
  seen: (messageId: string) => boolean,
): Finding | undefined {
  if (!seen(messageId.value)) return undefined;
  return {
    reason: 'DU01',
    level: 'group',
    path: 'GrpHdr/MsgId',
    value: messageId.value,
    line: messageId.line,
    text: `MsgId ${messageId.value} has already been received under this agreement; send a new MsgId`,
  };
}
