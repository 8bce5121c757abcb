import type { InputOrder, ProbeVariable } from '../schema/types';

/** A coded, located problem (or note) about a circuit, naming the nodes and edges involved. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  nodeIds: string[];
  edgeIds: string[];
}

export interface CompileOptions {
  /** Overrides `simulation.durationMs` of the document. */
  durationMs?: number;
  /** Overrides `simulation.inputOrder` of the document. */
  inputOrder?: InputOrder;
}

export type CompileResult =
  { ok: true; plan: Plan; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Generators and populations share one flat neuron index space ("units"): node n owns
 * [offset, offset + size). Per-unit arrays cover the whole space; a generator's entries in the
 * model arrays are unused (left at rest), which keeps every index computation a plain addition.
 */
interface UnitSlice {
  nodeId: string;
  label: string;
  offset: number;
  size: number;
}

export type GeneratorPlan =
  | (UnitSlice & {
      kind: 'spikeTimes';
      /** Neuron n's spike steps are `spikeSteps[stepStart[n], stepStart[n + 1])`, sorted, unique. */
      stepStart: Int32Array;
      spikeSteps: Int32Array;
    })
  | (UnitSlice & { kind: 'regular'; periodMs: number; phaseMs: number })
  | (UnitSlice & { kind: 'poisson'; seedLo: number; seedHi: number; threshold24: number })
  | (UnitSlice & {
      kind: 'constantCurrent';
      /** float32 amplitude; the source's value at every step in [startStep, stopStep). */
      amplitude: number;
      startStep: number;
      /** `Infinity` when the source never stops. */
      stopStep: number;
    });

export interface PopulationPlan extends UnitSlice {
  kind: 'li' | 'lif';
  /** Indices into `Plan.projections` of the projections into this population, document order. */
  inputs: number[];
}

/** Weights in gather form: row = postsynaptic neuron, presynaptic neurons in index order. */
export type WeightPlan =
  | { kind: 'dense'; /** W[post * preSize + pre], float32. */ weights: Float32Array }
  | {
      kind: 'sparse';
      /** Row `post` is entries [rowStart[post], rowStart[post + 1]), pre ascending. */
      rowStart: Int32Array;
      preIndex: Int32Array;
      weights: Float32Array;
    };

export interface ProjectionPlan {
  edgeId: string;
  sourceId: string;
  targetId: string;
  sourceOffset: number;
  sourceSize: number;
  targetOffset: number;
  targetSize: number;
  /** True when this projection closes a loop in the update order and so arrives a step late. */
  closesLoop: boolean;
  /** Steps between the source's output and its arrival: (closesLoop ? 1 : 0) + the edge's delaySteps. */
  delaySteps: number;
  weights: WeightPlan;
}

export interface ProbePlan {
  probeId: string;
  label: string;
  targetId: string;
  variable: ProbeVariable;
  /** Recorded neurons, local to the target node. */
  neurons: Int32Array;
  /** Offset of the target node in the unit index space. */
  targetOffset: number;
}

/** Everything a backend needs to run a circuit; all numbers already float32 where the model uses them. */
export interface Plan {
  dtMs: number;
  steps: number;
  inputOrder: InputOrder;
  /** Size of the unit index space (generators + populations). */
  unitCount: number;
  /** Per-unit model coefficients (float32): dt·τmem⁻¹, dt·τsyn⁻¹, vLeak, vTh, vReset. */
  a: Float32Array;
  b: Float32Array;
  vLeak: Float32Array;
  vTh: Float32Array;
  vReset: Float32Array;
  /** Membrane potential at step 0 per unit (vLeak unless a population sets `initialV`). */
  vInit: Float32Array;
  generators: GeneratorPlan[];
  /** Populations in update order (topological, loops cut by the loop-closing projections). */
  populations: PopulationPlan[];
  /** Projections in document order. */
  projections: ProjectionPlan[];
  probes: ProbePlan[];
  /** Depth of the output history ring: largest projection delay + 1. */
  historySteps: number;
}
