// An index from a normalised search key to the persons who carry it, so a register search is a
// few Map look-ups, never a scan (100,000 persons in the benchmark). It holds the person records
// themselves, not their national ids: a search then needs no second look-up per customer, and on
// a large register each look-up is a few cache misses (bench/README.md). Person records keep their
// identity for life (register.ts updates them in place). Most keys belong to one person, so a key
// maps to the record itself until a second person shares it (a Set per key would cost hundreds of
// thousands of small objects).

/** The entries under one key: one, or several. */
export type Entries<T extends object> = T | ReadonlySet<T>;

function isSet<T extends object>(entries: Entries<T>): entries is ReadonlySet<T> {
  return entries instanceof Set;
}

export function entriesSize<T extends object>(entries: Entries<T>): number {
  return isSet(entries) ? entries.size : 1;
}

export function entriesHas<T extends object>(entries: Entries<T>, item: T): boolean {
  return isSet(entries) ? entries.has(item) : entries === item;
}

export class KeyIndex<T extends object> {
  private readonly entries = new Map<string, T | Set<T>>();

  add(key: string, item: T): void {
    const current = this.entries.get(key);
    if (current === undefined) this.entries.set(key, item);
    else if (!(current instanceof Set)) {
      if (current !== item) this.entries.set(key, new Set([current, item]));
    } else current.add(item);
  }

  remove(key: string, item: T): void {
    const current = this.entries.get(key);
    if (current === undefined) return;
    if (!(current instanceof Set)) {
      if (current === item) this.entries.delete(key);
      return;
    }
    current.delete(item);
    if (current.size === 1) this.entries.set(key, current.values().next().value as T);
  }

  /** The entries under a key without copying (the hot path of the search). */
  lookup(key: string): Entries<T> | undefined {
    return this.entries.get(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The items present under every one of the entries, walking the smallest; stops after `limit`
 * (a search only needs to tell none, one and several apart). An absent entry matches nothing.
 */
export function intersect<T extends object>(
  entries: ReadonlyArray<Entries<T> | undefined>,
  limit = Number.POSITIVE_INFINITY,
): T[] {
  let smallest: Entries<T> | undefined;
  for (const entry of entries) {
    if (entry === undefined) return [];
    if (smallest === undefined || entriesSize(entry) < entriesSize(smallest)) smallest = entry;
  }
  if (smallest === undefined) return [];
  if (!isSet(smallest)) return inAll(entries, smallest, smallest) ? [smallest] : [];
  const out: T[] = [];
  for (const item of smallest) {
    if (inAll(entries, smallest, item)) {
      out.push(item);
      if (out.length >= limit) break;
    }
  }
  return out;
}

function inAll<T extends object>(
  entries: ReadonlyArray<Entries<T> | undefined>,
  skip: Entries<T>,
  item: T,
): boolean {
  for (const entry of entries) {
    if (entry === skip) continue;
    if (entry === undefined || !entriesHas(entry, item)) return false;
  }
  return true;
}
