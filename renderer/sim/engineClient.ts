/**
 * The renderer's only door to the engine: a simulation worker behind typed requests. Each request
 * gets an id and a promise of its answer; every event also goes to the listeners (a live run's
 * samples and its end arrive long after `run` was answered).
 *
 * A worker that throws outside the session (`error`), sends something unreadable
 * (`messageerror`), or stops answering pings (terminated, hung) has crashed: open requests fail
 * with a `WorkerCrashed` EngineError and the crash listeners hear why. `restart()` starts a fresh
 * worker; the controller then loads the circuit again.
 */
import type {
  Diagnostic,
  ErrorInfo,
  ExportedEvent,
  LessonEvaluatedEvent,
  LoadedEvent,
  PongEvent,
  RequestKind,
  StateEvent,
  WorkerEvent,
  WorkerRequest,
} from '../../engine/protocol/messages';

/** The part of `Worker` the client uses (a fake in unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: (event: MessageEvent) => void): void;
  terminate(): void;
}

/** A failed request, as the worker described it (`name`: CompileError, SchemaError, …). */
export class EngineError extends Error {
  constructor(
    info: ErrorInfo,
    readonly requestKind: RequestKind | null,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(info.message);
    this.name = info.name;
    if (info.stack !== undefined) this.stack = info.stack;
  }
}

type Answer = LoadedEvent | StateEvent | PongEvent | LessonEvaluatedEvent | ExportedEvent;
type Unanswered<R> = R extends WorkerRequest ? Omit<R, 'requestId'> : never;
export type RequestBody = Unanswered<WorkerRequest>;

export interface ClientTiming {
  /** How often the worker is pinged, and how long it may stay silent before it counts as dead. */
  pingMs: number;
  silenceMs: number;
}

export const DEFAULT_TIMING: ClientTiming = { pingMs: 1000, silenceMs: 8000 };

/**
 * Loading onto a GPU backend probes it and compiles kernels, which blocks the worker; while a
 * load, a backend choice or a lesson evaluation is open the worker may be silent this long
 * before it counts as dead.
 */
export const LOAD_SILENCE_MS = 60_000;

export interface EngineClient {
  request<K extends RequestBody['kind']>(
    body: Extract<RequestBody, { kind: K }>,
  ): Promise<
    K extends 'load' | 'chooseBackend'
      ? LoadedEvent
      : K extends 'ping'
        ? PongEvent
        : K extends 'evaluateLesson'
          ? LessonEvaluatedEvent
          : K extends 'export'
            ? ExportedEvent
            : StateEvent
  >;
  onEvent(listener: (event: WorkerEvent) => void): () => void;
  onCrash(listener: (error: ErrorInfo) => void): () => void;
  /** Terminates the worker (if alive) and starts a new one. */
  restart(): void;
  setTiming(timing: Partial<ClientTiming>): void;
  /** The live worker (tests crash it on purpose). */
  readonly worker: WorkerLike;
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
  resolve(event: Answer): void;
  reject(error: EngineError): void;
}

export function createEngineClient(
  makeWorker: () => WorkerLike = createSimulationWorker,
  timing: ClientTiming = DEFAULT_TIMING,
): EngineClient {
  const pending = new Map<number, Pending>();
  const eventListeners = new Set<(event: WorkerEvent) => void>();
  const crashListeners = new Set<(error: ErrorInfo) => void>();
  let nextRequestId = 1;
  let generation = 0;
  let worker: WorkerLike;
  let lastHeardMs = performance.now();
  let disposed = false;
  let crashed = false;
  let current = { ...timing };

  function crash(error: ErrorInfo): void {
    if (crashed || disposed) return;
    crashed = true;
    const failure = new EngineError({ ...error, name: 'WorkerCrashed' }, null);
    for (const request of pending.values()) request.reject(failure);
    pending.clear();
    for (const listener of crashListeners) listener(error);
  }

  function answer(event: WorkerEvent): void {
    if (event.kind === 'samples' || event.kind === 'halted') return;
    if (event.kind === 'error') {
      const request = event.requestId === null ? undefined : pending.get(event.requestId);
      if (request === undefined) return;
      pending.delete(event.requestId!);
      // A worker that cannot answer a ping is still alive: only the ping failed.
      request.reject(new EngineError(event.error, event.requestKind, event.diagnostics));
      return;
    }
    const request = pending.get(event.requestId);
    if (request === undefined) return;
    pending.delete(event.requestId);
    request.resolve(event);
  }

  function start(): void {
    const mine = ++generation;
    crashed = false;
    lastHeardMs = performance.now();
    worker = makeWorker();
    worker.addEventListener('message', (message) => {
      if (mine !== generation) return;
      lastHeardMs = performance.now();
      const event = message.data;
      answer(event);
      for (const listener of eventListeners) listener(event);
    });
    worker.addEventListener('error', (event) => {
      if (mine !== generation) return;
      event.preventDefault?.();
      crash({
        name: 'WorkerError',
        message: event.message || 'the simulation worker failed to start or threw',
      });
    });
    worker.addEventListener('messageerror', () => {
      if (mine === generation) {
        crash({ name: 'MessageError', message: 'a message from the worker could not be read' });
      }
    });
  }

  function send(body: RequestBody): Promise<Answer> {
    if (disposed) {
      const error = { name: 'DisposedError', message: 'the engine client was disposed' };
      return Promise.reject(new EngineError(error, body.kind));
    }
    if (crashed) {
      const error = { name: 'WorkerCrashed', message: 'the simulation worker has stopped' };
      return Promise.reject(new EngineError(error, body.kind));
    }
    const requestId = nextRequestId++;
    return new Promise<Answer>((resolve, reject) => {
      pending.set(requestId, { kind: body.kind, resolve, reject });
      worker.postMessage({ ...body, requestId } as WorkerRequest);
    });
  }

  // The watchdog: ping regularly; a worker silent for too long has died or hung.
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const beat = (): void => {
    watchdog = setTimeout(beat, current.pingMs);
    if (disposed || crashed) return;
    // A lesson's checks run a whole simulation on the reference backend in one go, too.
    const loading = [...pending.values()].some(
      (p) => p.kind === 'load' || p.kind === 'chooseBackend' || p.kind === 'evaluateLesson',
    );
    const limitMs = loading ? Math.max(current.silenceMs, LOAD_SILENCE_MS) : current.silenceMs;
    if (performance.now() - lastHeardMs > limitMs) {
      crash({
        name: 'WorkerUnresponsive',
        message: `the simulation worker did not answer for ${(limitMs / 1000).toFixed(1)} s`,
      });
      return;
    }
    send({ kind: 'ping' }).catch(() => undefined);
  };
  watchdog = setTimeout(beat, current.pingMs);

  start();
  return {
    request: send as EngineClient['request'],
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onCrash(listener) {
      crashListeners.add(listener);
      return () => crashListeners.delete(listener);
    },
    restart() {
      if (disposed) return;
      const failure = new EngineError({ name: 'WorkerCrashed', message: 'restarted' }, null);
      for (const request of pending.values()) request.reject(failure);
      pending.clear();
      worker.terminate();
      start();
    },
    setTiming(next) {
      current = { ...current, ...next };
    },
    get worker() {
      return worker;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      clearTimeout(watchdog);
      worker.terminate();
      const error = new EngineError({ name: 'DisposedError', message: 'disposed' }, null);
      for (const request of pending.values()) request.reject(error);
      pending.clear();
    },
  };
}
