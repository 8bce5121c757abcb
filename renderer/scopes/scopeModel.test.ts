import { describe, expect, it } from 'vitest';
import type { ProbeInfo } from '../../engine/protocol/messages';
import { attach, doc, li, lif, oneToOne, probe, spikeTimes } from '../../engine/testdata/circuits';
import { createTraceStore } from '../sim/traceStore';
import { createScopeFeed } from './scopeFeed';
import { buildMembraneScopeModel } from './scopeModel';

const circuit = doc(
  [
    spikeTimes('in', [
      [150, 20],
      [85, 20, 5000],
    ]),
    spikeTimes('unused', [[7]]),
    lif('LIF', 2, { vTh: [0.8, 0.8] }),
    li('LI', 1),
    probe('pLif', 'v'),
    probe('pLi', 'v', [0]),
    probe('pI', 'i'),
  ],
  [
    oneToOne('e1', 'in', 'LIF'),
    attach('a1', 'LIF', 'pLif'),
    attach('a2', 'LI', 'pLi'),
    attach('a3', 'LI', 'pI'),
  ],
  { durationMs: 1000 },
);

const probes: ProbeInfo[] = [
  { probeId: 'pLif', label: 'pLif', targetId: 'LIF', variable: 'v', neurons: [0, 1] },
  { probeId: 'pLi', label: 'pLi', targetId: 'LI', variable: 'v', neurons: [0] },
  { probeId: 'pI', label: 'pI', targetId: 'LI', variable: 'i', neurons: [0] },
];

describe('membrane scope model', () => {
  const model = buildMembraneScopeModel(circuit, probes);

  it('has one trace per probed neuron of every v probe, labelled what · where · which', () => {
    const traces = model.series.filter((s) => s.kind === 'trace');
    // LIF traces come last so they are drawn on top of coinciding LI traces.
    expect(traces.map((s) => s.label)).toEqual([
      'v · LI · neuron 0',
      'v · LIF · neuron 0',
      'v · LIF · neuron 1',
    ]);
    expect(new Set(traces.map((s) => s.color)).size).toBe(3);
  });

  it('draws one dashed threshold per distinct vTh of a probed LIF population', () => {
    const thresholds = model.series.filter((s) => s.kind === 'threshold');
    expect(thresholds).toEqual([
      expect.objectContaining({ value: 0.8, targetId: 'LIF', label: 'vTh · LIF' }),
    ]);
    expect(thresholds[0]?.kind === 'threshold' && thresholds[0].dash.length).toBeGreaterThan(0);
  });

  it('marks the input spikes feeding probed populations, sorted, once each, within the run', () => {
    expect(model.markersMs).toEqual([20, 85, 150]);
  });

  it('feeds uPlot zero-copy views in series order, growing as samples arrive', () => {
    const store = createTraceStore({
      kind: 'loaded',
      requestId: 1,
      backend: 'reference',
      dtMs: 1,
      totalSteps: 3,
      inputOrder: 'norse-1.1',
      probes,
      diagnostics: [],
    });
    const feed = createScopeFeed(model, store);
    expect(feed.data().map((column) => column.length)).toEqual([0, 0, 0, 0, 0]);
    store.write({
      kind: 'samples',
      requestId: 2,
      fromStep: 0,
      steps: 2,
      traces: [
        { probeId: 'pLif', values: [Float32Array.of(0.5, 0.25), Float32Array.of(1, 2)] },
        { probeId: 'pLi', values: [Float32Array.of(3, 4)] },
        { probeId: 'pI', values: [Float32Array.of(9, 9)] },
      ],
    });
    const data = feed.data().map((column) => Array.from(column as ArrayLike<number>));
    expect(data).toEqual([
      [0, 1],
      [3, 4],
      [0.5, 0.25],
      [1, 2],
      [0.8, 0.8],
    ]);
  });
});
