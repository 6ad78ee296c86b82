// Norwegian local time: every business date in the bench is an Europe/Oslo calendar date
// (ARCHITECTURE.md §3). Pure: the instant is always passed in.

export const OSLO_TIME_ZONE = 'Europe/Oslo';

const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: OSLO_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

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
  return dateFormat.format(instant);
}

/** ISO 8601 with the Oslo offset, e.g. 2026-01-15T09:12:00+01:00. */
export function osloIso(instant: Date | number): string {
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  const offset = (parts.timeZoneName ?? 'GMT').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
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
