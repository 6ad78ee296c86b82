// An index from a normalised search key to the national ids that carry it, so a register search
// is a few Map look-ups, never a scan (100,000 persons in the benchmark). Most keys belong to one
// person, so a key maps to a plain string until a second person shares it (a Set per key would
// cost hundreds of thousands of small objects).

const EMPTY: ReadonlySet<string> = new Set();

/** The national ids under one key: one id, or several. */
export type Ids = string | ReadonlySet<string>;

export function idsSize(ids: Ids): number {
  return typeof ids === 'string' ? 1 : ids.size;
}

export function idsHas(ids: Ids, nationalId: string): boolean {
  return typeof ids === 'string' ? ids === nationalId : ids.has(nationalId);
}

export function idsList(ids: Ids): Iterable<string> {
  return typeof ids === 'string' ? [ids] : ids;
}

export class KeyIndex {
  private readonly entries = new Map<string, string | Set<string>>();

  add(key: string, nationalId: string): void {
    const current = this.entries.get(key);
    if (current === undefined) this.entries.set(key, nationalId);
    else if (typeof current === 'string') {
      if (current !== nationalId) this.entries.set(key, new Set([current, nationalId]));
    } else current.add(nationalId);
  }

  remove(key: string, nationalId: string): void {
    const current = this.entries.get(key);
    if (current === undefined) return;
    if (typeof current === 'string') {
      if (current === nationalId) this.entries.delete(key);
      return;
    }
    current.delete(nationalId);
    if (current.size === 1) this.entries.set(key, current.values().next().value as string);
  }

  /** The ids under a key without copying (the hot path of the search). */
  lookup(key: string): Ids | undefined {
    return this.entries.get(key);
  }

  get(key: string): ReadonlySet<string> {
    const current = this.entries.get(key);
    if (current === undefined) return EMPTY;
    return typeof current === 'string' ? new Set([current]) : current;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The ids present under every one of the entries, walking the smallest; stops after `limit`
 * (a search only needs to tell none, one and several apart). An absent entry matches nothing.
 */
export function intersect(
  entries: ReadonlyArray<Ids | undefined>,
  limit = Number.POSITIVE_INFINITY,
): string[] {
  if (entries.length === 0) return [];
  let smallest: Ids | undefined;
  for (const entry of entries) {
    if (entry === undefined) return [];
    if (smallest === undefined || idsSize(entry) < idsSize(smallest)) smallest = entry;
  }
  const out: string[] = [];
  if (smallest === undefined) return out;
  for (const id of idsList(smallest)) {
    if (inAll(entries, smallest, id)) {
      out.push(id);
      if (out.length >= limit) break;
    }
  }
  return out;
}

function inAll(entries: ReadonlyArray<Ids | undefined>, skip: Ids, id: string): boolean {
  for (const entry of entries) {
    if (entry === skip) continue;
    if (entry === undefined || !idsHas(entry, id)) return false;
  }
  return true;
}
