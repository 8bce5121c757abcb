/**
 * A stand-in for the simulation worker in unit tests: it speaks the protocol with a toy engine
 * (every probed value at step k is k + the document's first LIF τmem, so tests can tell which
 * document produced a sample), answers on the next macrotask, and can crash on demand.
 */
import type { LoadedEvent, WorkerEvent, WorkerRequest } from '../../engine/protocol/messages';
import type { CircuitDocument } from '../../engine/schema';
import type { WorkerLike } from './engineClient';

type Listener = (event: never) => void;

export interface FakeWorker extends WorkerLike {
  requests: WorkerRequest[];
  terminated: boolean;
  /** Holds answers back until `release()` (to test coalescing). */
  hold: boolean;
  release(): void;
  crash(message?: string): void;
  emit(event: WorkerEvent): void;
  /** The worker answers `load` with this error instead (a compile failure). */
  failLoads: { name: string; message: string } | null;
  /** Streams `steps` samples of the live run in progress, as a tick of the worker would. */
  stream(steps: number): void;
  /** A message the page could not deserialise. */
  emitMessageError(): void;
}

export function toyValue(document: CircuitDocument, step: number): number {
  const lif = document.nodes.find((n) => n.kind === 'lif') as
    { params: { tauMemMs: number } } | undefined;
  return step + (lif?.params.tauMemMs ?? 0);
}

export function createFakeWorker(): FakeWorker {
  const listeners = new Map<string, Listener[]>();
  let loaded: CircuitDocument | null = null;
  let totalSteps = 0;
  let step = 0;
  let held: (() => void)[] = [];
  let lastRun = 0;

  const worker: FakeWorker = {
    requests: [],
    terminated: false,
    hold: false,
    failLoads: null,
    addEventListener(type: string, listener: Listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    postMessage(request) {
      worker.requests.push(request);
      const answer = () => respond(request);
      if (worker.hold) held.push(answer);
      else setTimeout(answer, 0);
    },
    terminate() {
      worker.terminated = true;
    },
    release() {
      const now = held;
      held = [];
      for (const answer of now) setTimeout(answer, 0);
    },
    emitMessageError() {
      for (const l of listeners.get('messageerror') ?? []) (l as (e: unknown) => void)({});
    },
    crash(message = 'boom') {
      for (const l of listeners.get('error') ?? [])
        (l as (e: unknown) => void)({ message, preventDefault() {} });
    },
    stream(steps) {
      samples(lastRun, steps);
    },
    emit(event) {
      if (worker.terminated) return;
      for (const l of listeners.get('message') ?? []) (l as (e: unknown) => void)({ data: event });
    },
  } as FakeWorker;

  const state = (
    requestId: number,
    s: 'running' | 'paused' | 'stepped' | 'finished' | 'reset',
    stepsRun = 0,
  ) =>
    worker.emit({
      kind: 'state',
      requestId,
      state: s,
      currentStep: step,
      totalSteps,
      stepsRun,
      computeMs: 1,
    });

  const samples = (requestId: number, steps: number) => {
    const doc = loaded!;
    const values = Float32Array.from({ length: steps }, (_, k) => toyValue(doc, step + k));
    worker.emit({
      kind: 'samples',
      requestId,
      fromStep: step,
      steps,
      traces: [{ probeId: 'pv', values: [values] }],
    });
    step += steps;
  };

  function respond(request: WorkerRequest): void {
    const id = request.requestId;
    switch (request.kind) {
      case 'load': {
        if (worker.failLoads !== null) {
          worker.emit({
            kind: 'error',
            requestId: id,
            requestKind: 'load',
            error: worker.failLoads,
            diagnostics: [],
          });
          return;
        }
        loaded = request.document;
        totalSteps = Math.round(request.durationMs ?? request.document.simulation.durationMs);
        step = 0;
        const event: LoadedEvent = {
          kind: 'loaded',
          requestId: id,
          backend: 'reference',
          backendChoice: request.backend ?? 'auto',
          backendReason: 'test',
          backends: [],
          dtMs: 1,
          totalSteps,
          inputOrder: 'norse-1.1',
          probes: [{ probeId: 'pv', label: 'pv', targetId: 'lif', variable: 'v', neurons: [0] }],
          diagnostics: [],
        };
        worker.emit(event);
        return;
      }
      case 'runFor':
        if (request.fromStart) step = 0;
        samples(id, Math.round(request.durationMs));
        state(id, step >= totalSteps ? 'finished' : 'paused', Math.round(request.durationMs));
        return;
      case 'run':
        lastRun = id;
        state(id, 'running');
        return;
      case 'step':
        samples(id, request.steps ?? 1);
        state(id, 'stepped');
        return;
      case 'pause':
        state(id, 'paused');
        return;
      case 'reset':
        step = 0;
        state(id, 'reset');
        return;
      case 'setParam': {
        // Like the worker: a population parameter taken over in place (or refused as a load is).
        if (worker.failLoads !== null || loaded === null) {
          const error = worker.failLoads ?? { name: 'NotLoaded', message: 'nothing loaded' };
          worker.emit({
            kind: 'error',
            requestId: id,
            requestKind: 'setParam',
            error,
            diagnostics: [],
          });
          return;
        }
        const { nodeId, field, value } = request;
        loaded = {
          ...loaded,
          nodes: loaded.nodes.map((n) =>
            n.id === nodeId && 'params' in n
              ? ({ ...n, params: { ...n.params, [field]: value } } as typeof n)
              : n,
          ),
        };
        state(id, 'paused');
        return;
      }
      case 'subscribe':
        state(id, 'paused');
        return;
      case 'chooseBackend':
        return;
      case 'ping':
        worker.emit({ kind: 'pong', requestId: id });
        return;
    }
  }

  return worker;
}
