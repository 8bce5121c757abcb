/**
 * The renderer's only door to the engine: wraps the simulation worker in promises. The worker is
 * the single owner of simulation state; this client matches each event to its request by id.
 */
import {
  assertNever,
  type Diagnostic,
  type DoneEvent,
  type ErrorInfo,
  type LoadedEvent,
  type RequestKind,
  type RunRequest,
  type SamplesEvent,
  type WorkerEvent,
  type WorkerRequest,
} from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';

/** The part of `Worker` the client uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** A failed request, as the worker described it (`name` is e.g. CompileError, SchemaError). */
export class EngineError extends Error {
  readonly requestKind: RequestKind | null;
  readonly diagnostics: Diagnostic[];

  constructor(info: ErrorInfo, requestKind: RequestKind | null, diagnostics: Diagnostic[] = []) {
    super(info.message);
    this.name = info.name;
    this.requestKind = requestKind;
    this.diagnostics = diagnostics;
  }
}

export interface RunOptions {
  /** Steps to advance; omit to run to the end of the document's duration. */
  steps?: number;
  chunkSteps?: number;
}

export interface EngineClient {
  load(document: CircuitDocument): Promise<LoadedEvent>;
  run(options: RunOptions, onSamples: (event: SamplesEvent) => void): Promise<DoneEvent>;
  dispose(): void;
}

/** Vite bundles the worker from this URL (an ES module worker, see vite.renderer.config.ts). */
export function createSimulationWorker(): Worker {
  return new Worker(new URL('../../engine/worker/simulationWorker.ts', import.meta.url), {
    type: 'module',
    name: 'spikeboard-simulation',
  });
}

interface Pending {
  kind: RequestKind;
  resolve: (event: LoadedEvent | DoneEvent) => void;
  reject: (error: EngineError) => void;
  onSamples?: (event: SamplesEvent) => void;
}

export function createEngineClient(worker: WorkerLike = createSimulationWorker()): EngineClient {
  const pending = new Map<number, Pending>();
  let nextRequestId = 1;
  let disposed = false;

  const rejectAll = (error: EngineError): void => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };

  worker.addEventListener('message', (message) => {
    const event = message.data;
    switch (event.kind) {
      case 'loaded':
      case 'done': {
        const request = pending.get(event.requestId);
        pending.delete(event.requestId);
        request?.resolve(event);
        break;
      }
      case 'samples':
        pending.get(event.requestId)?.onSamples?.(event);
        break;
      case 'error': {
        const error = new EngineError(event.error, event.requestKind, event.diagnostics);
        const request = event.requestId === null ? undefined : pending.get(event.requestId);
        if (request === undefined) {
          // An error no request owns (an unreadable message): nothing can continue safely.
          rejectAll(error);
        } else {
          pending.delete(event.requestId as number);
          request.reject(error);
        }
        break;
      }
      default:
        assertNever(event);
    }
  });

  // The worker script failed to load or threw outside the session: fail every open request.
  worker.addEventListener('error', (event) => {
    const message = event.message || 'the simulation worker failed to start';
    rejectAll(new EngineError({ name: 'WorkerError', message }, null));
  });

  function send<T extends LoadedEvent | DoneEvent>(
    request: WorkerRequest,
    onSamples?: (event: SamplesEvent) => void,
  ): Promise<T> {
    if (disposed) {
      const error = { name: 'DisposedError', message: 'the engine client was disposed' };
      return Promise.reject(new EngineError(error, request.kind));
    }
    return new Promise<T>((resolve, reject) => {
      const entry: Pending = {
        kind: request.kind,
        resolve: resolve as (event: LoadedEvent | DoneEvent) => void,
        reject,
      };
      if (onSamples !== undefined) entry.onSamples = onSamples;
      pending.set(request.requestId, entry);
      worker.postMessage(request);
    });
  }

  return {
    load(document) {
      return send<LoadedEvent>({ kind: 'load', requestId: nextRequestId++, document });
    },
    run(options, onSamples) {
      const request: RunRequest = { kind: 'run', requestId: nextRequestId++ };
      if (options.steps !== undefined) request.steps = options.steps;
      if (options.chunkSteps !== undefined) request.chunkSteps = options.chunkSteps;
      return send<DoneEvent>(request, onSamples);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      worker.terminate();
      rejectAll(
        new EngineError({ name: 'DisposedError', message: 'the engine client was disposed' }, null),
      );
    },
  };
}
