import { describeValue, jsonPath } from './errors';
import type { SchemaError } from './types';

/**
 * Checks on the raw JSON before anything else looks at it, so that later stages (migrations,
 * validation, the recursive serialiser) can never overflow the stack or lose a field silently.
 * The walk is iterative: it survives any nesting JSON.parse accepted.
 */

/** Deeper than any real circuit (a matrix weight sits at depth 6); deeper is a broken file. */
export const MAX_DEPTH = 64;

/**
 * Lists longer than this hold numbers (per-neuron values, spike times, weight rows) or lists of
 * them, never objects or text. Checking that up front keeps a million wrong values from becoming
 * a million error messages (slow, and too many for the validator's own stack).
 */
export const LONG_LIST = 10_000;

/**
 * Text, objects, booleans and nulls inside lists across the whole file. A real circuit has a few
 * thousand (nodes, edges, ids); a file with more is broken, and checking each would be slow.
 */
export const MAX_LISTED_NON_NUMBERS = 100_000;

/** JavaScript gives this key special meaning, so an object would silently drop it on save. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

type Pending = { value: unknown; path: PropertyKey[] };

/** The first structural problem in a parsed JSON value, or null. */
export function checkStructure(root: unknown): SchemaError | null {
  const stack: Pending[] = [{ value: root, path: [] }];
  let listedNonNumbers = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) {
      return {
        path: jsonPath(path),
        message: `nests deeper than ${MAX_DEPTH} levels; a Spikeboard file is never this deep`,
      };
    }
    if (Array.isArray(value)) {
      const problem = value.length > LONG_LIST ? checkLongList(value, path) : null;
      if (problem !== null) return problem;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item !== 'number' && !Array.isArray(item)) listedNonNumbers++;
        if (listedNonNumbers > MAX_LISTED_NON_NUMBERS) {
          return {
            path: jsonPath([...path, i]),
            message: `is one entry too many: a file may list at most ${MAX_LISTED_NON_NUMBERS} values that are not numbers`,
          };
        }
      }
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, path: [...path, i] });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (FORBIDDEN_KEYS.has(key)) {
        return {
          path: jsonPath([...path, key]),
          message: `"${key}" cannot be used as a field name`,
        };
      }
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null)
        stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/** A long list must be all finite numbers or all lists; the first exception is located. */
function checkLongList(list: unknown[], path: PropertyKey[]): SchemaError | null {
  const numbers = typeof list[0] === 'number';
  if (!numbers && !Array.isArray(list[0])) {
    return {
      path: jsonPath(path),
      message: `has ${list.length} entries; only lists of numbers may be longer than ${LONG_LIST}`,
    };
  }
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (numbers && typeof item === 'number' && Number.isFinite(item)) continue;
    if (!numbers && Array.isArray(item)) continue;
    const message =
      typeof item === 'number'
        ? `must be a finite number, got ${describeValue(item)}`
        : `expected ${numbers ? 'a number' : 'a list of numbers'}, got ${describeValue(item)}`;
    return { path: jsonPath([...path, i]), message };
  }
  return null;
}
