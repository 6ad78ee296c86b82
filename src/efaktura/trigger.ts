// Magic values (ARCHITECTURE.md §6): an eFaktura `invoiceNumber` TRIGGER-<CODE> forces that code,
// so every code can be seen on demand. Synchronous MPS codes refuse the whole shipment at intake;
// rejection reasons reject the transaction when the shipment is processed; TRIGGER-202 marks the
// shipment so that cancelling it answers 202 (multiple consignments), which real input cannot reach.
import { isRejectionCode } from './rejection-reason.ts';
import type { RejectionCode } from './rejection-reason.ts';

export const TRIGGER_PREFIX = 'TRIGGER-';

/** MPS codes an invoiceNumber trigger raises at intake (POST /mps/v1/shipments). */
export const INTAKE_TRIGGER_CODES = [
  '209',
  '3002',
  '3003',
  '3010',
  '3011',
  '3020',
  '3021',
  '3100',
  '3101',
  '5002',
  '5003',
  '5009',
  '5010',
] as const;
export type IntakeTriggerCode = (typeof INTAKE_TRIGGER_CODES)[number];

/** Codes an invoiceNumber trigger raises when the shipment is cancelled. */
export const CANCEL_TRIGGER_CODES = ['202'] as const;

export type Trigger =
  | { kind: 'none' }
  | { kind: 'intake'; code: IntakeTriggerCode }
  | { kind: 'rejection'; code: RejectionCode }
  | { kind: 'cancel'; code: '202' }
  | { kind: 'unknown'; code: string };

export function parseTrigger(invoiceNumber: string): Trigger {
  if (!invoiceNumber.startsWith(TRIGGER_PREFIX)) return { kind: 'none' };
  const code = invoiceNumber.slice(TRIGGER_PREFIX.length);
  if ((INTAKE_TRIGGER_CODES as readonly string[]).includes(code))
    return { kind: 'intake', code: code as IntakeTriggerCode };
  if (isRejectionCode(code)) return { kind: 'rejection', code };
  if (code === '202') return { kind: 'cancel', code };
  return { kind: 'unknown', code };
}
