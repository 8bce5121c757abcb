/**
 * Requests: what the renderer may ask the simulation worker. Every request carries a `requestId`
 * chosen by the client; the worker echoes it on the events that answer it.
 */
import type { BackendChoice } from '../backends/types';
import type { ExportTarget } from '../export/targets';
import type { CircuitDocument } from '../schema';

/**
 * Compile a circuit and make it the worker's simulation, at step 0 and paused. `durationMs`
 * overrides the document's run length (the simulation bar's "run length"); `backend` picks the
 * backend ('auto' lets the worker choose; omitted keeps the current choice).
 */
export interface LoadRequest {
  kind: 'load';
  requestId: number;
  document: CircuitDocument;
  durationMs?: number;
  backend?: BackendChoice;
}

/** How fast a live run goes: simulated ms per wall-clock ms (1 = real time), or as fast as possible. */
export type RunSpeed = number | 'max';

/**
 * Start streaming (live mode): the worker advances at `speed` until `untilStep` (default: the
 * run length) or a `pause`. Sent while running, it only changes the speed and the end.
 */
export interface RunRequest {
  kind: 'run';
  requestId: number;
  speed: RunSpeed;
  untilStep?: number;
}

/** Stop a live run (or a `runFor`) after the step in progress; the samples so far are posted. */
export interface PauseRequest {
  kind: 'pause';
  requestId: number;
}

/** Advance `steps` steps (default 1) and post their samples at once. */
export interface StepRequest {
  kind: 'step';
  requestId: number;
  steps?: number;
}

/** Back to step 0 (v = vLeak, i = 0), paused; the loaded circuit and its parameters stay. */
export interface ResetRequest {
  kind: 'reset';
  requestId: number;
}

/**
 * Simulate `durationMs` as fast as possible (from step 0 when `fromStart`) and post the samples
 * (instant mode re-simulates the whole window on every edit with this).
 */
export interface RunForRequest {
  kind: 'runFor';
  requestId: number;
  durationMs: number;
  fromStart?: boolean;
}

/**
 * Change one parameter of the loaded circuit from the current step on, while running or not.
 * `nodeId` names a node (fields such as tauMemMs, vTh, rateHz, amplitude) or a projection
 * (`weight`); `neuron` sets one neuron of a per-neuron parameter.
 */
export interface SetParamRequest {
  kind: 'setParam';
  requestId: number;
  nodeId: string;
  field: string;
  value: number;
  neuron?: number;
}

/**
 * Which probes' samples to stream ('all', the default, or a list). At most
 * `maxTracesPerProbe` neurons of a v or i probe are sent (its first ones); spikes always whole.
 */
export interface SubscribeRequest {
  kind: 'subscribe';
  requestId: number;
  probeIds: string[] | 'all';
  maxTracesPerProbe?: number;
}

/** Run the loaded circuit on another backend (from step 0); answered by `loaded`. */
export interface ChooseBackendRequest {
  kind: 'chooseBackend';
  requestId: number;
  backend: BackendChoice;
}

/**
 * Evaluate the checks of `document.lesson` (only `checkIds` when given) on one whole run of the
 * document's run length with the exact reference backend, independent of the loaded simulation;
 * answered by `lessonEvaluated`.
 */
export interface EvaluateLessonRequest {
  kind: 'evaluateLesson';
  requestId: number;
  document: CircuitDocument;
  checkIds?: string[];
}

/**
 * Export `document` as a Norse or Brian2 script or a NIR graph, independent of the loaded
 * simulation; answered by `exported` (the file's bytes and a suggested name).
 */
export interface ExportRequest {
  kind: 'export';
  requestId: number;
  document: CircuitDocument;
  target: ExportTarget;
}

/** Liveness check: answered by `pong` even in the middle of a long run. */
export interface PingRequest {
  kind: 'ping';
  requestId: number;
}

export type WorkerRequest =
  | LoadRequest
  | RunRequest
  | PauseRequest
  | StepRequest
  | ResetRequest
  | RunForRequest
  | SetParamRequest
  | SubscribeRequest
  | ChooseBackendRequest
  | EvaluateLessonRequest
  | ExportRequest
  | PingRequest;

export type RequestKind = WorkerRequest['kind'];

export const REQUEST_KINDS: readonly RequestKind[] = [
  'load',
  'run',
  'pause',
  'step',
  'reset',
  'runFor',
  'setParam',
  'subscribe',
  'chooseBackend',
  'evaluateLesson',
  'export',
  'ping',
];
