// `since=` on the polling endpoints: a sequence number from an earlier answer's `next` (exclusive),
// or an ISO timestamp (documents created after it). Absent: everything.
import { ProblemError } from '../kernel/problem.ts';

export type SinceFilter = (item: { seq: number; createdAt: string }) => boolean;

export function sinceFilter(url: URL): SinceFilter {
  const raw = url.searchParams.get('since')?.trim();
  if (!raw) return () => true;
  if (/^[0-9]{1,15}$/.test(raw)) {
    const seq = Number(raw);
    return (item) => item.seq > seq;
  }
  const instant = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(instant)) {
    throw new ProblemError(
      400,
      'EB-INVALID-BODY',
      `since=${raw} must be a sequence number or an ISO 8601 timestamp.`,
      {
        errors: [{ path: 'since', message: 'must be a sequence number or an ISO 8601 timestamp' }],
      },
    );
  }
  return (item) => Date.parse(item.createdAt) > instant;
}
