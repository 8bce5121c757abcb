/**
 * Small circuit documents for tests, built the way a user's file would be (not plans by hand),
 * so tests go through compile + simulate: the real path.
 */
import type {
  CircuitDocument,
  CircuitEdge,
  CircuitNode,
  InputOrder,
  LifParams,
  ProbeVariable,
} from '../schema/types';
import { FORMAT_VERSION } from '../schema/types';

export const NORSE_DEFAULTS: LifParams = {
  tauMemMs: 10,
  tauSynMs: 5,
  vLeak: 0,
  vTh: 1,
  vReset: 0,
};

export function doc(
  nodes: CircuitNode[],
  edges: CircuitEdge[],
  simulation: Partial<CircuitDocument['simulation']> = {},
): CircuitDocument {
  return {
    formatVersion: FORMAT_VERSION,
    name: 'test',
    simulation: { dtMs: 1, durationMs: 100, inputOrder: 'norse-1.1', seed: 0, ...simulation },
    nodes,
    edges,
  };
}

const at = { x: 0, y: 0 };

export function spikeTimes(id: string, spikeTimesMs: number[][]): CircuitNode {
  return {
    id,
    label: id,
    position: at,
    kind: 'spikeTimes',
    size: spikeTimesMs.length,
    spikeTimesMs,
  };
}

export function lif(id: string, size = 1, params: Partial<LifParams> = {}): CircuitNode {
  return {
    id,
    label: id,
    position: at,
    kind: 'lif',
    size,
    params: { ...NORSE_DEFAULTS, ...params },
  };
}

export function li(id: string, size = 1, params: Partial<LifParams> = {}): CircuitNode {
  const { tauMemMs, tauSynMs, vLeak } = { ...NORSE_DEFAULTS, ...params };
  return { id, label: id, position: at, kind: 'li', size, params: { tauMemMs, tauSynMs, vLeak } };
}

export function probe(
  id: string,
  variable: ProbeVariable,
  neurons: 'all' | number[] = 'all',
): CircuitNode {
  return { id, label: id, position: at, kind: 'probe', variable, neurons };
}

export function oneToOne(
  id: string,
  source: string,
  target: string,
  weight = 1,
  delaySteps = 0,
): CircuitEdge {
  return {
    kind: 'projection',
    id,
    source,
    target,
    rule: { type: 'oneToOne', weight },
    delaySteps,
    seed: 0,
  };
}

export function attach(id: string, source: string, target: string): CircuitEdge {
  return { kind: 'probe', id, source, target };
}

/** The golden circuit: spike generator → one-to-one weight 1 → population, probes on v and i. */
export function goldenCircuit(
  kind: 'li' | 'lif',
  params: Partial<LifParams>,
  spikeStepsAt1Ms: number[],
  order: InputOrder,
  steps: number,
): CircuitDocument {
  const pop = kind === 'lif' ? lif('pop', 1, params) : li('pop', 1, params);
  const nodes = [
    spikeTimes('in', [spikeStepsAt1Ms]),
    pop,
    probe('pv', 'v'),
    probe('pi', 'i'),
    ...(kind === 'lif' ? [probe('pz', 'spikes')] : []),
  ];
  const edges = [
    oneToOne('e', 'in', 'pop'),
    attach('av', 'pop', 'pv'),
    attach('ai', 'pop', 'pi'),
    ...(kind === 'lif' ? [attach('az', 'pop', 'pz')] : []),
  ];
  return doc(nodes, edges, { durationMs: steps, inputOrder: order });
}
