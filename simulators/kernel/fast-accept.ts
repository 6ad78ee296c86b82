// Accepting a valid JSON body without copying it. zod builds a new copy of every body it accepts:
// for a 100-customer search that is ≈ 65 KB of short-lived objects per request, the largest single
// source of garbage on the search route (bench/README.md). When a schema only constrains shapes
// and lengths, the parsed JSON already *is* zod's output, so an ajv validator compiled from the
// same schema (z.toJSONSchema) can accept it as it is. ajv only ever says yes: a body it refuses
// goes through zod, which names every problem in its own words, exactly as before.
//
// Sound only if ajv never accepts what zod refuses. JSON Schema cannot express zod refinements
// or transforms (z.toJSONSchema drops them silently), so `fastAccept` refuses any schema with a
// check outside SAFE_CHECKS. Both count string lengths in code points (zod ≥ 4.6; ajv's default).
// fast-accept.test.ts holds zod and ajv to the same verdicts on random and mutated bodies.
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { z } from 'zod';

/** Node types whose JSON Schema says everything zod checks. */
const SAFE_TYPES = new Set(['object', 'array', 'string', 'optional', 'boolean']);
/** Checks whose JSON Schema form is exact. */
const SAFE_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);

interface ZodNode {
  _zod: {
    def: {
      type: string;
      checks?: Array<{ _zod: { def: { check: string } } }>;
      shape?: Record<string, ZodNode>;
      catchall?: ZodNode;
      element?: ZodNode;
      innerType?: ZodNode;
    };
  };
}

function assertExpressible(node: ZodNode, path: string): void {
  const { def } = node._zod;
  if (!SAFE_TYPES.has(def.type))
    throw new Error(`fastAccept: ${path} is a zod ${def.type}; only shapes and lengths are supported`);
  for (const check of def.checks ?? []) {
    const kind = check._zod.def.check;
    if (!SAFE_CHECKS.has(kind))
      throw new Error(`fastAccept: ${path} has a '${kind}' check that JSON Schema does not express`);
  }
  if (def.type === 'object') {
    // Only strict objects: a stripping object's output differs from its input.
    if (def.catchall?._zod.def.type !== 'never')
      throw new Error(`fastAccept: ${path} must be a z.strictObject`);
    for (const [key, child] of Object.entries(def.shape ?? {})) assertExpressible(child, `${path}.${key}`);
  }
  if (def.element) assertExpressible(def.element, `${path}[]`);
  if (def.innerType) assertExpressible(def.innerType, path);
}

// String lengths: zod and ajv both count code points (a surrogate pair is one character).
const ajv = new Ajv({ strict: true, allErrors: false });

/** True when the value is certainly valid for the schema; then zod would return it unchanged. */
export type FastAccept = (value: unknown) => boolean;

const compiled = new WeakMap<z.ZodType, ValidateFunction>();

/** The fast accept path for a schema (compiled once); throws for a schema it cannot mirror. */
export function fastAccept(schema: z.ZodType): FastAccept {
  let validate = compiled.get(schema);
  if (!validate) {
    assertExpressible(schema as unknown as ZodNode, '(body)');
    validate = ajv.compile(z.toJSONSchema(schema, { target: 'draft-7' }));
    compiled.set(schema, validate);
  }
  return validate;
}
