// Query parameters of the MPS listing endpoints: `since`, `from` and `to` are a date (the start
// of that Oslo day) or an ISO 8601 timestamp with an offset.
import { isIsoDate } from '../../src/norway/calendar-date.ts';
import { osloInstant } from '../../src/norway/oslo-time.ts';
import { issue } from '../../src/efaktura/index.ts';
import { refuse } from '../jtta/efaktura-store.ts';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, undefined when absent; 400 EB-EF-INVALID-QUERY when unreadable. */
export function instantParam(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  if (isIsoDate(raw)) return osloInstant(raw).getTime();
  const ms = TIMESTAMP.test(raw) ? Date.parse(raw) : Number.NaN;
  if (Number.isNaN(ms)) {
    refuse([
      issue(
        'EB-EF-INVALID-QUERY',
        name,
        raw,
        `${name} must be a date (2026-01-12) or a timestamp with offset (2026-01-12T08:00:00+01:00).`,
      ),
    ]);
  }
  return ms;
}
