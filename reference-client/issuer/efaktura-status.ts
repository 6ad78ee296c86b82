// The eFaktura transaction statuses MPS reports (src/efaktura/shipment.ts: IN_PROGRESS,
// REJECTED, DELIVERED, PENDING, APPROVED, PAID, DELETED, CANCELLED, EXPIRED) and rejection reasons,
// read tolerantly: an unknown status is UNKNOWN, never an exception.
import type { EfakturaState } from './invoice.ts';

const KNOWN_STATES: readonly EfakturaState[] = [
  'IN_PROGRESS',
  'DELIVERED',
  'APPROVED',
  'PAID',
  'REJECTED',
  'DELETED',
  'CANCELLED',
  'EXPIRED',
];

export function efakturaState(value: unknown): EfakturaState {
  if (value === 'PENDING') return 'DELIVERED';
  return KNOWN_STATES.find((state) => state === value) ?? 'UNKNOWN';
}

export function reasonOf(value: unknown): { code: string; message?: string } | undefined {
  if (typeof value === 'string') return { code: value };
  if (value !== null && typeof value === 'object') {
    const { code, message } = value as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return { code, message: typeof message === 'string' ? message : undefined };
  }
  return undefined;
}
