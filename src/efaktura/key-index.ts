// An index from a normalised search key to the national ids that carry it, so a register search
// is a few Map look-ups, never a scan (100,000 persons in the benchmark).

const EMPTY: ReadonlySet<string> = new Set();

export class KeyIndex {
  private readonly entries = new Map<string, Set<string>>();

  add(key: string, nationalId: string): void {
    let ids = this.entries.get(key);
    if (!ids) {
      ids = new Set();
      this.entries.set(key, ids);
    }
    ids.add(nationalId);
  }

  remove(key: string, nationalId: string): void {
    const ids = this.entries.get(key);
    if (!ids) return;
    ids.delete(nationalId);
    if (ids.size === 0) this.entries.delete(key);
  }

  get(key: string): ReadonlySet<string> {
    return this.entries.get(key) ?? EMPTY;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The intersection of several sets, walking the smallest one. */
export function intersect(sets: readonly ReadonlySet<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  const ordered = [...sets].sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = ordered as [ReadonlySet<string>, ...ReadonlySet<string>[]];
  const out = new Set<string>();
  for (const id of smallest) if (rest.every((set) => set.has(id))) out.add(id);
  return out;
}
