import type { Plan } from '../compile/types';
import type { InputOrder, ProbeVariable } from '../schema/types';

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
  /** Back to the initial state (v = vLeak, i = 0) at step 0. */
  reset(): void;
}
