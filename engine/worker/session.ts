/**
 * The worker's state machine, kept apart from the `self.onmessage` wiring so it runs in Node
 * tests with a fake clock. Requests are handled one at a time, in arrival order (a runner's
 * `advance` calls must not overlap); `ping` is answered at once, and `pause` also stops a
 * `runFor` between two slices. Every exception a request raises becomes an `error` event naming
 * that request; the session stays usable afterwards.
 */
import {
  assertNever,
  requestShapeProblem,
  toErrorInfo,
  transferablesOf,
  type ErrorInfo,
  type RequestKind,
  type SimulationState,
  type WorkerEvent,
  type WorkerRequest,
} from '../protocol/messages';
import type { Diagnostic } from '../compile';
import { exportCircuit } from '../export';
import { evaluateLesson } from '../lesson';
import { parseCircuit } from '../schema';
import { buildCircuit, compileDocument, loadedEvent, type Circuit } from './circuit';
import { notLoaded, RequestError } from './errors';
import type { SessionHost } from './host';
import { createLiveRuns, type LiveRuns } from './liveRun';
import { applyParameter } from './parameters';
import { sameLayout } from './planUpdate';
import { createStepper, type Stepper } from './stepper';
import { SUBSCRIBE_ALL, type Subscription } from './sampleBatch';

export interface SimulationSession {
  handle(message: unknown): void;
}

export function createSimulationSession(host: SessionHost): SimulationSession {
  let circuit: Circuit | null = null;
  let subscription: Subscription = SUBSCRIBE_ALL;
  /** False after a live edit mid-run, until the runner starts again from step 0 (nonFinite.ts). */
  let replayable = true;
  let tail: Promise<void> = Promise.resolve();

  const post = (event: WorkerEvent): void => host.post(event, transferablesOf(event));
  const fail = (
    requestId: number | null,
    requestKind: RequestKind | null,
    error: ErrorInfo,
    diagnostics: Diagnostic[] = [],
  ): void => post({ kind: 'error', requestId, requestKind, error, diagnostics });

  const current = (): Circuit => {
    if (circuit === null) throw notLoaded();
    return circuit;
  };
  const postState = (requestId: number, state: SimulationState, stepsRun = 0, computeMs = 0) => {
    const c = circuit;
    post({
      kind: 'state',
      requestId,
      state,
      currentStep: c?.runner.currentStep ?? 0,
      totalSteps: c?.plan.steps ?? 0,
      stepsRun,
      computeMs,
    });
  };

  function enqueue(requestId: number, kind: RequestKind, op: () => Promise<void> | void): void {
    tail = tail.then(op).catch((error: unknown) => {
      if (error instanceof LoadError) fail(requestId, kind, error.info, error.diagnostics);
      else fail(requestId, kind, toErrorInfo(error));
    });
  }

  const stepper: Stepper = createStepper({
    host,
    post,
    postState,
    circuit: current,
    subscription: () => subscription,
    replayable: () => replayable,
  });
  const live: LiveRuns = createLiveRuns({ host, stepper, postState, enqueue, circuit: current });

  async function load(request: Extract<WorkerRequest, { kind: 'load' }>): Promise<void> {
    live.stop();
    const compiled = compileDocument(request.document, request.durationMs);
    const previous = circuit;
    circuit = null;
    if (!compiled.ok) {
      previous?.runner.dispose();
      throw new LoadError(compiled.error, compiled.diagnostics);
    }
    const choice = request.backend ?? previous?.backendChoice ?? 'auto';
    circuit = await buildCircuit(compiled, request.durationMs, choice, host.backends, previous);
    replayable = true;
    post(loadedEvent(circuit, request.requestId));
  }

  async function chooseBackend(
    request: Extract<WorkerRequest, { kind: 'chooseBackend' }>,
  ): Promise<void> {
    const c = current();
    live.stop();
    const compiled = compileDocument(c.document, c.durationMs);
    if (!compiled.ok) throw new LoadError(compiled.error, compiled.diagnostics);
    const next = await buildCircuit(compiled, c.durationMs, request.backend, host.backends, null);
    c.runner.dispose();
    circuit = next;
    replayable = true;
    post(loadedEvent(next, request.requestId));
  }

  async function setParam(request: Extract<WorkerRequest, { kind: 'setParam' }>): Promise<void> {
    const c = current();
    const { nodeId, field, value, neuron } = request;
    const change =
      neuron === undefined ? { nodeId, field, value } : { nodeId, field, value, neuron };
    const changed = applyParameter(c.document, change);
    if (!changed.ok) throw new RequestError('ParameterError', changed.message);
    const compiled = compileDocument(changed.document, c.durationMs);
    if (!compiled.ok) throw new LoadError(compiled.error, compiled.diagnostics);
    if (!sameLayout(c.plan, compiled.plan)) {
      throw new RequestError(
        'NeedsReloadError',
        `changing ${field} of "${nodeId}" changes the circuit's structure: load it again`,
      );
    }
    let { runner } = c;
    // In place from the current step on, the state kept (every backend's updatePlan); a backend
    // that built something from the old numbers' shape (e.g. uniform weights became per-neuron)
    // is rebuilt and replayed to the current step instead — deterministic, so the result is the
    // run as if the value had always been set.
    if (!(await runner.updatePlan(compiled.plan))) {
      const steps = runner.currentStep;
      const next = await host.backends.create(compiled.plan, runner.backend);
      if (steps > 0) await next.advance(steps);
      runner.dispose();
      runner = next;
    } else if (runner.currentStep > 0) {
      replayable = false;
    }
    circuit = { ...c, document: compiled.document, plan: runner.plan, runner };
    postState(request.requestId, live.active() ? 'running' : 'paused');
  }

  function dispatch(request: WorkerRequest): void {
    const { requestId } = request;
    switch (request.kind) {
      case 'ping':
        post({ kind: 'pong', requestId });
        return;
      case 'load':
        enqueue(requestId, 'load', () => load(request));
        return;
      case 'run':
        enqueue(requestId, 'run', () => live.start(request));
        return;
      case 'pause':
        stepper.cancel(requestId);
        enqueue(requestId, 'pause', () => {
          const stopped = live.stop();
          postState(requestId, 'paused', stopped?.stepsRun ?? 0, stopped?.computeMs ?? 0);
        });
        return;
      case 'step':
        enqueue(requestId, 'step', () => {
          live.stop();
          return stepper.runSteps(requestId, request.steps ?? 1, 'stepped');
        });
        return;
      case 'reset':
        enqueue(requestId, 'reset', () => {
          live.stop();
          current().runner.reset();
          replayable = true;
          postState(requestId, 'reset');
        });
        return;
      case 'runFor':
        enqueue(requestId, 'runFor', () => {
          live.stop();
          const c = current();
          if (request.fromStart) {
            c.runner.reset();
            replayable = true;
          }
          const steps = Math.max(1, Math.round(request.durationMs / c.plan.dtMs));
          return stepper.runSteps(requestId, steps, null);
        });
        return;
      case 'setParam':
        enqueue(requestId, 'setParam', () => setParam(request));
        return;
      case 'subscribe':
        enqueue(requestId, 'subscribe', () => {
          const ids = request.probeIds;
          subscription = {
            probeIds: ids === 'all' ? 'all' : new Set(ids),
            maxTracesPerProbe: request.maxTracesPerProbe ?? Infinity,
          };
          postState(requestId, live.active() ? 'running' : 'paused');
        });
        return;
      case 'chooseBackend':
        enqueue(requestId, 'chooseBackend', () => chooseBackend(request));
        return;
      case 'evaluateLesson':
        enqueue(requestId, 'evaluateLesson', () => {
          const parsed = parseCircuit(request.document);
          if (!parsed.ok) {
            const message = parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
            throw new RequestError('SchemaError', message);
          }
          const evaluation = evaluateLesson(parsed.document, request.checkIds);
          post({ kind: 'lessonEvaluated', requestId, ...evaluation });
        });
        return;
      case 'export':
        enqueue(requestId, 'export', async () => {
          const parsed = parseCircuit(request.document);
          if (!parsed.ok) {
            const message = parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
            throw new RequestError('SchemaError', message);
          }
          const file = await exportCircuit(parsed.document, request.target);
          post({ kind: 'exported', requestId, ...file });
        });
        return;
      default:
        assertNever(request);
    }
  }

  function handle(message: unknown): void {
    const problem = requestShapeProblem(message);
    if (problem !== null) {
      const record = (typeof message === 'object' && message !== null ? message : {}) as {
        requestId?: unknown;
      };
      const requestId = typeof record.requestId === 'number' ? record.requestId : null;
      fail(requestId, null, { name: 'ProtocolError', message: problem });
      return;
    }
    dispatch(message as WorkerRequest);
  }

  return { handle };
}

/** A document the schema or compile refused, with its diagnostics. */
class LoadError extends Error {
  constructor(
    readonly info: ErrorInfo,
    readonly diagnostics: Diagnostic[],
  ) {
    super(info.message);
    this.name = info.name;
  }
}
