import { describe, expect, it } from 'vitest';
import { parseCircuit, parseCircuitJson } from './parse';
import { serializeCircuit } from './serialize';

const minimal = {
  formatVersion: 2,
  nodes: [
    { id: 'in', kind: 'spikeTimes', spikeTimesMs: [[20, 100]] },
    { id: 'pop', kind: 'lif' },
    { id: 'pv', kind: 'probe', variable: 'v' },
  ],
  edges: [
    { kind: 'projection', id: 'e1', source: 'in', target: 'pop' },
    { kind: 'probe', id: 'e2', source: 'pop', target: 'pv' },
  ],
};

function errorsOf(value: unknown): string[] {
  const result = parseCircuit(value);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.path}: ${e.message}`);
}

function mutate(edit: (doc: typeof minimal & Record<string, unknown>) => void): unknown {
  const doc = JSON.parse(JSON.stringify(minimal)) as typeof minimal & Record<string, unknown>;
  edit(doc);
  return doc;
}

describe('parseCircuit', () => {
  it('applies Norse defaults and fills labels', () => {
    const result = parseCircuit(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = result.document;
    expect(doc.simulation).toEqual({
      dtMs: 1,
      durationMs: 1000,
      inputOrder: 'norse-1.1',
      seed: 0,
    });
    expect(doc.nodes[1]).toMatchObject({
      label: 'pop',
      size: 1,
      position: { x: 0, y: 0 },
      params: { tauMemMs: 10, tauSynMs: 5, vLeak: 0, vTh: 1, vReset: 0 },
    });
    expect(doc.edges[0]).toMatchObject({ rule: { type: 'oneToOne', weight: 1 }, delaySteps: 0 });
  });

  it('names the path and the expectation for a negative time constant', () => {
    const doc = mutate((d) => Object.assign(d.nodes[1]!, { params: { tauMemMs: -5 } }));
    expect(errorsOf(doc)).toEqual(['$.nodes[1].params.tauMemMs: must be > 0 ms, got -5']);
  });

  it('checks per-neuron arrays against the size', () => {
    const doc = mutate((d) => Object.assign(d.nodes[1]!, { size: 3, params: { vTh: [1, 2] } }));
    expect(errorsOf(doc)).toEqual([
      '$.nodes[1].params.vTh: has 2 values but the population has 3 neurons: give one value, or one per neuron',
    ]);
  });

  it('reports a bad element of a per-neuron array at its index', () => {
    const doc = mutate((d) =>
      Object.assign(d.nodes[1]!, { size: 2, params: { tauSynMs: [5, 'x'] } }),
    );
    expect(errorsOf(doc)).toEqual(['$.nodes[1].params.tauSynMs[1]: expected a number, got "x"']);
  });

  it('refuses NaN and Infinity', () => {
    expect(errorsOf(mutate((d) => Object.assign(d.nodes[1]!, { params: { vTh: NaN } })))).toEqual([
      '$.nodes[1].params.vTh: must be a finite number, got NaN',
    ]);
    const huge = parseCircuitJson(JSON.stringify(minimal).replace('[[20,', '[[1e309,'));
    expect(huge.ok ? [] : huge.errors).toEqual([
      { path: '$.nodes[0].spikeTimesMs[0][0]', message: 'must be a finite number, got Infinity' },
    ]);
  });

  it('names missing fields and unknown kinds', () => {
    expect(errorsOf(mutate((d) => delete (d as Partial<typeof d>).nodes))).toEqual([
      '$.nodes: is missing',
    ]);
    expect(errorsOf(mutate((d) => Object.assign(d.nodes[0]!, { kind: 'izhikevich' })))).toEqual([
      '$.nodes[0].kind: must be one of "li", "lif", "spikeTimes", "regular", "poisson", "constantCurrent", "probe", got "izhikevich"',
    ]);
  });

  it('names dangling and duplicate ids', () => {
    const doc = mutate((d) => {
      d.edges[0]!.target = 'nowhere';
      d.nodes[2]!.id = 'in';
    });
    expect(errorsOf(doc)).toEqual([
      '$.nodes[2].id: "in" is already used by $.nodes[0]: every node and edge needs its own id',
      '$.edges[0].target: names node "nowhere", which does not exist in $.nodes',
      '$.edges[1].target: names node "pv", which does not exist in $.nodes',
    ]);
  });

  it('refuses a newer format version with both versions named', () => {
    expect(errorsOf({ ...minimal, formatVersion: 7 })).toEqual([
      '$.formatVersion: made by a newer Spikeboard (format 7); this app reads up to 2',
    ]);
  });

  it('reports malformed JSON at the root', () => {
    const result = parseCircuitJson('{"formatVersion": 1,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('keeps unknown extra fields and round-trips stably', () => {
    const parsed = parseCircuit({ ...minimal, futureField: { a: 1 } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const text = serializeCircuit(parsed.document);
    expect(text).toContain('"futureField"');
    expect(text).toContain('"spikeTimesMs": [\n        [20, 100]\n      ]');
    const again = parseCircuitJson(text);
    expect(again.ok && serializeCircuit(again.document)).toBe(text);
  });
});
