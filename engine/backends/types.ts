import type { Plan } from '../compile/types';
import type { InputOrder, ProbeVariable } from '../schema/types';
import type { NonFiniteUnit } from './nonFiniteState';

export type { NonFiniteUnit } from './nonFiniteState';

/** One probe's recording over a whole run. */
export interface ProbeTrace {
  probeId: string;
  label: string;
  targetId: string;
  variable: ProbeVariable;
  /** Recorded neurons, local to the target node. */
  neurons: number[];
  /** For v and i: one array per probed neuron, one float32 value per step (after the step). */
  values?: Float32Array[];
  /** For spikes: one ascending list of spike steps per probed neuron. */
  spikeSteps?: number[][];
}

export interface SimulationResult {
  dtMs: number;
  steps: number;
  inputOrder: InputOrder;
  probes: ProbeTrace[];
}

/** One probe's samples for the steps of one chunk. */
export interface ProbeChunk {
  probeId: string;
  /** For v and i: one array per probed neuron, `stepCount` values (steps startStep, …). */
  values?: Float32Array[];
  /** For spikes: the absolute spike steps within the chunk, per probed neuron. */
  spikeSteps?: number[][];
}

/** The samples produced by one `advance(n)`, in probe order of the plan. */
export interface SampleChunk {
  startStep: number;
  stepCount: number;
  probes: ProbeChunk[];
}

/**
 * A stateful runner of a plan, advanced in chunks (the worker streams each chunk to the scopes).
 * A runner is not limited to `plan.steps`: it keeps going as long as it is advanced.
 */
export interface Runner {
  readonly plan: Plan;
  /** Steps simulated so far (the next step to run). */
  readonly currentStep: number;
  /** Runs `steps` more steps and returns their probe samples. */
  advance(steps: number): SampleChunk;
  /** Back to the initial state (v = plan.vInit, i = 0) at step 0. */
  reset(): void;
  /** See `BackendRunner.updatePlan`; absent: the runner cannot take new numbers. */
  updatePlan?(next: Plan): boolean;
  /** See `BackendRunner.findNonFinite`. */
  findNonFinite?(): NonFiniteUnit | null;
}

/**
 * Every backend the registry knows. `reference` is the exact TypeScript source of truth;
 * `wasm-simd` is exact too: hand-written WebAssembly SIMD with event-driven synapses, the fast CPU
 * path; `webasm`, `cpu`, `webgl2` and `webgpu` are gpu.js modes (see README.md in this folder).
 */
export const BACKEND_NAMES = [
  'reference',
  'wasm-simd',
  'webasm',
  'cpu',
  'webgl2',
  'webgpu',
] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];
/** What a user or the headless runner may ask for: a backend, or `auto` (see `chooseBackend`). */
export type BackendChoice = BackendName | 'auto';

/** How far a backend may stray from the exact reference (checked by the conformance suite). */
export interface Tolerance {
  /**
   * A probed v or i sample may differ from the reference by at most maxAbs + maxRel·|reference|
   * (the relative part matters for large synaptic currents; v stays near [vReset, vTh]).
   */
  maxAbs: number;
  maxRel: number;
  /** Spike steps are always identical; kept explicit so the docs and the suite say the same. */
  spikeSteps: 'identical';
}

/** What `listBackends` reports about one backend in this environment. */
export interface BackendInfo {
  name: BackendName;
  /** A short label for the status bar, e.g. "WebGPU (gpu.js)". */
  label: string;
  available: boolean;
  /** Why it is unavailable, or a note on how it runs here; null when there is nothing to say. */
  reason: string | null;
  /** Where it computes: the CPU, a hardware GPU, or a GPU emulated in software (SwiftShader). */
  device: 'cpu' | 'gpu' | 'emulated-gpu';
  /** True when it reproduces the reference bit for bit (tolerance 0). */
  exact: boolean;
  tolerance: Tolerance;
}

/**
 * A runner as the registry hands it out. `advance` is asynchronous because a GPU's readback is
 * (WebGPU has no synchronous readback at all); CPU backends resolve at once. Calls must not
 * overlap: await one `advance` before the next, and before `reset` or `dispose`.
 */
export interface BackendRunner {
  /** The plan it runs (after `updatePlan`, the plan whose numbers it runs). */
  readonly plan: Plan;
  /** The backend that actually runs (never `auto`). */
  readonly backend: BackendName;
  /**
   * How it runs, once known, for status bars and benchmarks: e.g. gpu.js's executor
   * ("gpu.js webasm, fused-threaded") or "WebAssembly SIMD, 1024 steps per call".
   */
  readonly detail?: string;
  /** Steps simulated so far (the next step to run). */
  readonly currentStep: number;
  /** Runs `steps` more steps and returns their probe samples (same layout as `Runner`). */
  advance(steps: number): Promise<SampleChunk>;
  /** Back to the initial state at step 0. */
  reset(): void;
  /**
   * Takes over `next`'s numbers (coefficients, generator settings, weights) from the current step
   * on, keeping the state and the step: a live parameter edit without rebuilding and replaying.
   * Resolves false, changing nothing, when `next` differs in structure (`sameLayout`) or in what
   * this backend built from the plan's shape; the caller then builds a new runner.
   */
  updatePlan(next: Plan): Promise<boolean>;
  /**
   * The first NaN or ±Infinity in the current state of any population (v or i), or null. Cheap
   * next to a chunk of steps (one pass over the state); call it between `advance` calls.
   */
  findNonFinite(): NonFiniteUnit | null;
  /** Frees GPU buffers and workers; the runner is unusable afterwards. */
  dispose(): void;
}
