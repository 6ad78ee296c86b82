// Identifiers the client mints. Shipment and transaction ids are UUIDs as MPS requires
// (efaktura-b2c.md §4.2); pain.001 MsgId/PmtInfId/EndToEndId must be unique per sender
// (iso20022-norway.md §2.1, DU01/DU02/DU04) and at most 35 characters. They come from
// crypto.randomUUID(): the client is an adapter, not the pure core, and random ids stay unique
// across client restarts against a bench that remembers every MsgId it has seen.
import { randomUUID } from 'node:crypto';

export type IdSource = () => string;

export const uuid: IdSource = () => randomUUID();

/** 12 hex characters of a UUID: enough to keep MsgIds unique across restarts. */
export function shortRandom(source: IdSource = uuid): string {
  return source().replaceAll('-', '').slice(0, 12).toUpperCase();
}
