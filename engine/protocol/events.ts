/**
 * Events: what the simulation worker tells the renderer. Events that answer a request echo its
 * `requestId`; a live run's later events (samples, finished, halted) carry the id of its `run`.
 */
import type { ExportTarget } from '../export/targets';
import type { BackendChoice, BackendInfo, BackendName } from '../backends/types';
import type { Diagnostic } from '../compile';
import type { LessonEvaluation } from '../lesson/types';
import type { InputOrder, ProbeVariable } from '../schema';
import type { RequestKind } from './requests';

/** What one probe records; the order of `neurons` is the order of a trace's arrays. */
export interface ProbeInfo {
  probeId: string;
  label: string;
  targetId: string;
  variable: ProbeVariable;
  neurons: number[];
}

/**
 * The `reason` of a backend in `loaded.backends` that the worker has not probed yet (probing
 * the GPU backends is slow): it can still be chosen, which probes it.
 */
export const NOT_PROBED_REASON = 'not probed yet: choose it to try it';

export interface LoadedEvent {
  kind: 'loaded';
  requestId: number;
  /** The backend that runs the plan (never 'auto'; the status bar names it). */
  backend: BackendName;
  /** What was asked for, and why the worker chose `backend` when that was 'auto'. */
  backendChoice: BackendChoice;
  backendReason: string;
  /** Every backend the worker knows, with availability, for the backend picker. */
  backends: BackendInfo[];
  dtMs: number;
  /** Steps in the run length: where a `run` stops unless told otherwise. */
  totalSteps: number;
  inputOrder: InputOrder;
  probes: ProbeInfo[];
  /** Warnings and notes from compiling (errors arrive as an `error` event instead). */
  diagnostics: Diagnostic[];
}

/** One probe's samples for steps [fromStep, fromStep + steps) of a `samples` event. */
export interface TraceChunk {
  probeId: string;
  /**
   * For `v` and `i` probes: one array per sent neuron (the probe's first ones, up to the
   * subscription's limit), length `steps`. Transferred, not copied.
   */
  values?: Float32Array[];
  /** For `spikes` probes: every spike as (absolute step, position in the probe's `neurons`). */
  spikeSteps?: Int32Array;
  spikeNeurons?: Int32Array;
}

/**
 * One node's activity over a `samples` batch, for the node cards' indicators (not the scopes):
 * measured on the node's first `neurons` neurons (at most 256 for spikes, 8 for v).
 */
export interface NodeActivity {
  nodeId: string;
  neurons: number;
  /** LIF populations and spike generators: spikes of those neurons within the batch. */
  spikes?: number;
  /** LI populations (they never spike): mean v of those neurons after the batch's last step. */
  meanV?: number;
}

/** A batch of samples; the worker posts at most one per animation frame (about 16 ms). */
export interface SamplesEvent {
  kind: 'samples';
  requestId: number;
  fromStep: number;
  steps: number;
  traces: TraceChunk[];
  /** Per-node activity over the batch's steps, whether or not a probe watches the node. */
  activity?: NodeActivity[];
}

export type SimulationState = 'running' | 'paused' | 'stepped' | 'finished' | 'reset';

/**
 * Where the simulation stands. Answers run (state 'running'), pause, step ('stepped'), reset,
 * runFor, setParam and subscribe; a live run's end comes as 'finished' (or 'paused').
 */
export interface StateEvent {
  kind: 'state';
  requestId: number;
  state: SimulationState;
  /** The next step to simulate. */
  currentStep: number;
  totalSteps: number;
  /** Steps the request simulated, and the compute time they took (0 when none). */
  stepsRun: number;
  computeMs: number;
}

/** The shape errors take across the boundary (an `Error` does not survive structured clone whole). */
export interface ErrorInfo {
  name: string;
  message: string;
  stack?: string;
}

export interface WorkerErrorEvent {
  kind: 'error';
  /** The request that failed, or null when the message itself could not be read. */
  requestId: number | null;
  requestKind: RequestKind | null;
  error: ErrorInfo;
  /** Compile diagnostics when compiling failed (CIRCUIT_TOO_LARGE among them); else empty. */
  diagnostics: Diagnostic[];
}

/**
 * A value became NaN or infinite in any population (probed or not): the run is paused and names
 * where it happened first.
 */
export interface HaltedEvent {
  kind: 'halted';
  requestId: number;
  populationId: string;
  populationLabel: string;
  /** The probe that recorded that neuron's variable, or null when none does. */
  probeId: string | null;
  variable: 'v' | 'i';
  /** The neuron's index in its population. */
  neuron: number;
  step: number;
  value: 'NaN' | 'Infinity' | '-Infinity';
  /**
   * True when `step` is where the run noticed, not where it began: a live edit since step 0 (or
   * the replay's cost) kept the worker from replaying to find the first step.
   */
  approximate?: boolean;
  currentStep: number;
}

export interface PongEvent {
  kind: 'pong';
  requestId: number;
}

/** Answers `evaluateLesson`: per check pass, fail or why it cannot be evaluated (engine/lesson). */
export interface LessonEvaluatedEvent extends LessonEvaluation {
  kind: 'lessonEvaluated';
  requestId: number;
}

/** Answers `export`: the file's bytes (transferred), a suggested file name and media type. */
export interface ExportedEvent {
  kind: 'exported';
  requestId: number;
  target: ExportTarget;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export type WorkerEvent =
  | LoadedEvent
  | SamplesEvent
  | StateEvent
  | WorkerErrorEvent
  | HaltedEvent
  | PongEvent
  | LessonEvaluatedEvent
  | ExportedEvent;

export type EventKind = WorkerEvent['kind'];
