import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuerSchema, searchSchema, shipmentSchema } from '../mps/schemas.ts';
import { fastAccept } from './fast-accept.ts';

/** A string that fits a limit (in code points), often right at it, sometimes astral. */
const fits = (limit: number, min = 0) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: Math.min(limit, 4) }),
    fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(limit, 3) }),
    fc.constantFrom('a'.repeat(limit), '🙂'.repeat(limit)),
  );
const validAddress = fc.record(
  { street: fits(200), postalCode: fits(20), city: fits(100), country: fits(2) },
  { requiredKeys: ['street', 'postalCode'] },
);
const validCustomer = fc.record(
  {
    customerNumber: fits(100, 1),
    nationalId: fits(40),
    firstName: fits(100),
    lastName: fits(100),
    address: validAddress,
    email: fits(254),
    mobile: fits(40),
  },
  { requiredKeys: ['customerNumber'] },
);
const validBody = fc.record({
  issuerOrgNumber: fits(40),
  customers: fc.array(validCustomer, { maxLength: 3 }),
});

// One damage at a random place: a string one past its limit (code points or UTF-16 units), a
// lone surrogate, a value of the wrong type, a missing required key, or an unknown key.
const damage = fc.oneof(
  fc.constantFrom(
    ...[1, 2, 20, 40, 100, 200, 254].flatMap((limit) => ['a'.repeat(limit + 1), '🙂'.repeat(limit + 1)]),
  ),
  { weight: 2, arbitrary: fc.constantFrom('\ud83d', '\ude42\ud83d', '', null, 0, true, [], {}) },
  fc.jsonValue(),
);

function damaged(value: unknown, choice: number, replacement: unknown): unknown {
  const places: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const parent = node as Record<string, unknown> | unknown[];
    for (const [key, child] of Object.entries(parent)) {
      places.push({ parent, key: Array.isArray(parent) ? Number(key) : key });
      walk(child);
    }
  };
  const copy = structuredClone(value);
  walk(copy);
  const place = places[choice % Math.max(1, places.length)];
  if (!place) return replacement;
  const kind = choice % 3;
  if (kind === 0 && !Array.isArray(place.parent)) delete place.parent[place.key as string];
  else if (kind === 1 && !Array.isArray(place.parent)) place.parent.unknownField = replacement;
  else (place.parent as Record<string | number, unknown>)[place.key] = replacement;
  return copy;
}

const searchBody = fc.oneof(
  validBody,
  fc
    .tuple(validBody, fc.nat(), damage)
    .map(([body, choice, replacement]) => damaged(body, choice, replacement)),
);

describe('fastAccept', () => {
  const accept = fastAccept(searchSchema);

  it('accepts a search body exactly when zod does, and then zod would return it unchanged', () => {
    fc.assert(
      fc.property(searchBody, (generated) => {
        // Bodies arrive through JSON.parse: no undefined, no prototypes.
        const body = JSON.parse(JSON.stringify(generated)) as unknown;
        const parsed = searchSchema.safeParse(body);
        expect(accept(body)).toBe(parsed.success);
        if (parsed.success) expect(parsed.data).toStrictEqual(body);
      }),
      { numRuns: 4000 },
    );
  });

  it('counts string lengths in code points, as zod does', () => {
    const body = (firstName: string) => ({
      issuerOrgNumber: '912345670',
      customers: [{ customerNumber: 'C1', firstName }],
    });
    for (const firstName of ['🙂'.repeat(100), '🙂'.repeat(101), '\ud83d'.repeat(100), '\ud83d'.repeat(101)])
      expect(accept(body(firstName))).toBe(searchSchema.safeParse(body(firstName)).success);
    expect(accept(body('🙂'.repeat(100)))).toBe(true); // 200 UTF-16 units, 100 code points
    expect(accept(body('🙂'.repeat(101)))).toBe(false);
  });

  it('refuses schemas whose zod checks JSON Schema cannot express', () => {
    expect(() => fastAccept(issuerSchema)).toThrow(/'overwrite' check/); // .trim()
    expect(() => fastAccept(shipmentSchema)).toThrow(/'string_format' check/); // uuid regex
    expect(() => fastAccept(z.object({ a: z.string() }))).toThrow(/strictObject/);
    expect(() => fastAccept(z.strictObject({ n: z.number() }))).toThrow(/zod number/);
    expect(() => fastAccept(z.string().refine((s) => s !== 'x'))).toThrow(/'custom' check/);
  });
});
