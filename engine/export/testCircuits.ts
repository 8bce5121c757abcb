/**
 * Small circuits that exercise every timing rule an exporter must reproduce: feed-forward in the
 * same step, a loop (one step late) with a self-loop, an extra delay, a constant current with a
 * window, regular and Poisson generators, random connectivity with drawn weights, per-neuron
 * parameters and a drawn initial v. Used by the export tests (snapshots and the Brian2 round trip).
 */
import type { CircuitDocument, CircuitEdge, CircuitNode, InputOrder } from '../schema';
import { attach, doc, li, lif, oneToOne, probe } from '../testdata/circuits';

const at = { x: 0, y: 0 };

function projection(
  id: string,
  source: string,
  target: string,
  rule: Extract<CircuitEdge, { kind: 'projection' }>['rule'],
  delaySteps = 0,
): CircuitEdge {
  return { kind: 'projection', id, source, target, rule, delaySteps, seed: 3 };
}

function probes(
  target: string,
  variables: ('v' | 'i' | 'spikes')[],
): [CircuitNode[], CircuitEdge[]] {
  const nodes = variables.map((v) => probe(`${target}-${v}`, v));
  const edges = variables.map((v) => attach(`attach-${target}-${v}`, target, `${target}-${v}`));
  return [nodes, edges];
}

/** Two LIF populations in a loop (B → A closes it, B onto itself too), a 3-step delay A → B. */
export function loopCircuit(inputOrder: InputOrder): CircuitDocument {
  const nodes: CircuitNode[] = [
    {
      id: 'drive',
      label: 'Regular drive',
      position: at,
      kind: 'regular',
      size: 2,
      rateHz: 60,
      phaseMs: 5,
    },
    {
      id: 'bias',
      label: 'Bias',
      position: at,
      kind: 'constantCurrent',
      size: 1,
      amplitude: 0.05,
      startMs: 30,
      stopMs: 90,
    },
    lif('a', 2, { tauMemMs: 20, tauSynMs: 8, vTh: 0.3 }),
    lif('b', 2, { tauMemMs: [15, 25], tauSynMs: 6, vTh: 0.25, vReset: -0.1 }),
  ];
  const edges: CircuitEdge[] = [
    oneToOne('drive-a', 'drive', 'a', 0.6),
    projection('bias-a', 'bias', 'a', { type: 'allToAll', weight: 1.5 }),
    projection(
      'a-b',
      'a',
      'b',
      {
        type: 'matrix',
        weights: [
          [0.7, 0.2],
          [0.1, 0.8],
        ],
      },
      3,
    ),
    projection('b-a', 'b', 'a', { type: 'allToAll', weight: -0.15 }),
    oneToOne('b-b', 'b', 'b', 0.12, 2),
  ];
  const [pa, ea] = probes('a', ['v', 'i', 'spikes']);
  const [pb, eb] = probes('b', ['v', 'spikes']);
  return {
    ...doc([...nodes, ...pa, ...pb], [...edges, ...ea, ...eb], {
      durationMs: 200,
      inputOrder,
      seed: 11,
    }),
    name: `Loop with delays (${inputOrder})`,
  };
}

/** Poisson input into a LIF population through random synapses with uniform weights, an LI reader. */
export function poissonCircuit(): CircuitDocument {
  const nodes: CircuitNode[] = [
    {
      id: 'noise',
      label: 'Poisson',
      position: at,
      kind: 'poisson',
      size: 20,
      rateHz: 120,
      seed: 5,
    },
    {
      ...lif('pop', 10, { tauMemMs: 10, tauSynMs: 5, vTh: 0.5 }),
      initialV: { distribution: 'uniform', low: 0, high: 0.4 },
      seed: 2,
    } as CircuitNode,
    li('reader', 1, { tauMemMs: 30, tauSynMs: 10 }),
  ];
  const edges: CircuitEdge[] = [
    projection('noise-pop', 'noise', 'pop', {
      type: 'random',
      probability: 0.3,
      weight: { distribution: 'uniform', low: 0.05, high: 0.35 },
    }),
    projection('pop-reader', 'pop', 'reader', { type: 'allToAll', weight: 0.2 }),
  ];
  const [pp, ep] = probes('pop', ['v', 'spikes']);
  const [pr, er] = probes('reader', ['v', 'i']);
  return {
    ...doc([...nodes, ...pp, ...pr], [...edges, ...ep, ...er], {
      durationMs: 150,
      inputOrder: 'norse-1.1',
      seed: 4,
    }),
    name: 'Poisson into random synapses',
  };
}
