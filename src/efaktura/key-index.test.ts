import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intersect, KeyIndex, entriesSize, type Entries } from './key-index.ts';

interface Item {
  id: number;
}

const toArray = (entries: Entries<Item> | undefined): Item[] =>
  entries === undefined ? [] : entries instanceof Set ? [...entries] : [entries as Item];

describe('KeyIndex', () => {
  it('holds one item as itself, several as a set, and shrinks back when items leave', () => {
    const [a, b] = [{ id: 1 }, { id: 2 }];
    const index = new KeyIndex<Item>();
    index.add('k', a);
    expect(index.lookup('k')).toBe(a);
    index.add('k', a);
    expect(index.lookup('k')).toBe(a);
    index.add('k', b);
    expect(toArray(index.lookup('k'))).toEqual([a, b]);
    index.remove('k', a);
    expect(index.lookup('k')).toBe(b);
    index.remove('k', b);
    expect(index.lookup('k')).toBeUndefined();
    expect(index.size).toBe(0);
  });

  it('agrees with a plain model of key → set of items under any adds and removes (property)', () => {
    const items = Array.from({ length: 5 }, (_, id) => ({ id }));
    const op = fc.record({
      add: fc.boolean(),
      key: fc.constantFrom('a', 'b', 'c'),
      item: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const index = new KeyIndex<Item>();
        const model = new Map<string, Set<Item>>();
        for (const { add, key, item } of ops) {
          const set = model.get(key) ?? new Set<Item>();
          if (add) {
            index.add(key, items[item] as Item);
            set.add(items[item] as Item);
          } else {
            index.remove(key, items[item] as Item);
            set.delete(items[item] as Item);
          }
          if (set.size === 0) model.delete(key);
          else model.set(key, set);
        }
        for (const key of ['a', 'b', 'c']) {
          const expected = [...(model.get(key) ?? [])].map((i) => i.id).sort();
          expect(
            toArray(index.lookup(key))
              .map((i) => i.id)
              .sort(),
          ).toEqual(expected);
          const entries = index.lookup(key);
          if (entries !== undefined) expect(entriesSize(entries)).toBe(expected.length);
        }
        // Intersection of two keys = the items under both, capped by the limit.
        const both = [...(model.get('a') ?? [])].filter((i) => model.get('b')?.has(i));
        expect(intersect([index.lookup('a'), index.lookup('b')]).length).toBe(both.length);
        expect(intersect([index.lookup('a'), index.lookup('b')], 1).length).toBe(Math.min(1, both.length));
      }),
    );
  });
});
