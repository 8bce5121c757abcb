import { describe, expect, it } from 'vitest';
import { stepCoefficient } from '../models/coefficients';
import type { CircuitEdge } from '../schema/types';
import { attach, doc, lif, li, oneToOne, probe, spikeTimes } from '../testdata/circuits';
import { compile } from './compile';
import type { Plan } from './types';

function plan(d: Parameters<typeof compile>[0], options?: Parameters<typeof compile>[1]): Plan {
  const r = compile(d, options);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics, null, 2));
  return r.plan;
}

function projection(
  id: string,
  source: string,
  target: string,
  rule: unknown,
  seed = 0,
): CircuitEdge {
  return { kind: 'projection', id, source, target, rule, delaySteps: 0, seed } as CircuitEdge;
}

describe('compile', () => {
  it('lays generators and populations out in one index space, in document order', () => {
    const p = plan(
      doc(
        [spikeTimes('g', [[1], [2]]), lif('A', 3), probe('pr', 'v'), li('B', 2)],
        [attach('a', 'A', 'pr')],
      ),
    );
    expect(p.unitCount).toBe(7);
    expect(p.generators.map((g) => [g.nodeId, g.offset, g.size])).toEqual([['g', 0, 2]]);
    expect(p.populations.map((q) => [q.nodeId, q.offset, q.size])).toEqual([
      ['A', 2, 3],
      ['B', 5, 2],
    ]);
    expect(p.probes[0]).toMatchObject({ probeId: 'pr', targetId: 'A', targetOffset: 2 });
    expect(Array.from(p.probes[0]!.neurons)).toEqual([0, 1, 2]);
  });

  it('derives per-neuron coefficients from per-neuron parameters', () => {
    const p = plan(
      doc([lif('A', 3, { tauMemMs: [10, 20, 40], vTh: [1, 0.5, 2], vLeak: 0.1 })], []),
    );
    expect(Array.from(p.a)).toEqual([10, 20, 40].map((t) => stepCoefficient(1, t)));
    expect(Array.from(p.b)).toEqual([5, 5, 5].map((t) => stepCoefficient(1, t)));
    expect(Array.from(p.vTh)).toEqual([1, 0.5, 2]);
    expect(Array.from(p.vLeak)).toEqual([0.1, 0.1, 0.1].map(Math.fround));
  });

  it('applies durationMs and inputOrder overrides; steps = round(duration / dt)', () => {
    const d = doc([lif('A')], [], { durationMs: 100, dtMs: 0.5, inputOrder: 'norse-1.1' });
    expect(plan(d)).toMatchObject({ steps: 200, dtMs: 0.5, inputOrder: 'norse-1.1' });
    expect(plan(d, { durationMs: 10, inputOrder: 'norse-0.0.7' })).toMatchObject({
      steps: 20,
      inputOrder: 'norse-0.0.7',
    });
    const r = compile(doc([lif('A')], [], { durationMs: 10.2 }));
    expect(r.ok && r.plan.steps).toBe(10);
    expect(r.diagnostics.map((x) => x.code)).toEqual(['DURATION_ROUNDED']);
  });

  it('stores allToAll and matrix weights densely as W[post·pre]', () => {
    const p = plan(
      doc(
        [spikeTimes('g', [[], [], []]), lif('A', 2), lif('B', 2)],
        [
          projection('m', 'g', 'A', {
            type: 'matrix',
            weights: [
              [1, 2, 3],
              [4, 5, 6],
            ],
          }),
          projection('all', 'A', 'B', { type: 'allToAll', weight: 0.1 }),
        ],
      ),
    );
    const [m, all] = p.projections;
    expect(m!.weights.kind).toBe('dense');
    expect(Array.from((m!.weights as { weights: Float32Array }).weights)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(Array.from((all!.weights as { weights: Float32Array }).weights)).toEqual(
      Array(4).fill(Math.fround(0.1)),
    );
    expect(p.populations.map((q) => q.inputs)).toEqual([[0], [1]]);
  });

  it('draws random connectivity and weights from the edge seed, reproducibly', () => {
    const build = (seed: number) =>
      plan(
        doc(
          [lif('A', 30), lif('B', 30)],
          [
            projection(
              'r',
              'A',
              'B',
              {
                type: 'random',
                probability: 0.2,
                weight: { distribution: 'normal', mean: 1, std: 0.5 },
              },
              seed,
            ),
          ],
        ),
      ).projections[0]!.weights;
    const a = build(1);
    const b = build(1);
    const c = build(2);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    if (a.kind !== 'sparse') throw new Error('random should be sparse');
    const nnz = a.preIndex.length;
    expect(nnz).toBeGreaterThan(120);
    expect(nnz).toBeLessThan(240);
    expect(a.rowStart[30]).toBe(nnz);
    // presynaptic indices ascend within each row: the summation order is index order
    for (let post = 0; post < 30; post++) {
      for (let e = a.rowStart[post]! + 1; e < a.rowStart[post + 1]!; e++) {
        expect(a.preIndex[e]!).toBeGreaterThan(a.preIndex[e - 1]!);
      }
    }
  });

  it('draws uniform weights inside [low, high]', () => {
    const w = plan(
      doc(
        [lif('A', 10), lif('B', 10)],
        [
          projection(
            'u',
            'A',
            'B',
            { type: 'allToAll', weight: { distribution: 'uniform', low: -1, high: 2 } },
            5,
          ),
        ],
      ),
    ).projections[0]!.weights;
    const values = Array.from((w as { weights: Float32Array }).weights);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...values)).toBeLessThanOrEqual(2);
    expect(new Set(values).size).toBeGreaterThan(90);
  });

  it('turns spike times into sorted unique steps per neuron', () => {
    const p = plan(doc([spikeTimes('g', [[30, 10.4, 10, 20], [5]])], []));
    const g = p.generators[0]!;
    if (g.kind !== 'spikeTimes') throw new Error('kind');
    expect(Array.from(g.spikeSteps)).toEqual([10, 20, 30, 5]);
    expect(Array.from(g.stepStart)).toEqual([0, 3, 4]);
  });

  it('adds delaySteps on top of the loop delay and sizes the history ring', () => {
    const p = plan(
      doc(
        [spikeTimes('g', [[1]]), lif('A'), lif('B')],
        [oneToOne('in', 'g', 'A', 1, 2), oneToOne('ab', 'A', 'B'), oneToOne('ba', 'B', 'A', 1, 3)],
      ),
    );
    expect(p.projections.map((q) => [q.edgeId, q.closesLoop, q.delaySteps])).toEqual([
      ['in', false, 2],
      ['ab', false, 0],
      ['ba', true, 4],
    ]);
    expect(p.historySteps).toBe(5);
  });
});
