import { describe, expect, it } from 'vitest';
import { compile } from '../../compile';
import type { CircuitDocument, CircuitEdge, CircuitNode, InputOrder } from '../../schema/types';
import {
  attach,
  doc,
  goldenCircuit,
  li,
  lif,
  oneToOne,
  probe,
  spikeTimes,
} from '../../testdata/circuits';
import type { SimulationResult } from '../types';
import { simulate } from './simulate';

function run(d: CircuitDocument): SimulationResult {
  const r = compile(d);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return simulate(r.plan);
}

const values = (r: SimulationResult, id: string, n = 0) =>
  Array.from(r.probes.find((p) => p.probeId === id)!.values![n]!);
const spikes = (r: SimulationResult, id: string, n = 0) =>
  r.probes.find((p) => p.probeId === id)!.spikeSteps![n]!;

/** First step where two traces differ, or -1. */
const firstDifference = (a: number[], b: number[]) => a.findIndex((x, k) => x !== b[k]);

/** gen (spike at 5 ms) → A → B, both LIF, weights strong enough to spike at once. */
function chain(order: InputOrder, declareBFirst = false): CircuitDocument {
  const nodes: CircuitNode[] = [
    spikeTimes('g', [[5]]),
    ...(declareBFirst ? [lif('B'), lif('A')] : [lif('A'), lif('B')]),
    probe('za', 'spikes'),
    probe('zb', 'spikes'),
  ];
  const edges: CircuitEdge[] = [
    oneToOne('ab', 'A', 'B', 20),
    oneToOne('in', 'g', 'A', 20),
    attach('a1', 'A', 'za'),
    attach('a2', 'B', 'zb'),
  ];
  return doc(nodes, edges, { durationMs: 20, inputOrder: order });
}

describe('reference backend semantics', () => {
  it('norse-1.1 equals norse-0.0.7 advanced by one step from rest', () => {
    const params = { tauMemMs: 40, tauSynMs: 60, vTh: 0.8 };
    const r11 = run(goldenCircuit('lif', params, [20, 85, 150], 'norse-1.1', 1000));
    const r007 = run(goldenCircuit('lif', params, [20, 85, 150], 'norse-0.0.7', 1000));
    expect(values(r11, 'pv').slice(0, 999)).toEqual(values(r007, 'pv').slice(1));
    expect(spikes(r11, 'pz')).toEqual([159]);
    expect(spikes(r007, 'pz')).toEqual([160]);
  });

  it('delivers feed-forward spikes in the same step, whatever the document order', () => {
    for (const bFirst of [false, true]) {
      const r = run(chain('norse-1.1', bFirst));
      expect(spikes(r, 'za')[0]).toBe(5);
      expect(spikes(r, 'zb')[0]).toBe(5);
    }
    // norse-0.0.7: A's input moves v a step later; B gets A's spike at step 6 and likewise fires at 7.
    const old = run(chain('norse-0.0.7'));
    expect(spikes(old, 'za')[0]).toBe(6);
    expect(spikes(old, 'zb')[0]).toBe(7);
  });

  it('delivers a self-loop one step later', () => {
    const build = (withLoop: boolean) =>
      run(
        doc(
          [spikeTimes('g', [[5]]), lif('A'), probe('i', 'i'), probe('z', 'spikes')],
          [
            oneToOne('in', 'g', 'A', 20),
            ...(withLoop ? [oneToOne('self', 'A', 'A', 0.5)] : []),
            attach('a', 'A', 'i'),
            attach('b', 'A', 'z'),
          ],
          { durationMs: 20 },
        ),
      );
    const looped = build(true);
    expect(spikes(looped, 'z')[0]).toBe(5);
    expect(firstDifference(values(looped, 'i'), values(build(false), 'i'))).toBe(6);
  });

  it('delivers the loop-closing edge of a 2-cycle one step later', () => {
    const build = (withBack: boolean) =>
      run(
        doc(
          [spikeTimes('g', [[5]]), lif('A'), lif('B'), probe('i', 'i'), probe('zb', 'spikes')],
          [
            oneToOne('in', 'g', 'A', 20),
            oneToOne('ab', 'A', 'B', 20),
            ...(withBack ? [oneToOne('ba', 'B', 'A', 0.5)] : []),
            attach('a', 'A', 'i'),
            attach('b', 'B', 'zb'),
          ],
          { durationMs: 20 },
        ),
      );
    const looped = build(true);
    expect(spikes(looped, 'zb')[0]).toBe(5);
    expect(firstDifference(values(looped, 'i'), values(build(false), 'i'))).toBe(6);
  });

  it('adds delaySteps to feed-forward and loop-closing projections', () => {
    const build = (delay: number) =>
      run(
        doc(
          [spikeTimes('g', [[5]]), lif('A'), probe('v', 'v')],
          [oneToOne('in', 'g', 'A', 1, delay), attach('a', 'A', 'v')],
          { durationMs: 30 },
        ),
      );
    const v0 = values(build(0), 'v');
    const v3 = values(build(3), 'v');
    expect(v3.slice(3)).toEqual(v0.slice(0, 27));
    expect(firstDifference(v3, new Array(30).fill(0))).toBe(8);

    const loop = (delay: number) =>
      run(
        doc(
          [spikeTimes('g', [[5]]), lif('A'), probe('i', 'i')],
          [
            oneToOne('in', 'g', 'A', 20),
            oneToOne('self', 'A', 'A', 0.5, delay),
            attach('a', 'A', 'i'),
          ],
          { durationMs: 20 },
        ),
      );
    expect(firstDifference(values(loop(2), 'i'), values(loop(0), 'i'))).toBe(6);
    expect(
      firstDifference(values(loop(2), 'i').slice(0, 8), values(loop(100), 'i').slice(0, 8)),
    ).toBe(-1);
    expect(values(loop(2), 'i')[8]).not.toBe(values(loop(100), 'i')[8]);
  });

  it('runs per-neuron parameters like separate single neurons', () => {
    const tauMemMs = [10, 20, 40];
    const vTh = [0.2, 0.5, 1];
    const multi = run(
      doc(
        [
          spikeTimes('g', [
            [5, 30],
            [5, 30],
            [5, 30],
          ]),
          lif('A', 3, { tauMemMs, vTh }),
          probe('v', 'v'),
          probe('z', 'spikes'),
        ],
        [oneToOne('in', 'g', 'A', 3), attach('a', 'A', 'v'), attach('b', 'A', 'z')],
        { durationMs: 60 },
      ),
    );
    for (let n = 0; n < 3; n++) {
      const single = run(
        doc(
          [
            spikeTimes('g', [[5, 30]]),
            lif('A', 1, { tauMemMs: tauMemMs[n], vTh: vTh[n] }),
            probe('v', 'v'),
            probe('z', 'spikes'),
          ],
          [oneToOne('in', 'g', 'A', 3), attach('a', 'A', 'v'), attach('b', 'A', 'z')],
          { durationMs: 60 },
        ),
      );
      expect(values(multi, 'v', n)).toEqual(values(single, 'v'));
      expect(spikes(multi, 'z', n)).toEqual(spikes(single, 'z'));
    }
  });

  it('gives the same result for a dense identity matrix and a one-to-one rule', () => {
    const build = (edge: CircuitEdge) =>
      run(
        doc(
          [spikeTimes('g', [[3], [9]]), lif('A', 2), probe('v', 'v')],
          [edge, attach('a', 'A', 'v')],
          { durationMs: 30 },
        ),
      );
    const sparse = build(oneToOne('e', 'g', 'A', 0.7));
    const dense = build({
      kind: 'projection',
      id: 'e',
      source: 'g',
      target: 'A',
      rule: {
        type: 'matrix',
        weights: [
          [0.7, 0],
          [0, 0.7],
        ],
      },
      delaySteps: 0,
      seed: 0,
    });
    expect(dense.probes[0]!.values).toEqual(sparse.probes[0]!.values);
  });

  it('sums inputs as fround(x + value·w) over edges in document order, pre in index order', () => {
    // Three presynaptic spikes at once onto one neuron: x = ((0 + 0.1) + 0.2) + 0.3 in float32.
    const r = run(
      doc(
        [
          spikeTimes('g', [[2], [2], [2]]),
          li('L', 1, { tauSynMs: 1e9, tauMemMs: 1e9 }),
          probe('i', 'i'),
        ],
        [
          {
            kind: 'projection',
            id: 'm',
            source: 'g',
            target: 'L',
            rule: { type: 'matrix', weights: [[0.1, 0.2, 0.3]] },
            delaySteps: 0,
            seed: 0,
          },
          attach('a', 'L', 'i'),
        ],
        { durationMs: 4 },
      ),
    );
    const f = Math.fround;
    const x = f(f(f(0 + f(0.1)) + f(0.2)) + f(0.3));
    const b = f(f(0.001) * f(1000 / 1e9));
    expect(values(r, 'i')[2]).toBe(f(x + f(-b * x)));
  });
});
