/**
 * The worker's state machine, kept apart from the `self.onmessage` wiring so it can be tested in
 * Node without a Worker: it receives requests and answers through `post`.
 *
 * Every exception a request raises becomes an `error` event naming that request; the session
 * stays usable afterwards (a failed load leaves nothing loaded; a failed run can be retried).
 */
import { compile } from '../compile';
import {
  assertNever,
  requestShapeProblem,
  toErrorInfo,
  transferablesOf,
  type ErrorInfo,
  type LoadRequest,
  type RequestKind,
  type RunRequest,
  type WorkerEvent,
  type WorkerRequest,
} from '../protocol/messages';
import type { Diagnostic } from '../compile';
import { parseCircuit } from '../schema';
import { createSteppingRun, type SteppingRun } from './steppingRun';

export type PostEvent = (event: WorkerEvent, transfer: ArrayBuffer[]) => void;

export interface SimulationSession {
  handle(message: unknown): void;
}

/** Chunk size when a run request names none: a few animation frames' worth at 1 ms steps. */
export const DEFAULT_CHUNK_STEPS = 250;

export function createSimulationSession(postEvent: PostEvent): SimulationSession {
  let current: SteppingRun | null = null;

  const post = (event: WorkerEvent): void => postEvent(event, transferablesOf(event));

  const fail = (
    requestId: number | null,
    requestKind: RequestKind | null,
    error: ErrorInfo,
    diagnostics: Diagnostic[] = [],
  ): void => post({ kind: 'error', requestId, requestKind, error, diagnostics });

  function load(request: LoadRequest): void {
    current = null;
    // The renderer parsed the document already; parse again because a message is not a promise.
    const parsed = parseCircuit(request.document);
    if (!parsed.ok) {
      const message = parsed.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
      fail(request.requestId, 'load', { name: 'SchemaError', message });
      return;
    }
    const compiled = compile(parsed.document);
    if (!compiled.ok) {
      const errors = compiled.diagnostics.filter((d) => d.severity === 'error');
      const message = errors.map((d) => `${d.code}: ${d.message}`).join('\n');
      fail(request.requestId, 'load', { name: 'CompileError', message }, compiled.diagnostics);
      return;
    }
    current = createSteppingRun(compiled.plan);
    post({
      kind: 'loaded',
      requestId: request.requestId,
      backend: 'reference',
      dtMs: current.dtMs,
      totalSteps: current.totalSteps,
      inputOrder: current.inputOrder,
      probes: current.probes,
      diagnostics: compiled.diagnostics,
    });
  }

  function run(request: RunRequest): void {
    const session = current;
    if (session === null) {
      fail(request.requestId, 'run', {
        name: 'NotLoadedError',
        message: 'nothing to run: load a circuit first',
      });
      return;
    }
    const remaining = session.totalSteps - session.currentStep;
    const stepsWanted = Math.min(request.steps ?? remaining, remaining);
    const chunkSteps = request.chunkSteps ?? DEFAULT_CHUNK_STEPS;
    let stepsRun = 0;
    while (stepsRun < stepsWanted) {
      const fromStep = session.currentStep;
      const steps = Math.min(chunkSteps, stepsWanted - stepsRun);
      const traces = session.advance(steps);
      stepsRun += steps;
      post({ kind: 'samples', requestId: request.requestId, fromStep, steps, traces });
    }
    post({
      kind: 'done',
      requestId: request.requestId,
      stepsRun,
      currentStep: session.currentStep,
      totalSteps: session.totalSteps,
      finished: session.currentStep >= session.totalSteps,
    });
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
    const request = message as WorkerRequest;
    try {
      switch (request.kind) {
        case 'load':
          load(request);
          break;
        case 'run':
          run(request);
          break;
        default:
          assertNever(request);
      }
    } catch (error) {
      fail(request.requestId, request.kind, toErrorInfo(error));
    }
  }

  return { handle };
}
