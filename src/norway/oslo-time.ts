// Norwegian local time: every business date in the bench is an Europe/Oslo calendar date
// (ARCHITECTURE.md §3). Pure: the instant is always passed in.

export const OSLO_TIME_ZONE = 'Europe/Oslo';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** The Oslo calendar date (YYYY-MM-DD) of an instant. */
export function osloDate(instant: Date | number): string {
  return osloIso(instant).slice(0, 10);
}

/**
 * The Oslo UTC offset in minutes at an instant. The offset only changes at DST switches (on the
 * hour), so it is computed once per UTC hour with Intl and then looked up: Intl costs ~20 µs a call
 * and the journal stamps every request.
 */
const offsetByHour = new Map<number, number>();
function osloOffsetMinutes(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    const zone =
      partsFormat.formatToParts(hour * 3_600_000).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zone);
    offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** ISO 8601 with the Oslo offset, e.g. 2026-01-15T09:12:00+01:00. */
export function osloIso(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const offset = osloOffsetMinutes(ms);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The instant of an Oslo wall-clock time on a date ('2026-01-15', '06:00'). */
export function osloInstant(date: string, time = '00:00'): Date {
  // Try both Norwegian offsets and keep the one that maps back to the same wall clock.
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${date}T${time}:00${offset}`);
    if (osloIso(candidate).startsWith(`${date}T${time}`)) return candidate;
  }
  return new Date(`${date}T${time}:00+01:00`);
}

/** Adds calendar days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
