import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCircuitBytes, parseCircuitJson } from './parse';
import { serializeCircuit } from './serialize';
import lifVersusLiV1 from './testdata/format-1/lif-versus-li.spikeboard?raw';
import unknownFieldsV1 from './testdata/format-1/unknown-fields.spikeboard?raw';
import type { ParseResult } from './types';

/**
 * Opening whole files the way the app does (bytes in), thousands of times, from files that were
 * cut off, corrupted byte by byte, spliced, given absurd values, huge arrays or deep nesting. The
 * promises: never throw, never hang, every failure names a JSON path that points into the file,
 * and every file that opens saves to text that opens to the same text (save(load(f)) is stable).
 */

const encoder = new (
  globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }
).TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);

function openText(text: string): string {
  const parsed = parseCircuitJson(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return serializeCircuit(parsed.document);
}

const SEEDS = [lifVersusLiV1, unknownFieldsV1, openText(lifVersusLiV1), openText(unknownFieldsV1)];

/** `$.nodes[2]["odd key"].x` → ['nodes', 2, 'odd key', 'x'], or null if it is not a JSON path. */
function parsePath(path: string): (string | number)[] | null {
  if (!path.startsWith('$')) return null;
  const parts: (string | number)[] = [];
  const token = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  token.lastIndex = 1;
  while (token.lastIndex < path.length) {
    const match = token.exec(path);
    if (match === null) return null;
    if (match[1] !== undefined) parts.push(match[1]);
    else if (match[2] !== undefined) parts.push(Number(match[2]));
    else parts.push(JSON.parse(match[3]!) as string);
  }
  return parts;
}

/** Every path segment but the last must exist in the file; the last may be the missing field. */
function pointsIntoFile(raw: unknown, parts: (string | number)[]): boolean {
  let cursor = raw;
  for (const part of parts.slice(0, -1)) {
    if (typeof cursor !== 'object' || cursor === null) return false;
    if (!Object.hasOwn(cursor, part)) return false;
    cursor = (cursor as Record<string | number, unknown>)[part];
  }
  return true;
}

function rawJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(
      new (
        globalThis as unknown as { TextDecoder: new () => { decode(b: Uint8Array): string } }
      ).TextDecoder().decode(bytes),
    );
  } catch {
    return undefined;
  }
}

/** The whole contract for one file. */
function checkFile(bytes: Uint8Array): ParseResult {
  const started = Date.now();
  const result = parseCircuitBytes(bytes);
  expect(Date.now() - started, 'opening one file took too long').toBeLessThan(5000);
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    const raw = rawJson(bytes);
    for (const error of result.errors) {
      expect(error.message.length, JSON.stringify(error)).toBeGreaterThan(5);
      const parts = parsePath(error.path);
      expect(parts, `not a JSON path: ${error.path}`).not.toBeNull();
      if (raw !== undefined && parts !== null) {
        expect(pointsIntoFile(raw, parts), `${error.path} is not in the file`).toBe(true);
      }
    }
    return result;
  }
  const saved = serializeCircuit(result.document);
  const again = parseCircuitBytes(bytesOf(saved));
  expect(again.ok && serializeCircuit(again.document)).toBe(saved);
  return result;
}

const seedBytes = fc.constantFrom(...SEEDS).map(bytesOf);

/** One byte-level corruption: overwrite, insert, delete, duplicate a range, or cut the end. */
const byteEdit = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    from: fc.nat(),
    to: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type ByteEdit = typeof byteEdit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(bytes: Uint8Array, edit: ByteEdit): Uint8Array {
  const n = bytes.length;
  switch (edit.kind) {
    case 'set': {
      const copy = bytes.slice();
      if (n > 0) copy[edit.at % n] = edit.byte;
      return copy;
    }
    case 'insert': {
      const at = edit.at % (n + 1);
      return Uint8Array.from([...bytes.subarray(0, at), ...edit.bytes, ...bytes.subarray(at)]);
    }
    case 'delete': {
      const at = edit.at % (n + 1);
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + edit.length)]);
    }
    case 'splice': {
      const from = edit.from % (n + 1);
      const to = edit.to % (n + 1);
      const piece = bytes.subarray(from, from + edit.length);
      return Uint8Array.from([...bytes.subarray(0, to), ...piece, ...bytes.subarray(to)]);
    }
    case 'truncate':
      return bytes.subarray(0, edit.at % (n + 1));
  }
}

/** Structural corruption: a value somewhere replaced by something hostile. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap((v, i) => leafPaths(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]))];
  }
  return [prefix];
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(null, '', 0, -1, -0, 1e308, 'NaN', true, [], {}, '1e309'),
  fc.integer({ min: 1_000, max: 30_000 }).map((n) => new Array<number>(n).fill(1)),
  fc.integer({ min: 1_000, max: 10_000 }).map((n) => new Array<string>(n).fill('x')),
  fc
    .integer({ min: 65, max: 400 })
    .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
);

/** Serialises `root` with `replacement` at `path`; `'1e309'` becomes the bare number token. */
function withValueAt(text: string, path: (string | number)[], replacement: unknown): string {
  const root = JSON.parse(text) as unknown;
  const marker = '"\u0000INFINITY\u0000"';
  const value = replacement === '1e309' ? '\u0000INFINITY\u0000' : replacement;
  if (path.length === 0) return JSON.stringify(value).replace(marker, '1e309');
  let cursor = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  cursor[path[path.length - 1]!] = value;
  return JSON.stringify(root).replace(marker, '1e309');
}

const structuralCase = fc
  .constantFrom(...SEEDS)
  .chain((text) =>
    fc.tuple(fc.constant(text), fc.constantFrom(...leafPaths(JSON.parse(text))), hostileValue),
  );

describe('opening hostile files', () => {
  it('the seed files open and are stable', () => {
    for (const text of SEEDS) expect(checkFile(bytesOf(text)).ok).toBe(true);
  });

  it('survives byte-level corruption (1 to 4 edits) of real files', () => {
    fc.assert(
      fc.property(seedBytes, fc.array(byteEdit, { minLength: 1, maxLength: 4 }), (bytes, edits) => {
        checkFile(edits.reduce(applyEdit, bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('survives every field replaced by a hostile value: wrong types, 1e309, huge arrays, deep nesting', () => {
    fc.assert(
      fc.property(structuralCase, ([text, path, value]) => {
        checkFile(bytesOf(withValueAt(text, path, value)));
      }),
      { numRuns: 1000 },
    );
  });

  it('survives arbitrary bytes and arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        checkFile(bytes);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkFile(bytesOf(JSON.stringify(value)));
      }),
      { numRuns: 1000 },
    );
  });

  it('answers within seconds for arrays of a million values where any value may stand', () => {
    const text = openText(lifVersusLiV1);
    const huge = (value: unknown) => new Array<unknown>(1_000_000).fill(value);
    for (const path of [['nodes'], ['edges'], ['nodes', 0, 'spikeTimesMs', 0], ['scopes']]) {
      for (const value of [1, 'x']) checkFile(bytesOf(withValueAt(text, path, huge(value))));
    }
  }, 120_000);

  it('locates 1e309 wherever a number stands', () => {
    const text = openText(lifVersusLiV1);
    const numbers = [...text.matchAll(/(?<=[:[,]\s*)-?\d+(\.\d+)?(?=[\s,\]}])/g)];
    expect(numbers.length).toBeGreaterThan(20);
    for (const match of numbers) {
      const edited =
        text.slice(0, match.index) + '1e309' + text.slice(match.index + match[0].length);
      const result = checkFile(bytesOf(edited));
      expect(result.ok, `1e309 at offset ${match.index} was accepted`).toBe(false);
    }
  });

  it('a file cut at every byte never opens half a circuit', () => {
    const bytes = bytesOf(openText(lifVersusLiV1));
    for (let cut = 0; cut < bytes.length - 1; cut++) {
      const result = checkFile(bytes.subarray(0, cut));
      // Whitespace after the closing brace is the only part a file may lose and still open.
      if (result.ok) expect(cut).toBeGreaterThanOrEqual(bytes.lastIndexOf(0x7d) + 1);
    }
  });
});
