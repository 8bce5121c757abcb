/**
 * The simulation worker's message protocol: requests (renderer → worker, `requests.ts`) and
 * events (worker → renderer, `events.ts`). Both sides switch on `kind` exhaustively, so a new
 * message kind fails the build wherever it is not handled. The renderer imports only this file
 * (and the schema) to talk to the engine.
 */
import type { ErrorInfo, WorkerEvent } from './events';

export type { Diagnostic } from '../compile';
export type { BackendChoice, BackendInfo, BackendName } from '../backends/types';
export type { ExportTarget } from '../export/targets';
export type { CheckResult, ConditionResult, LessonEvaluation } from '../lesson/types';
export type * from './requests';
export type * from './events';
export { REQUEST_KINDS } from './requests';
export { NOT_PROBED_REASON } from './events';
export { requestShapeProblem } from './validate';

/** The buffers an event can hand over without copying (each listed once). */
export function transferablesOf(event: WorkerEvent): ArrayBuffer[] {
  if (event.kind === 'exported') {
    return event.bytes.buffer instanceof ArrayBuffer ? [event.bytes.buffer] : [];
  }
  if (event.kind !== 'samples') return [];
  const buffers = new Set<ArrayBuffer>();
  const add = (array: ArrayBufferView | undefined): void => {
    // A SharedArrayBuffer cannot be transferred.
    if (array !== undefined && array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  for (const trace of event.traces) {
    trace.values?.forEach(add);
    add(trace.spikeSteps);
    add(trace.spikeNeurons);
  }
  return [...buffers];
}

export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof Error) {
    return error.stack === undefined
      ? { name: error.name, message: error.message }
      : { name: error.name, message: error.message, stack: error.stack };
  }
  return { name: 'Error', message: String(error) };
}

export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
