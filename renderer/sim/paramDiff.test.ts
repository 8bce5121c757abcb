import { describe, expect, it } from 'vitest';
import type { CircuitDocument } from '../../engine/schema';
import { attach, doc, lif, oneToOne, probe, spikeTimes } from '../../engine/testdata/circuits';
import { paramChanges } from './paramDiff';

const base = (): CircuitDocument =>
  doc(
    [
      spikeTimes('in', [[5]]),
      {
        id: 'r',
        label: 'r',
        position: { x: 0, y: 0 },
        kind: 'regular',
        size: 1,
        rateHz: 10,
        phaseMs: 0,
      },
      lif('pop', 2),
      probe('pv', 'v'),
    ],
    [oneToOne('e', 'in', 'pop'), attach('a', 'pop', 'pv')],
  );

function edit(change: (d: CircuitDocument) => void): CircuitDocument {
  const next = structuredClone(base());
  change(next);
  return next;
}

describe('document diff → live parameter changes', () => {
  it('turns a slider step into one setParam', () => {
    const next = edit((d) => {
      (d.nodes[2] as { params: { tauMemMs: number } }).params.tauMemMs = 25;
    });
    expect(paramChanges(base(), next)).toEqual([{ nodeId: 'pop', field: 'tauMemMs', value: 25 }]);
  });

  it('names the neuron of a per-neuron change, and takes weights and generator rates', () => {
    const next = edit((d) => {
      (d.nodes[2] as { params: { vTh: number | number[] } }).params.vTh = [1, 0.5];
      (d.nodes[1] as { rateHz: number }).rateHz = 20;
      (d.edges[0] as { rule: { weight: number } }).rule.weight = 3;
    });
    const before = edit((d) => {
      (d.nodes[2] as { params: { vTh: number | number[] } }).params.vTh = [1, 1];
    });
    expect(paramChanges(before, next)).toEqual([
      { nodeId: 'r', field: 'rateHz', value: 20 },
      { nodeId: 'pop', field: 'vTh', value: 0.5, neuron: 1 },
      { nodeId: 'e', field: 'weight', value: 3 },
    ]);
  });

  it('ignores what the simulation does not read', () => {
    const next = edit((d) => {
      d.nodes[2]!.position = { x: 50, y: 60 };
      d.nodes[2]!.label = 'renamed';
      d.name = 'another name';
    });
    expect(paramChanges(base(), next)).toEqual([]);
  });

  it('says "reload" (null) for anything structural', () => {
    const structural: ((d: CircuitDocument) => void)[] = [
      (d) => ((d.nodes[2] as { size: number }).size = 3),
      (d) => d.nodes.pop(),
      (d) => ((d.edges[0] as { delaySteps: number }).delaySteps = 2),
      (d) => ((d.nodes[0] as { spikeTimesMs: number[][] }).spikeTimesMs = [[7]]),
      (d) => (d.simulation.dtMs = 0.5),
      (d) => ((d.nodes[3] as { variable: string }).variable = 'i'),
    ];
    for (const change of structural) expect(paramChanges(base(), edit(change))).toBeNull();
  });
});
