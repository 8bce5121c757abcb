/**
 * The simulation worker's message protocol: what the renderer may ask (requests) and what the
 * worker answers (events). Both sides switch on `kind` exhaustively, so a new message kind fails
 * the build wherever it is not handled.
 *
 * Every request carries a `requestId` chosen by the client; every event that answers a request
 * echoes it, so the client can match answers (and errors) to the request that caused them.
 */
import type { Diagnostic } from '../compile';
import type { CircuitDocument, InputOrder, ProbeVariable } from '../schema';

// The renderer may import only the protocol and the schema: it reads diagnostics from here.
export type { Diagnostic };

// ---------------------------------------------------------------------------------------------
// Requests (renderer → worker)

/** Compile a circuit document and make it the worker's current simulation (from step 0). */
export interface LoadRequest {
  kind: 'load';
  requestId: number;
  document: CircuitDocument;
}

/**
 * Advance the loaded simulation by `steps` (omit to run to the end of the document's
 * durationMs). Samples stream back in chunks of at most `chunkSteps` steps, then `done`.
 */
export interface RunRequest {
  kind: 'run';
  requestId: number;
  steps?: number;
  chunkSteps?: number;
}

export type WorkerRequest = LoadRequest | RunRequest;
export type RequestKind = WorkerRequest['kind'];
export const REQUEST_KINDS: readonly RequestKind[] = ['load', 'run'];

// ---------------------------------------------------------------------------------------------
// Events (worker → renderer)

/** What one probe records; the order of `neurons` is the order of a trace's arrays. */
export interface ProbeInfo {
  probeId: string;
  label: string;
  targetId: string;
  variable: ProbeVariable;
  neurons: number[];
}

/** The backends a worker can run; gpu.js backends join later. */
export type BackendName = 'reference';

export interface LoadedEvent {
  kind: 'loaded';
  requestId: number;
  /** Which backend runs the plan (the status bar names it). */
  backend: BackendName;
  dtMs: number;
  /** Steps in the document's durationMs: what a `run` without `steps` runs to. */
  totalSteps: number;
  inputOrder: InputOrder;
  probes: ProbeInfo[];
  /** Warnings and notes from compiling (errors arrive as an `error` event instead). */
  diagnostics: Diagnostic[];
}

/** One probe's samples for steps [fromStep, fromStep + steps). */
export interface TraceChunk {
  probeId: string;
  /** For `v` and `i` probes: one array per probed neuron, length `steps` (transferred). */
  values?: Float32Array[];
  /** For `spikes` probes: one list per probed neuron of absolute step indices. */
  spikeSteps?: number[][];
}

export interface SamplesEvent {
  kind: 'samples';
  requestId: number;
  fromStep: number;
  steps: number;
  traces: TraceChunk[];
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
  /** Compile diagnostics when compiling failed; empty otherwise. */
  diagnostics: Diagnostic[];
}

export interface DoneEvent {
  kind: 'done';
  requestId: number;
  stepsRun: number;
  /** The simulation's step counter after this run. */
  currentStep: number;
  totalSteps: number;
  /** True when the simulation has reached totalSteps. */
  finished: boolean;
}

export type WorkerEvent = LoadedEvent | SamplesEvent | WorkerErrorEvent | DoneEvent;
export type EventKind = WorkerEvent['kind'];

// ---------------------------------------------------------------------------------------------
// Helpers shared by both ends

/** The buffers a `samples` event can hand over without copying. */
export function transferablesOf(event: WorkerEvent): ArrayBuffer[] {
  if (event.kind !== 'samples') return [];
  const buffers: ArrayBuffer[] = [];
  for (const trace of event.traces) {
    for (const values of trace.values ?? []) {
      // A SharedArrayBuffer cannot be transferred, and one buffer must not be listed twice.
      if (values.buffer instanceof ArrayBuffer && !buffers.includes(values.buffer)) {
        buffers.push(values.buffer);
      }
    }
  }
  return buffers;
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof Error) {
    return error.stack === undefined
      ? { name: error.name, message: error.message }
      : { name: error.name, message: error.message, stack: error.stack };
  }
  return { name: 'Error', message: String(error) };
}

/**
 * Checks the envelope of a message the worker received (the payload is checked by the handler:
 * a document by compile). Returns a reason when it is not a request, or null when it is.
 */
export function requestShapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'a request must be an object';
  const record = value as Record<string, unknown>;
  if (!REQUEST_KINDS.includes(record.kind as RequestKind)) {
    return `unknown request kind ${JSON.stringify(record.kind)}; expected one of ${REQUEST_KINDS.join(', ')}`;
  }
  if (typeof record.requestId !== 'number' || !Number.isInteger(record.requestId)) {
    return 'requestId must be an integer';
  }
  if (record.kind === 'load' && (typeof record.document !== 'object' || record.document === null)) {
    return 'load needs a circuit document';
  }
  if (record.kind === 'run') {
    for (const key of ['steps', 'chunkSteps'] as const) {
      const count = record[key];
      if (count !== undefined && (!Number.isInteger(count) || (count as number) < 1)) {
        return `run.${key} must be a whole number ≥ 1`;
      }
    }
  }
  return null;
}

export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
