/**
 * The optional per-population `initialV` (added for the CUBA example): parsed with located
 * errors and compiled into `plan.vInit` (the backends' use of it: engine/backends/initialState.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseCircuit } from '../schema';
import { FORMAT_VERSION } from '../schema/types';
import { compile } from './compile';

function parse(population: Record<string, unknown>, seed = 0) {
  return parseCircuit({
    formatVersion: FORMAT_VERSION,
    simulation: { dtMs: 1, durationMs: 3, seed },
    nodes: [
      { id: 'pop', kind: 'lif', size: 4, params: { vLeak: 0.25 }, ...population },
      { id: 'pv', kind: 'probe', variable: 'v' },
    ],
    edges: [{ kind: 'probe', id: 'a', source: 'pop', target: 'pv' }],
  });
}

function vInit(population: Record<string, unknown>, seed = 0): number[] {
  const parsed = parse(population, seed);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const compiled = compile(parsed.document);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
  return Array.from(compiled.plan.vInit);
}

describe('initialV', () => {
  it('defaults to vLeak and is not written into files that do not set it', () => {
    expect(vInit({})).toEqual([0.25, 0.25, 0.25, 0.25]);
    const parsed = parse({});
    expect(parsed.ok && 'initialV' in parsed.document.nodes[0]!).toBe(false);
  });

  it('takes one value or one per neuron, as float32', () => {
    expect(vInit({ initialV: 0.5 })).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(vInit({ initialV: [0, 0.1, 0.2, 0.3] })).toEqual(
      [0, 0.1, 0.2, 0.3].map((v) => Math.fround(v)),
    );
  });

  it('draws uniform values in [low, high), reproducibly, changing with the seeds', () => {
    const uniform = { initialV: { distribution: 'uniform', low: 0, high: 1 } };
    const drawn = vInit(uniform);
    expect(drawn.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(drawn).size).toBe(4);
    expect(vInit(uniform)).toEqual(drawn);
    expect(vInit({ ...uniform, seed: 7 })).not.toEqual(drawn);
    expect(vInit(uniform, 3)).not.toEqual(drawn);
  });

  it('reports a wrong length or an inverted range at its path', () => {
    const short = parse({ initialV: [0, 1] });
    expect(short.ok).toBe(false);
    if (!short.ok) expect(short.errors[0]!.path).toBe('$.nodes[0].initialV');
    const inverted = parse({ initialV: { distribution: 'uniform', low: 1, high: 0 } });
    expect(inverted.ok).toBe(false);
    if (!inverted.ok) expect(inverted.errors[0]!.path).toBe('$.nodes[0].initialV.high');
  });
});
