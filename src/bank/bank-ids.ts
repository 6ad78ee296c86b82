// Deterministic ids for what the bank creates (files, reports, notifications, payments): the
// tenant's counters (`tenant.nextId('pain002')` → 'pain002-000001'), so a seed replays exactly.
export type NextId = (prefix: string) => string;
