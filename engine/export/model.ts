/**
 * The circuit as the exporters see it: compiled by the engine's own compile, so every exported
 * script or graph holds the engine's numbers — float32 coefficients, the random connectivity and
 * weights drawn by the engine, and the spike trains of every generator (Poisson and regular ones
 * included) evaluated step by step. Nothing is re-drawn in Python, so it is the same network.
 */
import { compile } from '../compile';
import type { Plan, ProjectionPlan } from '../compile';
import { tauInvPerS } from '../models/coefficients';
import { poissonFires, regularFires, spikeTimesFires } from '../models/generators';
import type { CircuitDocument, InputOrder, PerNeuron, ProbeVariable } from '../schema';

/** Compile refused the circuit: the message lists every error diagnostic. */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** A generator as explicit spikes (neuron, step), sorted by step then neuron. */
export interface SpikeSource {
  kind: 'spikes';
  id: string;
  label: string;
  size: number;
  neurons: number[];
  steps: number[];
}

/** A constant-current source: `amplitude` at every step in [startStep, stopStep). */
export interface CurrentSource {
  kind: 'current';
  id: string;
  label: string;
  size: number;
  amplitude: number;
  startStep: number;
  /** null: never stops. */
  stopStep: number | null;
}

/** One value for all neurons, or one per neuron. */
export type Values = number | number[];

export interface ExportPopulation {
  id: string;
  label: string;
  kind: 'li' | 'lif';
  size: number;
  /** The time constants as the user gave them. */
  tauMemMs: Values;
  tauSynMs: Values;
  /** Norse's parameters: τ⁻¹ in 1/s as float32 (1000/τms rounded), vLeak, vTh, vReset. */
  tauMemInvPerS: Values;
  tauSynInvPerS: Values;
  /** The engine's per-step coefficients dt·τ⁻¹ (float32). */
  a: Values;
  b: Values;
  vLeak: Values;
  vTh: Values;
  vReset: Values;
  /** v at step 0. */
  vInit: Values;
}

export interface ExportProjection {
  id: string;
  source: string;
  target: string;
  /** What the source sends: spikes (a generator or a LIF population) or a current. */
  sourceKind: 'spikeGenerator' | 'current' | 'population';
  sourceSize: number;
  targetSize: number;
  /** Nonzero synapses in gather order (post, then pre ascending): W[post, pre] = w. */
  pre: number[];
  post: number[];
  w: number[];
  /** Steps from the source's output to its arrival: the loop step (if any) plus the edge's delay. */
  delaySteps: number;
  closesLoop: boolean;
}

export interface ExportProbe {
  id: string;
  label: string;
  target: string;
  variable: ProbeVariable;
  neurons: number[];
}

export interface ExportModel {
  name: string;
  dtMs: number;
  steps: number;
  inputOrder: InputOrder;
  sources: (SpikeSource | CurrentSource)[];
  /** In the engine's update order. */
  populations: ExportPopulation[];
  /** In document order (the order the engine sums them). */
  projections: ExportProjection[];
  probes: ExportProbe[];
}

/** Compiles the document (as the engine does) and lays it out for the exporters. */
export function buildExportModel(doc: CircuitDocument): ExportModel {
  const compiled = compile(doc);
  if (!compiled.ok) {
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
    throw new ExportError(
      `the circuit cannot be exported: ${errors.map((d) => `${d.code}: ${d.message}`).join(' ')}`,
    );
  }
  const plan = compiled.plan;
  const generatorKinds = new Map(plan.generators.map((g) => [g.nodeId, g.kind]));
  return {
    name: doc.name,
    dtMs: plan.dtMs,
    steps: plan.steps,
    inputOrder: plan.inputOrder,
    sources: plan.generators.map((g) => sourceOf(plan, g)),
    populations: plan.populations.map((p) => populationOf(doc, plan, p.nodeId)),
    projections: plan.projections.map((p) => projectionOf(p, generatorKinds.get(p.sourceId))),
    probes: plan.probes.map((p) => ({
      id: p.probeId,
      label: p.label,
      target: p.targetId,
      variable: p.variable,
      neurons: Array.from(p.neurons),
    })),
  };
}

function sourceOf(plan: Plan, g: Plan['generators'][number]): SpikeSource | CurrentSource {
  const base = { id: g.nodeId, label: g.label, size: g.size };
  if (g.kind === 'constantCurrent') {
    return {
      ...base,
      kind: 'current',
      amplitude: g.amplitude,
      startStep: g.startStep,
      stopStep: Number.isFinite(g.stopStep) ? g.stopStep : null,
    };
  }
  const neurons: number[] = [];
  const steps: number[] = [];
  for (let step = 0; step < plan.steps; step++) {
    for (let n = 0; n < g.size; n++) {
      let fires: boolean;
      if (g.kind === 'spikeTimes') {
        fires = spikeTimesFires(g.spikeSteps, g.stepStart[n]!, g.stepStart[n + 1]!, step);
      } else if (g.kind === 'regular') {
        fires = regularFires(step, g.periodMs, g.phaseMs, plan.dtMs);
      } else {
        fires = poissonFires(g.seedLo, g.seedHi, g.threshold24, n, step);
      }
      if (fires) {
        neurons.push(n);
        steps.push(step);
      }
    }
  }
  return { ...base, kind: 'spikes', neurons, steps };
}

/** One value when every neuron has it, else the list. */
export function compact(values: ArrayLike<number>): Values {
  const list = Array.from(values);
  return list.length > 0 && list.every((v) => Object.is(v, list[0])) ? list[0]! : list;
}

function perNeuron(value: PerNeuron, size: number, map: (v: number) => number): Values {
  return typeof value === 'number' ? map(value) : compact(value.slice(0, size).map(map));
}

function populationOf(doc: CircuitDocument, plan: Plan, id: string): ExportPopulation {
  const node = doc.nodes.find((n) => n.id === id)!;
  if (node.kind !== 'li' && node.kind !== 'lif') throw new ExportError(`${id} is not a population`);
  const slice = plan.populations.find((p) => p.nodeId === id)!;
  const range = <T extends Float32Array>(a: T) =>
    compact(a.subarray(slice.offset, slice.offset + slice.size));
  return {
    id,
    label: node.label,
    kind: node.kind,
    size: node.size,
    tauMemMs: perNeuron(node.params.tauMemMs, node.size, (t) => t),
    tauSynMs: perNeuron(node.params.tauSynMs, node.size, (t) => t),
    tauMemInvPerS: perNeuron(node.params.tauMemMs, node.size, tauInvPerS),
    tauSynInvPerS: perNeuron(node.params.tauSynMs, node.size, tauInvPerS),
    a: range(plan.a),
    b: range(plan.b),
    vLeak: range(plan.vLeak),
    vTh: node.kind === 'lif' ? range(plan.vTh) : 0,
    vReset: node.kind === 'lif' ? range(plan.vReset) : 0,
    vInit: range(plan.vInit),
  };
}

function projectionOf(p: ProjectionPlan, generatorKind: string | undefined): ExportProjection {
  const pre: number[] = [];
  const post: number[] = [];
  const w: number[] = [];
  const weights = p.weights;
  const add = (from: number, to: number, value: number): void => {
    if (value === 0) return;
    pre.push(from);
    post.push(to);
    w.push(value);
  };
  for (let row = 0; row < p.targetSize; row++) {
    if (weights.kind === 'dense') {
      for (let col = 0; col < p.sourceSize; col++) {
        add(col, row, weights.weights[row * p.sourceSize + col]!);
      }
    } else {
      for (let e = weights.rowStart[row]!; e < weights.rowStart[row + 1]!; e++) {
        add(weights.preIndex[e]!, row, weights.weights[e]!);
      }
    }
  }
  return {
    id: p.edgeId,
    source: p.sourceId,
    target: p.targetId,
    sourceKind:
      generatorKind === undefined
        ? 'population'
        : generatorKind === 'constantCurrent'
          ? 'current'
          : 'spikeGenerator',
    sourceSize: p.sourceSize,
    targetSize: p.targetSize,
    pre,
    post,
    w,
    delaySteps: p.delaySteps,
    closesLoop: p.closesLoop,
  };
}
