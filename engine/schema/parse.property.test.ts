import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCircuit, parseCircuitJson } from './parse';
import { serializeCircuit } from './serialize';

const valid = {
  formatVersion: 2,
  name: 'two spikes',
  simulation: { dtMs: 1, durationMs: 200, inputOrder: 'norse-0.0.7', seed: 3 },
  nodes: [
    { id: 'in', kind: 'spikeTimes', size: 2, spikeTimesMs: [[20], [30, 40]] },
    { id: 'pop', kind: 'lif', size: 2, params: { tauMemMs: [10, 20], vTh: 0.8 } },
    { id: 'pv', kind: 'probe', variable: 'v', neurons: [0, 1] },
  ],
  edges: [
    {
      kind: 'projection',
      id: 'e1',
      source: 'in',
      target: 'pop',
      rule: { type: 'allToAll', weight: 0.5 },
    },
    { kind: 'probe', id: 'e2', source: 'pop', target: 'pv' },
  ],
};

/** Every leaf path of a JSON value, so a mutation can hit any field. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return [prefix];
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy: Record<string | number, unknown> = JSON.parse(JSON.stringify(root));
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  cursor[path[path.length - 1]!] = replacement;
  return copy;
}

const allPaths = paths(valid);
const oddValues = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 0, Number.MAX_VALUE, -0, '', null, [], {}),
  fc.array(fc.double(), { maxLength: 50 }),
);

function expectLocated(result: ReturnType<typeof parseCircuit>): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path).toMatch(/^\$/);
    expect(error.message.length).toBeGreaterThan(3);
  }
}

describe('parseCircuit on hostile input', () => {
  it('accepts the valid document it mutates', () => {
    expect(parseCircuit(valid).ok).toBe(true);
  });

  it('never throws on a field replaced by an odd value, and locates every error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), oddValues, (path, value) => {
        expectLocated(parseCircuit(setAt(valid, path, value)));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary JSON values or truncated text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectLocated(parseCircuit(value))),
      {
        numRuns: 1000,
      },
    );
    const text = JSON.stringify(valid);
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (cut) =>
        expectLocated(parseCircuitJson(text.slice(0, cut))),
      ),
      { numRuns: 500 },
    );
  });

  it('survives deep nesting', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expectLocated(parseCircuitJson(`{"formatVersion":1,"nodes":${deep}}`));
  });

  it('round-trips every document it accepts byte-for-byte', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), oddValues, (path, value) => {
        const parsed = parseCircuit(setAt(valid, path, value));
        if (!parsed.ok) return;
        const text = serializeCircuit(parsed.document);
        const again = parseCircuitJson(text);
        expect(again.ok && serializeCircuit(again.document)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});
